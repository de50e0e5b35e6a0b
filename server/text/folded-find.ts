import type { Span } from '../domain/types';
import { fold } from './normalize';

interface FoldedText {
  text: string;
  /** For each character of `text`, the span of the original it came from. */
  origins: Span[];
}

/**
 * The text folded character by character (case and accents aside, each run of white space one space),
 * remembering where each folded character came from, so that a match in it marks the original words.
 */
function foldKeepingOrigins(original: string): FoldedText {
  let text = '';
  const origins: Span[] = [];
  let offset = 0;
  for (const character of original) {
    const start = offset;
    offset += character.length;
    if (/\s/u.test(character)) {
      const previous = origins.at(-1);
      if (text.endsWith(' ') && previous) previous.end = offset;
      else {
        text += ' ';
        origins.push({ start, end: offset });
      }
      continue;
    }
    const folded = fold(character);
    // A combining accent folds to nothing: it belongs to the letter before it.
    if (folded === '') {
      const previous = origins.at(-1);
      if (previous) previous.end = offset;
      continue;
    }
    for (const unit of folded) {
      text += unit;
      origins.push({ start, end: offset });
    }
  }
  return { text, origins };
}

/** Where the words looked for stand in a text, case and accents aside ("zadania" in "Żądania"), in order. */
export function foldedSpans(original: string, query: string): Span[] {
  const wanted = foldKeepingOrigins(query).text.trim();
  if (wanted === '') return [];
  const { text, origins } = foldKeepingOrigins(original);
  const spans: Span[] = [];
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + wanted.length)) {
    const first = origins[at];
    const last = origins[at + wanted.length - 1];
    if (first && last) spans.push({ start: first.start, end: last.end });
  }
  return spans;
}
