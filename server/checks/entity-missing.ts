import type { Flag } from '../domain/types';
import { exonymKeys, findNames } from '../text/names';
import { isCommonWord } from '../text/lexicon';
import { fold, looseSpelling, words } from '../text/normalize';
import { type UnitCheck, flagFrom } from './types';

/**
 * Whether the name's first five letters (loosely spelt) stand anywhere in the target, inside a
 * compound too: "Britain" in "Großbritannien", "Frankish" in "westfränkische".
 */
function appearsLoosely(name: string, looseTarget: string): boolean {
  const stem = looseSpelling(fold(name)).slice(0, 5);
  return stem.length >= 5 && looseTarget.includes(stem);
}

/** Era and time abbreviations that every language writes its own way ("67 BC" → "67 v. Chr."). */
const CONVENTIONS = new Set(['bc', 'ad', 'bce', 'ce', 'am', 'pm']);

const LATIN = /^[\p{Script=Latin}\p{M}\s\p{P}\p{N}\p{S}]*$/u;

export const entityMissing = {
  scope: 'unit',
  id: 'entity-missing',
  name: 'Name or acronym missing',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A name or acronym in the source has no match in the target: not exact, not with diacritics folded, not a cognate sharing four letters ("Ukraine"/"Ukrainie"), not a known exonym ("Germany"/"Niemcy"). Runs when the target is in Latin script.',
  appliesTo: (ctx) =>
    !['ja', 'zh', 'ko', 'th', 'ru', 'uk', 'bg', 'sr', 'el', 'ar', 'he', 'hi'].includes(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const candidates = findNames(unit.source, ctx.sourceLang).filter((name) => {
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
    // Only some names need the whole target folded, or spelt loosely.
    let targetFolded: string | null = null;
    let targetLoose: string | null = null;
    let targetLoosePrefixes: Set<string> | null = null;
    const targetTokens: string[] = [];
    const targetPrefixes = new Set<string>();
    for (const word of words(unit.target)) {
      const folded = fold(word.text);
      for (const part of folded.includes('-') ? folded.split('-') : [folded]) {
        if (part === '') continue;
        targetTokens.push(part);
        targetPrefixes.add(part.slice(0, 4));
      }
    }
    let targetShort: Set<string> | null = null;
    const exonyms = exonymKeys(ctx.sourceLang, ctx.targetLang);
    const flags: Flag[] = [];
    const reported = new Set<string>();
    for (const name of candidates) {
      if (reported.has(name.key)) continue;
      if (name.acronym ? targetTokens.some((t) => t.startsWith(name.key)) : targetPrefixes.has(name.key))
        continue;
      targetFolded ??= fold(unit.target);
      if (!name.acronym && targetFolded.includes(fold(name.text))) continue;
      targetLoose ??= looseSpelling(targetFolded);
      if (!name.acronym && appearsLoosely(name.text, targetLoose)) continue;
      // A loosely spelt word start: "Scotland" and "Skotsku".
      targetLoosePrefixes ??= new Set(
        targetTokens.flatMap((t) => {
          const loose = looseSpelling(t);
          return [loose.slice(0, 4), `${loose.slice(0, 3)}…`];
        }),
      );
      const looseName = looseSpelling(fold(name.text));
      if (!name.acronym && targetLoosePrefixes.has(looseName.slice(0, 4))) continue;
      // Short names change their ending in other languages ("Rome" → "Roms", "Asia" → "Asien").
      if (!name.acronym && looseName.length <= 6 && targetLoosePrefixes.has(`${looseName.slice(0, 3)}…`))
        continue;
      const known = exonyms.get(name.key);
      if (known) {
        const short = (targetShort ??= new Set(targetTokens.map((w) => w.slice(0, 3))));
        if ([...known].some((k) => short.has(k))) continue;
      }
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
