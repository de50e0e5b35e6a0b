import { isAllCaps, isCapitalized, wordSet, words } from '../../text/normalize';
import { hasLetterOutside, scriptOfLetter, scriptsOf } from '../../text/scripts';
import type { CheckUnit } from '../types';

/** Letters and words in another script before a target counts as written in it: names and tags are fewer. */
const MIN_FOREIGN_LETTERS = 20;
const MIN_FOREIGN_WORDS = 3;
/** At most this share of the counted letters in the target language's own script. */
const MAX_OWN_SHARE = 0.2;

/**
 * Scripts a language never uses, whose letters in some number give another language away although
 * the rest is in the language's own script: kana in Chinese is Japanese (which writes kanji too).
 */
const TELLTALE: Readonly<Record<string, readonly string[]>> = { zh: ['Hira', 'Kana'], ko: ['Hira', 'Kana'] };
const MIN_TELLTALE_LETTERS = 5;
const MIN_TELLTALE_SHARE = 0.2;

/**
 * The script most of the target's own letters are written in, when that is not one its language is
 * written in. Words the source has (names, titles, code kept as it was), capitalised words (names) and
 * words in capitals are not counted.
 */
export function foreignScript(unit: CheckUnit, lang: string): string | null {
  const own = scriptsOf(lang);
  // Wiki templates and code ("class = Stub importance = low") keep their keywords in any language.
  if (!own || unit.target.includes('=') || !hasLetterOutside(unit.target, own)) return null;
  const sourceWords = wordSet(unit.source);
  let ownLetters = 0;
  let foreignWords = 0;
  const foreignLetters = new Map<string, number>();
  for (const word of words(unit.target)) {
    if (sourceWords.has(word.text.toLowerCase())) continue;
    const name = isCapitalized(word.text) || isAllCaps(word.text);
    let foreignInWord = 0;
    // Letter by letter: Japanese runs kanji and kana together in one word.
    for (const letter of word.text) {
      const script = scriptOfLetter(letter);
      if (script === null) continue;
      if (own.has(script)) ownLetters++;
      else if (!name) {
        foreignInWord++;
        foreignLetters.set(script, (foreignLetters.get(script) ?? 0) + 1);
      }
    }
    if (foreignInWord >= 2) foreignWords++;
  }
  let most: string | null = null;
  let total = 0;
  for (const [script, letters] of foreignLetters) {
    total += letters;
    if (most === null || letters > (foreignLetters.get(most) ?? 0)) most = script;
  }
  const counted = total + ownLetters;
  if (
    total >= MIN_FOREIGN_LETTERS &&
    foreignWords >= MIN_FOREIGN_WORDS &&
    ownLetters <= MAX_OWN_SHARE * counted
  )
    return most;
  const telltale = (TELLTALE[lang] ?? []).reduce((sum, script) => sum + (foreignLetters.get(script) ?? 0), 0);
  return telltale >= MIN_TELLTALE_LETTERS && telltale >= MIN_TELLTALE_SHARE * counted
    ? ((TELLTALE[lang] ?? []).find((script) => foreignLetters.has(script)) ?? null)
    : null;
}
