import type { Flag } from '../domain/types';
import { isCommonWord, isKnownWord } from '../text/lexicon';
import { type NameMention, findNames } from '../text/names';
import { isAllCaps, words } from '../text/normalize';
import { isRomanNumeral } from '../text/numbers';
import { isNumberWord } from '../text/number-words';
import { isUnitOfAmount } from '../text/units';
import { namesRegion } from '../text/places';
import {
  CONVENTIONS,
  LATIN,
  NON_LATIN_LANGUAGES,
  NOUN_CAPITALISING,
  counterpartIndex,
} from './lang/name-match';
import { matchesAsInitialism } from './lang/initialisms';
import { type UnitCheck, flagFrom } from './types';

/**
 * Whether the name is joined to another capitalised word by a short connector, as in the names of
 * institutions ("Bezpieczeństwa i Współpracy"). Two capitals side by side are a person ("Sebastian
 * Kurz") as often as an institution, and institutions whose words the source capitalises ("White
 * House") are left alone by the caller anyway.
 */
function inInstitutionName(text: string, names: readonly NameMention[], k: number): boolean {
  const name = names[k];
  if (!name) return false;
  const joined = (left: NameMention | undefined, right: NameMention | undefined): boolean =>
    left !== undefined &&
    right !== undefined &&
    !(left.sentenceInitial && left !== name) &&
    CONNECTED.test(text.slice(left.end, right.start));
  return joined(names[k - 1], name) || joined(name, names[k + 1]);
}

const CONNECTED = /^\s+\p{Ll}{1,4}\s+$/u;

