import type { Flag } from '../domain/types';
import { nameWriting } from '../text/sound-alike';
import {
  countryNamedOtherwise,
  joinAdjacent,
  namesToFind,
  neighbourFound,
  translatedInTarget,
} from './entity-missing';
import { ScriptCounterpart, UNTRANSLITERATED } from './lang/script-counterpart';
import { type UnitCheck, flagFrom } from './types';

const missingMessage = (name: string): string =>
  `“${name}” from the source is not in the translation: no word there sounds like it`;

export const entityMissingTransliterated = {
  scope: 'unit',
  id: 'entity-missing-transliterated',
  name: 'Name missing (other script)',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  description:
    'A name in a Latin-script source that a translation in another script does not have: no katakana run, run of the characters Chinese writes foreign names with, or word in Cyrillic, Hangul, Greek, Arabic, Hebrew, Devanagari, Thai and other scripts sounds like it ("Tesla" テスラ / 特斯拉 / 테슬라, "Biden" Байден / بايدن — compared as consonants, which survive the change of script), it is not kept in Latin letters, and it is no known exonym ("Germany" ドイツ / 德国). Names that may be written in Chinese characters (Chinese, Japanese and Korean names in a Chinese or Japanese translation), acronyms, which these languages often translate ("UN" ООН, 国連), titles and names with a capital inside ("WikiProject") are not checked.',
  appliesTo: (ctx) => nameWriting(ctx.targetLang) === 'sounds' && nameWriting(ctx.sourceLang) === 'latin',
  run(unit, ctx): Flag[] {
    const { sourceNames, candidates } = namesToFind(unit.source, ctx);
    const names = candidates.filter((name) => !name.acronym && !UNTRANSLITERATED.test(name.text));
    if (names.length === 0 || unit.target.trim() === '') return [];
    const target = new ScriptCounterpart(unit.target, ctx.sourceLang, ctx.targetLang);
    const flags: Flag[] = [];
    const reported = new Set<string>();
    for (const name of names) {
      if (reported.has(name.key) || target.has(name) || translatedInTarget(name, unit.target, ctx)) continue;
      if (countryNamedOtherwise(name, unit.target)) continue;
      // "President Joe Biden" is "バイデン大統領", "Emmanuel Macron" often "Макрон": one name of a run kept.
      if (name.inPhrase && neighbourFound(unit.source, unit.target, sourceNames, name, target.surely))
        continue;
      reported.add(name.key);
      flags.push(
        flagFrom(entityMissingTransliterated, {
          side: 'source',
          span: { start: name.start, end: name.end },
          message: missingMessage(name.text),
        }),
      );
    }
    return joinAdjacent(flags, unit.source, missingMessage);
  },
} satisfies UnitCheck;
