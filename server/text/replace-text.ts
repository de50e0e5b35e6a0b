import { isSpacelessScript } from './languages';
import { escapeRegExp } from '../util/regexp';

export interface ReplaceOptions {
  /** Upper and lower case as typed; otherwise "kijew" finds "Kijew" and "KIJEW" too. */
  matchCase: boolean;
  /**
   * Only where the words stand on their own: "Kijew" but not inside "Kijewie". Languages written
   * without spaces between words (Chinese, Japanese, Thai…) have no such edges, and ignore it.
   */
  wholeWords: boolean;
}

export interface Replaced {
  text: string;
  /** How many times the words were found and replaced. */
  count: number;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const CASED = /\p{Lu}|\p{Ll}/u;

/**
 * The replacement in the case the words were found in, when case was not to be matched: "Urzędnik"
 * opening a sentence becomes "Przedstawiciel", not "przedstawiciel"; "KIEW" in a headline "KYJIW". As
 * typed where the words were found as typed.
 */
function inCaseOf(found: string, typed: string, replacement: string, lang: string): string {
  if (found === typed) return replacement;
  const letters = [...found].filter((c) => CASED.test(c));
  const upper = (text: string): string => text.toLocaleUpperCase(lang);
  const lower = (text: string): string => text.toLocaleLowerCase(lang);
  if (letters.length > 1 && letters.every((c) => upper(c) === c)) return upper(replacement);
  const [first = ''] = letters;
  const [typedFirst = ''] = [...typed].filter((c) => CASED.test(c));
  if (first === typedFirst) return replacement;
  const at = [...replacement].findIndex((c) => CASED.test(c));
  if (at < 0) return replacement;
  const chars = [...replacement];
  chars[at] = upper(first) === first ? upper(chars[at] ?? '') : lower(chars[at] ?? '');
  return chars.join('');
}

/**
 * Replaces every occurrence of `find` in a text of the language, left to right and never
 * overlapping, with `replacement` taken literally ("$1" is not a group). Texts are compared in
 * Unicode's composed form, so that a decomposed "ę" typed or imported still meets a composed one;
 * the text that comes back is composed too.
 */
export function textReplacer(
  find: string,
  replacement: string,
  lang: string,
  options: ReplaceOptions,
): (text: string) => Replaced {
  const wanted = find.normalize('NFC');
  if (wanted === '') return (text) => ({ text, count: 0 });
  const written = replacement.normalize('NFC');
  const edges = options.wholeWords && !isSpacelessScript(lang);
  // An edge only where the words themselves begin or end with a letter or digit: " – " needs none.
  const before = edges && WORD_CHARACTER.test(wanted.charAt(0)) ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
  const after = edges && WORD_CHARACTER.test(wanted.slice(-1)) ? '(?![\\p{L}\\p{M}\\p{N}])' : '';
  const pattern = new RegExp(`${before}${escapeRegExp(wanted)}${after}`, options.matchCase ? 'gu' : 'giu');
  return (text) => {
    let count = 0;
    const replaced = text.normalize('NFC').replace(pattern, (found) => {
      count++;
      return options.matchCase ? written : inCaseOf(found, wanted, written, lang);
    });
    return count === 0 ? { text, count } : { text: replaced, count };
  };
}
