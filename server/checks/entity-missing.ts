import { type Flag, graverSeverity } from '../domain/types';
import { type NameMention, findNames } from '../text/names';
import { isCommonWord, isKnownWord } from '../text/lexicon';
import { namedOtherwise, regionNamedBy } from '../text/countries';
import { fold } from '../text/normalize';
import { isPlaceName } from '../text/places';
import { stemKey, translationKeys } from '../bilingual/keys';
import { isRomanNumeral } from '../text/numbers';
import { isNumberWord } from '../text/number-words';
import { isUnitOfAmount } from '../text/units';
import {
  CONVENTIONS,
  LATIN,
  NON_LATIN_LANGUAGES,
  NOUN_CAPITALISING,
  counterpartIndex,
} from './lang/name-match';
import { matchesAsInitialism } from './lang/initialisms';
import { type CheckContext, type CheckUnit, type UnitCheck, flagFrom } from './types';

/**
 * Whether a name written next to this one in the source (the same multi-word name) is in the target:
 * translations shorten such names ("Inter Milan" → "l'Inter", "President Joe Biden" → "Präsident Biden").
 */
export function neighbourFound(
  source: string,
  targetText: string,
  names: readonly NameMention[],
  name: NameMention,
  target: { has(name: NameMention): boolean },
): boolean {
  const k = names.indexOf(name);
  const adjacent = (left: NameMention | undefined, right: NameMention | undefined): boolean =>
    left !== undefined && right !== undefined && /^\s+$/u.test(source.slice(left.end, right.start));
  // An ordinary word of the name ("Republic") may match loosely what is not there: it counts written out.
  const found = (other: NameMention): boolean =>
    target.has(other) && (!other.common || fold(targetText).includes(fold(other.text)));
  const before = names[k - 1];
  const after = names[k + 1];
  return (
    (before !== undefined && adjacent(before, name) && found(before)) ||
    (after !== undefined && adjacent(name, after) && found(after))
  );
}

/** Whether the target names someone the source does not: then a shortened name may be a replaced one ("Josef Huber" → "Josef Müller"). */
function hasNameOfItsOwn(unit: CheckUnit, ctx: CheckContext): boolean {
  const source = counterpartIndex(unit.source, ctx.targetLang, ctx.sourceLang);
  return findNames(unit.target, ctx.targetLang).some(
    (name) => !name.sentenceInitial && !name.common && !name.calendar && !source.has(name),
  );
}

/**
 * Whether the pair's lexicon translates the name as an ordinary word the target has: a capitalised
 * word that is no name to keep ("Easter" → "Ostern", "Bloodstone" → "Blutstein").
 */
export function translatedInTarget(name: NameMention, target: string, ctx: CheckContext): boolean {
  const lexicon = ctx.translations;
  if (!lexicon || name.acronym) return false;
  const translations = lexicon.translations.get(stemKey(name.text));
  if (!translations) return false;
  const targetKeys = translationKeys(target, ctx.targetLang);
  return translations.some((key) => targetKeys.includes(key));
}

/**
 * Whether the name is one of the ways of naming the two countries news names most that the
 * translation names otherwise: "UK" as "Großbritannien" or "britische", "Britain" as イギリス, "US" as
 * "amerikanisch".
 */
export function countryNamedOtherwise(name: NameMention, target: string): boolean {
  const region = regionNamedBy(name.text);
  return region !== null && namedOtherwise(target, region);
}

/** A lower-case word run into a capitalised one where a space was lost: "electionsList", "itIn", "myPOV". */
const GLUED = /^(\p{Ll}{2,})\p{Lu}/u;

/**
 * Whether a "name" is two words run together ("List of Alberta general electionsList of…", "read
 * itIn"), as wiki text loses its line breaks: its lower-case start is a word of the language. A name
 * that starts in lower case ("iPhone", "eBay", "McGeddon") does not start with one.
 */
function gluedWords(text: string, lang: string): boolean {
  const start = GLUED.exec(text)?.[1];
  return start !== undefined && isKnownWord(start, lang) === true;
}

/**
 * A capitalised word of letters alone, five or more, that the language's dictionary does not know: a
 * name even where a sentence starts with it. Not two words run together ("Thankyou", "Nevermind"; each
 * part three letters or more, so that "Biden" is not "bi den"), nor a word drawn out ("Awhhhhh").
 */
function isSurelyName(name: NameMention, lang: string): boolean {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(name.text) || /(\p{L})\1\1/u.test(name.text)) return false;
  if (isCommonWord(name.text, lang) !== false) return false;
  const lower = name.text.toLowerCase();
  for (let cut = 3; cut <= lower.length - 3; cut++)
    if (isKnownWord(lower.slice(0, cut), lang) === true && isKnownWord(lower.slice(cut), lang) === true)
      return false;
  return true;
}

/**
 * The source's names a translation must keep: not a sentence's first word (unless asked for, and surely
 * a name), a month or weekday, a short word, an era ("BC") or a Roman numeral, nor an ordinary word
 * with a capital. From German, which capitalises every noun, only acronyms and known places.
 */
