import type { Span } from '../domain/types';
import { isCapitalized, words } from '../text/normalize';

export interface SpellingCandidate extends Span {
  word: string;
}

/**
 * The target words worth a dictionary look-up: no names (capitalised), acronyms, short words,
 * words with digits, or words copied from the source (brands, handles, titles).
 */
export function spellingCandidates(source: string, target: string): SpellingCandidate[] {
  const sourceWords = new Set(words(source).map((w) => w.text.toLowerCase()));
  return words(target)
    .filter(
      (w) =>
        w.text.length >= 3 &&
        !isCapitalized(w.text) &&
        !/[\d_]/.test(w.text) &&
        !sourceWords.has(w.text.toLowerCase()),
    )
    .map((w) => ({ word: w.text, start: w.start, end: w.end }));
}