/** Languages that capitalise the head of a name compound, which carries a possessive ending. */
const COMPOUND_HEADS = new Set(['tr', 'az']);
/** The possessive of a compound's head, before any case ending after an apostrophe ("Nehri'nin"). */
const POSSESSIVE = /(?:s?[ıiuü]|l[ae]r[ıi])(?:['’]\p{L}+)?$/u;

/**
 * Turkish writes the ordinary noun that heads a name compound with a capital: "Tuna Nehri" (the
 * Danube river), "Avusturya Başbakanı" (Austria's chancellor), "Belediye Başkanı" (the mayor). Such
 * a word after another capitalised word is part of the name before it, not a name of its own.
 */
function isCompoundHead(text: string, names: readonly NameMention[], k: number, lang: string): boolean {
  const name = names[k];
  const before = names[k - 1];
  return (
    COMPOUND_HEADS.has(lang) &&
    name !== undefined &&
    before !== undefined &&
    POSSESSIVE.test(name.text) &&
    /^\s+$/u.test(text.slice(before.end, name.start))
  );
}

/**
 * The mirror of entity-missing: a name in the translation that the source does not have, which is
 * how MT hallucinates ("Biden said" where the source named nobody). Names inside a run of capitals
 * are left alone, since institutions are translated word by word ("Biały Dom" for "White House").
 */
export const entityAdded = {
  scope: 'unit',
  id: 'entity-added',
  name: 'Name not in the source',
  category: 'Accuracy/Addition',
  severity: 'minor',
  description:
    'A name in the target has no match in the source (exact, diacritics folded, a shared four-letter start, loosely spelt or a known exonym), or the target has an acronym where the source has none. Runs when both sides are in Latin script and the target language does not capitalise its nouns (German does).',
  appliesTo: (ctx) =>
    !NON_LATIN_LANGUAGES.has(ctx.targetLang) &&
    !NON_LATIN_LANGUAGES.has(ctx.sourceLang) &&
    !NOUN_CAPITALISING.has(ctx.targetLang),
  run(unit, ctx): Flag[] {
    if (unit.source.trim() === '' || !LATIN.test(unit.source)) return [];
    const sourceWords = words(unit.source);
    // A source in capitals ("THE SUN IS…") says nothing about which of its words are names.
    if (sourceWords.filter((w) => isAllCaps(w.text)).length > 0.5 * sourceWords.length) return [];
    // A capitalised ordinary word in the source ("Thank you", "the Holy Crown") comes out capitalised
    // too, as a word no spelling can match: then the target's capitals are no evidence.
    const sourceCapitalisesWords = findNames(unit.source, ctx.sourceLang).some(
      (name) =>
        !name.acronym &&
        !name.sentenceInitial &&
        (name.common || isCommonWord(name.text, ctx.sourceLang) === true),
    );
    const sourceHasAcronym = sourceWords.some((w) => isAllCaps(w.text));
    // Languages that drop the pronoun capitalise the verb that stands for English "I" ("I would like"
    // → "Chci") — comments write it "i" too ("i hope you find" → "Doufám") — and words in capitals for
    // emphasis ("do NOT edit") keep a capital.
    const capitalsCarryOver =
      sourceCapitalisesWords ||
      (ctx.sourceLang === 'en' &&
        sourceWords.some(
          (w) =>
            /^[Ii](?:['’]\p{L}+)?$/u.test(w.text) ||
            (w.text.length > 2 && isAllCaps(w.text) && isKnownWord(w.text.toLowerCase(), 'en') === true),
        ));
    const targetNames = findNames(unit.target, ctx.targetLang);
    const candidates = targetNames.filter((name, k) => {
      // "XIX", "XXIe": a number, which the numbers check compares.
      if (
        isRomanNumeral(name.text) ||
        isNumberWord(name.text, ctx.targetLang) ||
        name.calendar ||
        name.common ||
        inInstitutionName(unit.target, targetNames, k) ||
        isCompoundHead(unit.target, targetNames, k, ctx.targetLang)
      )
        return false;
      if (name.acronym) return !CONVENTIONS.has(name.key) && name.text.length >= 3 && !sourceHasAcronym;
      return (
        !capitalsCarryOver &&
        !name.sentenceInitial &&
        name.text.length >= 4 &&
        isCommonWord(name.text, ctx.targetLang) !== true
      );
    });
    if (candidates.length === 0) return [];
    const source = counterpartIndex(unit.source, ctx.targetLang, ctx.sourceLang);
    const added: { start: number; end: number }[] = [];
    const reported = new Set<string>();
    // "Midden-Europa" for "central Europe": a part of a hyphenated name whose other part is in the
    // source is the translation of a modifier, not an added name.
    const hyphenPartner = (name: NameMention): boolean =>
      targetNames.some(
        (other) =>
          other !== name &&
          (other.end === name.start - 1 || other.start === name.end + 1) &&
          unit.target.charAt(Math.min(other.end, name.end)) === '-' &&
          source.has(other),
      );
    // "Vidurio Europoje" (in central Europe) in Lithuanian: a capitalised word written against a
    // country or continent the source names is its modifier, which the source did not capitalise.
    // Not next to any place: "Venetian Crison" for "cucerirea venețiană" is a garbled name.
    const placeModifier = (name: NameMention): boolean =>
      targetNames.some(
        (other) =>
          other !== name &&
          /^\s+$/u.test(
            unit.target.slice(Math.min(other.end, name.end), Math.max(other.start, name.start)),
          ) &&
          source.has(other) &&
          namesRegion(other.text, ctx.targetLang),
      );
    let sourceNames: readonly NameMention[] | undefined;
    const side = { text: unit.target, names: targetNames };
    const other = {
      text: unit.source,
      names: () => (sourceNames ??= findNames(unit.source, ctx.sourceLang)),
    };
    for (const name of candidates) {
      if (reported.has(name.key) || source.has(name) || hyphenPartner(name) || placeModifier(name)) continue;
      if (name.acronym && isUnitOfAmount(unit.target, ctx.targetLang, name, unit.source, ctx.sourceLang))
        continue;
      // "EU" for "European Union", "Unia Europejska" for "EU".
      if (matchesAsInitialism(name, side, other)) continue;
      reported.add(name.key);
      const previous = added[added.length - 1];
      // "Sebastian Kurz" is one added name, not two.
      if (previous && /^\s+$/u.test(unit.target.slice(previous.end, name.start))) previous.end = name.end;
      else added.push({ start: name.start, end: name.end });
    }
    const flags = added.map((span) =>
      flagFrom(entityAdded, {
        side: 'target',
        span,
        message: `“${unit.target.slice(span.start, span.end)}” is in the translation but not in the source`,
      }),
    );
    return flags;
  },
} satisfies UnitCheck;
