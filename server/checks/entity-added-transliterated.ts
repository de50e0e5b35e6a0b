import type { Flag } from '../domain/types';
import { isCommonWord } from '../text/lexicon';
import { findNames } from '../text/names';
import { neighbourFound } from './entity-missing';
import { nameWriting } from '../text/sound-alike';
import { NOUN_CAPITALISING } from './lang/name-match';
import { ScriptCounterpart, UNTRANSLITERATED } from './lang/script-counterpart';
import { type UnitCheck, flagFrom } from './types';

/**
 * The mirror of entity-missing-transliterated, for translations into a Latin-script language from
 * one written in another script (Russian, Nepali, Sinhala, Chinese, Japanese, Arabic… into English):
 * a name in the translation that nothing in the source sounds like is a name the MT made up, which
 * is how low-resource MT hallucinates ("President Obama said" where the source named nobody).
 */
export const entityAddedTransliterated = {
  scope: 'unit',
  id: 'entity-added-transliterated',
  name: 'Name not in the source (other script)',
  category: 'Accuracy/Addition',
  severity: 'minor',
  description:
    'A name in a Latin-script translation of a source written in another script (Cyrillic, Chinese, Japanese, Arabic, Devanagari, Sinhala…) that the source has nothing like: no word of the source sounds like it (compared as consonants: "Путин" and "Putin", "काठमाडौं" and "Kathmandu"), it is not in the source in Latin letters, and it is no exonym of a source word ("भारत" for "India"). Sentence starts, words the dictionary knows with a small letter, acronyms, titles and names Chinese or Japanese write in characters are not checked; nor are German translations, which capitalise every noun.',
  // German capitalises every noun: its capitals say nothing about names ("Bahnhof", "Verspätung").
  appliesTo: (ctx) =>
    nameWriting(ctx.sourceLang) === 'sounds' &&
    nameWriting(ctx.targetLang) === 'latin' &&
    !NOUN_CAPITALISING.has(ctx.targetLang),
  run(unit, ctx): Flag[] {
    if (unit.source.trim() === '') return [];
    const names = findNames(unit.target, ctx.targetLang).filter(
      (name) =>
        !name.acronym &&
        !name.sentenceInitial &&
        !name.calendar &&
        !name.common &&
        name.text.length >= 4 &&
        !UNTRANSLITERATED.test(name.text) &&
        isCommonWord(name.text, ctx.targetLang) !== true,
    );
    if (names.length === 0) return [];
    const source = new ScriptCounterpart(unit.source, ctx.targetLang, ctx.sourceLang);
    const added: { start: number; end: number }[] = [];
    const reported = new Set<string>();
    for (const name of names) {
      if (reported.has(name.key) || source.has(name)) continue;
      // "Narendra Modi" for "नरेन्द्र मोदी": a name of a run that the source surely has vouches for
      // the run, whose other words a transliteration may spell its own way.
      if (neighbourFound(unit.target, unit.source, names, name, source.surely)) continue;
      reported.add(name.key);
      const previous = added[added.length - 1];
      // "Barack Obama" is one added name, not two.
      if (previous && /^\s+$/u.test(unit.target.slice(previous.end, name.start))) previous.end = name.end;
      else added.push({ start: name.start, end: name.end });
    }
    return added.map((span) =>
      flagFrom(entityAddedTransliterated, {
        side: 'target',
        span,
        message: `“${unit.target.slice(span.start, span.end)}” is in the translation, but nothing in the source sounds like it`,
      }),
    );
  },
} satisfies UnitCheck;