export function namesToFind(
  source: string,
  ctx: CheckContext,
  { sentenceInitial = false }: { sentenceInitial?: boolean } = {},
): { sourceNames: readonly NameMention[]; candidates: NameMention[] } {
  const onlyAcronyms = NOUN_CAPITALISING.has(ctx.sourceLang);
  const sourceNames = findNames(source, ctx.sourceLang);
  const candidates = sourceNames.filter((name) => {
    if (onlyAcronyms && !name.acronym && !isPlaceName(name.text, ctx.sourceLang)) return false;
    // Month and weekday names are capitalised in English, but they are dates: the dates check compares them.
    if (name.calendar) return false;
    // A sentence's first word is capitalised anyway: a name only when asked for and the dictionary
    // does not know it ("Biden said…", "Zelensky met…"; not "The", "Apple").
    if (name.sentenceInitial && !name.acronym && !(sentenceInitial && isSurelyName(name, ctx.sourceLang)))
      return false;
    if (!name.acronym && name.text.length < 3) return false;
    if (name.acronym && CONVENTIONS.has(name.key)) return false;
    // "XIX", "VIII", "XXIe": a number, which the numbers check compares; so is the ordinal a name
    // starts with ("Второй мировой войны", the Second World War).
    if (isRomanNumeral(name.text) || isNumberWord(name.text, ctx.sourceLang)) return false;
    if (gluedWords(name.text, ctx.sourceLang)) return false;
    // Institutions are translated word by word ("White House" → "Biały Dom"); ordinary capitalised words are not names.
    return (
      name.acronym || !(name.common || (name.inPhrase && isCommonWord(name.text, ctx.sourceLang) !== false))
    );
  });
  return { sourceNames, candidates };
}

export const entityMissing = {
  scope: 'unit',
  id: 'entity-missing',
  name: 'Name or acronym missing',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A name or acronym in the source has no match in the target: not exact, not with diacritics folded, not a cognate sharing four letters ("Ukraine"/"Ukrainie"; five for a name of eight letters or more, so that "Lindqvist" is not "Lindgren") or its consonants ("Catherine"/"Katharina"), not a known exonym ("Germany"/"Niemcy"), not the name as Latvian writes it by its sound ("Biden"/"Baidens", "Johnson"/"Džonsonu"), not an ordinary word the language pair\'s lexicon translates ("Easter"/"Ostern"), not the unit of an amount the target writes with another unit ("16 GB" → "16 MB" is the units check\'s finding). Runs when the target is in Latin script. A sentence\'s first word counts when the dictionary does not know it and it is not two words run together ("Biden said …" → "Er sagte …"; not "Thankyou"); from German, which capitalises every noun, only acronyms and known places are checked.',
  appliesTo: (ctx) => !NON_LATIN_LANGUAGES.has(ctx.targetLang),
  run(unit, ctx): Flag[] {
    // A sentence's first word too: a Latin-script translation keeps a name as written, so one it lacks
    // is gone. (Read by sound in another script, a sentence-initial name that Chinese writes its own
    // way, Angkor as 吴哥, would be reported; and the Japanese critical-error labels did not count those.)
    const { sourceNames, candidates } = namesToFind(unit.source, ctx, { sentenceInitial: true });
    // Most sentences name nothing: the target is only looked at when there is a name to look for.
    if (candidates.length === 0 || unit.target.trim() === '' || !LATIN.test(unit.target)) return [];
    const target = counterpartIndex(unit.target, ctx.sourceLang, ctx.targetLang);
    const flags: Flag[] = [];
    const reported = new Set<string>();
    let ownName: boolean | undefined;
    let targetNames: readonly NameMention[] | undefined;
    const side = { text: unit.source, names: sourceNames };
    const other = {
      text: unit.target,
      names: () => (targetNames ??= findNames(unit.target, ctx.targetLang)),
    };
    for (const name of candidates) {
      if (reported.has(name.key) || target.has(name) || translatedInTarget(name, unit.target, ctx)) continue;
      if (matchesAsInitialism(name, side, other)) continue;
      if (countryNamedOtherwise(name, unit.target)) continue;
      // "50 USD" where the translation has "$50"; "16 GB" where it has "16 MB" (the units check's finding).
      if (name.acronym && isUnitOfAmount(unit.source, ctx.sourceLang, name, unit.target, ctx.targetLang))
        continue;
      if (
        name.inPhrase &&
        neighbourFound(unit.source, unit.target, sourceNames, name, target) &&
        !(ownName ??= hasNameOfItsOwn(unit, ctx))
      )
        continue;
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
    return joinAdjacent(flags, unit.source);
  },
} satisfies UnitCheck;

/** A full name missing is one name: "Petr Fiala", not "Petr" and "Fiala". */
export function joinAdjacent(
  flags: readonly Flag[],
  source: string,
  message: (name: string) => string = (name) => `“${name}” from the source is not in the translation`,
): Flag[] {
  const joined: Flag[] = [];
  for (const flag of [...flags].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))) {
    const previous = joined[joined.length - 1];
    if (previous?.span && flag.span && /^\s+$/u.test(source.slice(previous.span.end, flag.span.start))) {
      const span = { start: previous.span.start, end: flag.span.end };
      joined[joined.length - 1] = {
        ...previous,
        span,
        severity: graverSeverity(previous.severity, flag.severity),
        message: message(source.slice(span.start, span.end)),
      };
    } else joined.push(flag);
  }
  return joined;
}
