import { isSpacelessScript, wordLikeSegments } from '../text/languages';
import { memoize } from '../text/memo';
import { fold, wordSet } from '../text/normalize';

/** Spaces between two characters of a spaceless script are tokenisation, not word breaks ("妈 的"). */
const TOKENISATION_SPACE = /(?<=[^\p{Script=Latin}\p{N}\s])\s+(?=[^\p{Script=Latin}\p{N}\s])/gu;

/**
 * A word cut to its stem's likely length: small training sets see few inflected forms, so "houses" and
 * "house", or "vládou" and "vládě", must meet under one key.
 */
export function stemKey(word: string): string {
  const folded = fold(word);
  // Five letters stay whole: cut shorter, "ready" would meet "read".
  if (folded.length <= 5) return folded;
  return folded.slice(0, Math.min(7, Math.max(5, folded.length - 2)));
}

/**
 * The distinct word keys of a text, the units a translation lexicon pairs: stems in languages written
 * with spaces; in Chinese, Japanese, Thai and Korean the words ICU's dictionaries find, whether or not
 * the text came tokenised.
 */
export function translationKeys(text: string, lang: string): readonly string[] {
  return memoizedKeys(text, lang);
}

const memoizedKeys = memoize((text: string, lang: string): string[] => {
  const keys = new Set<string>();
  if (isSpacelessScript(lang)) {
    // Not folded: taking marks off kana turns で into て.
    for (const word of wordLikeSegments(text.replace(TOKENISATION_SPACE, ''), lang))
      keys.add(word.toLowerCase());
  } else {
    // The lower-cased word types other checks have asked for already: each is stemmed once.
    for (const word of wordSet(text)) keys.add(stemKey(word));
  }
  return [...keys];
});
