import { escapeRegExp } from '../util/regexp';
import { isSpacelessScript } from './languages';
import { fold } from './normalize';

/**
 * Where a glossary term stands in a text: case and diacritics aside, as whole words, and with room for
 * the endings inflecting languages add ("Rada Bezpieczeństwa" in "Radzie Bezpieczeństwa", "Kijów" in
 * "Kijowie", "Dom" in "Domu"). A language written without spaces is searched as is.
 */
export function findTerm(text: string, term: string, lang: string): { start: number; end: number } | null {
  // Folding keeps the offsets of most text; where it does not (ß → ss), the text is searched as written.
  const folded = fold(text);
  const byFolding = folded.length === text.length;
  const pattern = termPattern(term, lang, byFolding);
  if (!pattern) return null;
  const match = pattern.exec(byFolding ? folded : text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const patterns = new Map<string, RegExp | null>();

/** One word of a term: an acronym as it is ("EU" is not in "Euro"), other words with an ending. */
function wordPattern(word: string, folding: boolean): string {
  const written = escapeRegExp(folding ? fold(word) : word);
  if (/\p{Lu}{2}/u.test(word) || !/\p{L}$/u.test(word) || word.length < 3) return written;
  // A word of four letters may change its final vowel ("Rada", "Rady", "Radzie"), not a consonant
  // ("Kiev" is not "Kiel").
  if (word.length === 4 && /[aeiouyąęó]$/iu.test(word))
    return `${escapeRegExp((folding ? fold(word) : word).slice(0, 3))}\\p{L}{0,4}`;
  if (word.length <= 4) return `${written}\\p{L}{0,3}`;
  // A longer word may also change its last letters: "Kijów", "Kijowie".
  const kept = escapeRegExp((folding ? fold(word) : word).slice(0, Math.max(4, word.length - 2)));
  return `${kept}\\p{L}{0,4}`;
}

function termPattern(term: string, lang: string, folding: boolean): RegExp | null {
  const key = `${lang}\u0000${folding ? 1 : 0}\u0000${term}`;
  const cached = patterns.get(key);
  if (cached !== undefined) return cached;
  const words = term
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  let pattern: RegExp | null = null;
  if (words.length > 0)
    pattern = isSpacelessScript(lang)
      ? new RegExp(words.map((word) => escapeRegExp(folding ? fold(word) : word)).join('\\s*'), 'iu')
      : new RegExp(
          `(?<![\\p{L}\\p{N}])${words.map((word) => wordPattern(word, folding)).join('\\s+')}(?![\\p{L}\\p{N}])`,
          'iu',
        );
  if (patterns.size > 5_000) patterns.clear();
  patterns.set(key, pattern);
  return pattern;
}
