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
    const replaced = text.normalize('NFC').replace(pattern, () => {
      count++;
      return written;
    });
    return count === 0 ? { text, count } : { text: replaced, count };
  };
}
