import type { Flag, MqmCategory } from '../domain/types';
import { franc } from 'franc';
import { toIso3 } from '../text/languages';
import { isAllCaps, isAscii, isCapitalized, sharedWordCount, wordSet, words } from '../text/normalize';
import { scriptName, scriptsOf } from '../text/scripts';
import { languageName } from '../text/language-id';
import { foreignScript } from './lang/foreign-script';
import { protectedSpans } from './markup';
import { blankSpans } from '../text/compact';
import { lettersNotInAlphabet, offTargetLanguage } from './lang/off-target';
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

/** The whole target, reported as in the wrong language. */
function wholeTarget(unit: CheckUnit, message: string, category?: MqmCategory): Flag {
  return flagFrom(wrongLanguage, {
    side: 'target',
    span: { start: 0, end: unit.target.length },
    message,
    ...(category ? { category } : {}),
  });
}

export const wrongLanguage = {
  scope: 'unit',
  id: 'wrong-language',
  name: 'Target in the wrong language',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  description:
    'The target is written in a script its language is not written in (Latin letters for Russian, Cyrillic for German: a multilingual model translating into another language); or it reads as a third language of the same script (Spanish where French was asked for, Slovak for Czech: function words of another language, confirmed by ELD’s n-gram identification, for the 60 languages ELD knows outside Chinese, Japanese and Korean; for Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian also letters their alphabet lacks: ы, э, ё in a Ukrainian target); or franc says it is in the source language rather than the target language (only on sentences long enough to tell). Words the source has and words in capitals do not count, nor names (for a third language: capitalised words that start like a source word).',
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
        wholeTarget(
          unit,
          `This is written in ${scriptName(script)} script, which ${languageName(ctx.targetLang)} is not written in`,
        ),
      ];
    const other = unit.targetLanguageScores
      ? offTargetLanguage(unit.targetLanguageScores, ctx.sourceLang, ctx.targetLang)
      : null;
    if (other !== null)
      return [
        wholeTarget(
          unit,
          `This reads as ${languageName(other)}, not ${languageName(ctx.targetLang)}: translated into the wrong language`,
          'Accuracy/Mistranslation',
        ),
      ];
    const letters = lettersNotInAlphabet(unit.source, unit.target, ctx.targetLang);
    if (letters !== null)
      return [
        wholeTarget(
          unit,
          `${languageName(ctx.targetLang)} has no ${letters.join(', ')}: this is written in another language`,
          'Accuracy/Mistranslation',
        ),
      ];
    // A cheap first look on the memoised word sets: a target that mostly repeats the source shares many words.
    const types = wordSet(unit.target).size;
    if (types === 0 || sharedWordCount(unit.source, unit.target) / types < MIN_SHARED_WORDS / 2) return [];
    // A URL or an address is copied on purpose: its words ("nordlicht-energy.de") are no language.
    const ordinary = ordinaryWords(blankSpans(unit.target, protectedSpans(unit.target)));
    if (ordinary.reduce((letters, w) => letters + w.length, 0) < MIN_LETTERS) return [];
    if (sharedWordShare(unit.source, ordinary) < MIN_SHARED_WORDS) return [];
    const expected = toIso3(ctx.targetLang);
    const sourceCode = toIso3(ctx.sourceLang);
    const detected = franc(ordinary.join(' '), { minLength: 10, only: [expected, sourceCode] });
    if (detected !== sourceCode) return [];
    return [
      wholeTarget(unit, `This reads as ${languageName(ctx.sourceLang)}, not ${languageName(ctx.targetLang)}`),
    ];
  },
} satisfies UnitCheck;
