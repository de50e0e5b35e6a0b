import type { Flag } from '../domain/types';
import { franc } from 'franc';
import { toIso3 } from '../text/languages';
import { isAllCaps, isAscii, isCapitalized, sharedWordCount, wordSet, words } from '../text/normalize';
import { hasLetterOutside, scriptName, scriptOfLetter, scriptsOf } from '../text/scripts';
import { type CheckUnit, type UnitCheck, flagFrom } from './types';

/** franc is unreliable on short strings; below this many letters we do not ask it. */
const MIN_LETTERS = 40;
/**
 * A target in the source language shares most of its words with the source; below this share of
 * shared word types, franc (the costly part) is not asked.
 */
const MIN_SHARED_WORDS = 0.5;

/**
 * The target's ordinary words — capitalised ones left out, since names ("Jeff Jarrett", "New York")
 * read as any language and are the same in both; a text shouted in capitals keeps them all.
 */
function ordinaryWords(text: string): string[] {
  const tokens = words(text);
  const shouted = tokens.filter((w) => isAllCaps(w.text)).length > 0.6 * tokens.length;
  return tokens.filter((w) => shouted || !isCapitalized(w.text)).map((w) => w.text.toLowerCase());
}

function sharedWordShare(source: string, ordinary: readonly string[]): number {
  const types = new Set(ordinary);
  if (types.size === 0) return 0;
  const sourceWords = wordSet(source);
  let shared = 0;
  for (const word of types) if (sourceWords.has(word)) shared++;
  return shared / types.size;
}

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
function foreignScript(unit: CheckUnit, lang: string): string | null {
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

export const wrongLanguage = {
  scope: 'unit',
  id: 'wrong-language',
  name: 'Target in the wrong language',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  description:
    'The target is written in a script its language is not written in (Latin letters for Russian, Cyrillic for German: a multilingual model translating into another language), or franc says it is in the source language rather than the target language (only on sentences long enough to tell). Words the source has, names and words in capitals do not count.',
  appliesTo: (ctx) =>
    ctx.sourceLang !== ctx.targetLang && ctx.targetLang !== 'und' && ctx.sourceLang !== 'und',
  run(unit, ctx): Flag[] {
    const script =
      // Plain ASCII in a language written in Latin letters, as most text is, needs no script test.
      isAscii(unit.target) && scriptsOf(ctx.targetLang)?.has('Latn') === true
        ? null
        : foreignScript(unit, ctx.targetLang);
    if (script !== null)
      return [
        flagFrom(wrongLanguage, {
          side: 'target',
          span: { start: 0, end: unit.target.length },
          message: `This is written in ${scriptName(script)} script, which ${ctx.targetLang} is not written in`,
        }),
      ];
    // A cheap first look on the memoised word sets: a target that mostly repeats the source shares many words.
    const types = wordSet(unit.target).size;
    if (types === 0 || sharedWordCount(unit.source, unit.target) / types < MIN_SHARED_WORDS / 2) return [];
    const ordinary = ordinaryWords(unit.target);
    if (ordinary.reduce((letters, w) => letters + w.length, 0) < MIN_LETTERS) return [];
    if (sharedWordShare(unit.source, ordinary) < MIN_SHARED_WORDS) return [];
    const expected = toIso3(ctx.targetLang);
    const sourceCode = toIso3(ctx.sourceLang);
    const detected = franc(ordinary.join(' '), { minLength: 10, only: [expected, sourceCode] });
    if (detected !== sourceCode) return [];
    return [
      flagFrom(wrongLanguage, {
        side: 'target',
        span: { start: 0, end: unit.target.length },
        message: `This reads as ${ctx.sourceLang}, not ${ctx.targetLang}`,
      }),
    ];
  },
} satisfies UnitCheck;
