import type { Flag } from '../domain/types';
import { findNames } from '../text/names';
import { isCommonWord } from '../text/lexicon';
import {
  CONVENTIONS,
  LATIN,
  NON_LATIN_LANGUAGES,
  NOUN_CAPITALISING,
  counterpartIndex,
} from './lang/name-match';
import { type UnitCheck, flagFrom } from './types';

export const entityMissing = {
  scope: 'unit',
  id: 'entity-missing',
  name: 'Name or acronym missing',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A name or acronym in the source has no match in the target: not exact, not with diacritics folded, not a cognate sharing four letters ("Ukraine"/"Ukrainie"), not a known exonym ("Germany"/"Niemcy"). Runs when the target is in Latin script; from German, which capitalises every noun, only acronyms are checked.',
  appliesTo: (ctx) => !NON_LATIN_LANGUAGES.has(ctx.targetLang),
  run(unit, ctx): Flag[] {
    // German capitalises every noun: there only acronyms are surely names.
    const onlyAcronyms = NOUN_CAPITALISING.has(ctx.sourceLang);
    const candidates = findNames(unit.source, ctx.sourceLang).filter((name) => {
      if (onlyAcronyms && !name.acronym) return false;
      // Month and weekday names are capitalised in English, but they are dates: the dates check compares them.
      if (name.calendar) return false;
      if (name.sentenceInitial && !name.acronym) return false;
      if (!name.acronym && name.text.length < 3) return false;
      if (name.acronym && CONVENTIONS.has(name.key)) return false;
      // Institutions are translated word by word ("White House" → "Biały Dom"); ordinary capitalised words are not names.
      return (
        name.acronym || !(name.common || (name.inPhrase && isCommonWord(name.text, ctx.sourceLang) !== false))
      );
    });
    // Most sentences name nothing: the target is only looked at when there is a name to look for.
    if (candidates.length === 0 || unit.target.trim() === '' || !LATIN.test(unit.target)) return [];
    const target = counterpartIndex(unit.target, ctx.sourceLang, ctx.targetLang);
    const flags: Flag[] = [];
    const reported = new Set<string>();
    for (const name of candidates) {
      if (reported.has(name.key) || target.has(name)) continue;
      reported.add(name.key);
      flags.push(
        flagFrom(entityMissing, {
          side: 'source',
          span: { start: name.start, end: name.end },
          severity: name.acronym && name.text.length > 2 ? 'major' : 'minor',
          message: `“${name.text}” from the source is not in the translation`,
        }),
      );
    }
    return flags;
  },
} satisfies UnitCheck;
