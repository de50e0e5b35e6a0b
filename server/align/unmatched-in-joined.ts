import { type TranslationLexicon, translationAnchors } from '../bilingual/lexicon';
import { lengthZ } from '../checks/length-ratio';
import type { LengthStats } from '../checks/types';
import { asciiDigits } from '../text/digits';
import { fold, looseSpelling, words } from '../text/normalize';
import { findMonths, findWeekdays } from '../text/dates';
import { hasTransliterable, transliterate } from '../text/transliterate';

/** A unit that joins several sentences on at least one side, as the aligner or a reviewer made it. */
export interface JoinedUnit {
  source: string;
  target: string;
  sourceSentences: readonly string[];
  targetSentences: readonly string[];
}

export type Side = 'source' | 'target';

/** The two languages, for what they name alike in their own words (weekdays, months). */
export interface UnitLanguages {
  source: string;
  target: string;
}

/** Which side the joined sentences are on, and the language pair's translation lexicon when it has one. */
export interface Sides {
  side: Side;
  lexicon: TranslationLexicon | null;
  languages?: UnitLanguages | null;
}

/**
 * A joined side at least this much longer than usual, whose other sentences alone fit (within
 * REST_FITS_Z, or not much worse than the whole does), has an extra sentence. Measured on synthetic
 * documents and on the clean articles with a line inserted.
 */
const EXTRA_MIN_Z = 0.7;
const REST_FITS_Z = 1;
const REST_MARGIN_Z = 0.5;
const CLEARLY_BETTER_Z = 1.5;
/** Stems a sentence must have before sharing none of them with the other side says something. */
const MIN_OWN_STEMS = 3;
/** How far from the document's length ratio the remaining sentences may be. */
const CROSSED_REST_Z = 1;

/**
 * Numbers, four-letter word starts, loosely spelt ("Kongreganten" and "congregants", "Karolina" and
 * "Carolina"; of Cyrillic and Greek words in Latin letters too: "Метеорологи" and "Meteorologists"),
 * and the weekdays and months the text names, in any language: what a sentence and its translation may
 * share.
 */
function stems(text: string, lang: string | undefined): Set<string> {
  const found = new Set<string>(asciiDigits(text).match(/\d+/g) ?? []);
  for (const word of words(text)) {
    if (word.text.length < 4) continue;
    found.add(looseSpelling(fold(word.text)).slice(0, 4));
    if (hasTransliterable(word.text)) found.add(looseSpelling(fold(transliterate(word.text))).slice(0, 4));
  }
  if (lang) {
    for (const day of findWeekdays(text, lang)) found.add(`w:${day}`);
    for (const month of findMonths(text, lang)) found.add(`m:${month.month}`);
  }
  return found;
}

/**
 * The source words a sentence translates, by the language pair's learned lexicon: what languages that
 * share no words still have in common ("Schools … closed" / "Školy … zavřené").
 */
function translated(text: string, side: Side, lexicon: TranslationLexicon | null): string[] {
  return lexicon ? translationAnchors(text, side, lexicon).map((key) => `x:${key}`) : [];
}

/** For each sentence, what it has that `other` could share (stems, numbers, translated words) and how much of it `other` has. */
function sharing(
  sentences: readonly string[],
  other: string,
  sides: Sides,
): { shared: number; own: number }[] {
  const otherSide = sides.side === 'source' ? 'target' : 'source';
  const theirs = new Set([
    ...stems(other, sides.languages?.[otherSide]),
    ...translated(other, otherSide, sides.lexicon),
  ]);
  return sentences.map((sentence) => {
    const mine = new Set([
      ...stems(sentence, sides.languages?.[sides.side]),
      ...translated(sentence, sides.side, sides.lexicon),
    ]);
    let shared = 0;
    for (const stem of theirs) if (mine.has(stem)) shared++;
    return { shared, own: mine.size };
  });
}

/** For each sentence, how much of `other` it can account for (shared stems and translated words over its own). */
export function overlaps(sentences: readonly string[], other: string, sides: Sides): number[] {
  return sharing(sentences, other, sides).map(({ shared, own }) => shared / Math.max(1, own));
}

const without = (sentences: readonly string[], left: number): string =>
  sentences.filter((_, k) => k !== left).join(' ');

/**
 * In a unit joined on both sides (2-2), one source sentence that shares nothing with the target and
 * one target sentence that shares nothing with the source, while the others share something and fit
 * each other's length: a dropped sentence with another put in next to it, which the aligner joined
 * rather than leave two sentences unmatched. Returns their positions in the unit, or null.
 */
export function crossedUnmatched(
  unit: JoinedUnit,
  stats: LengthStats,
  lexicon: TranslationLexicon | null,
  languages: UnitLanguages | null = null,
): { source: number; target: number } | null {
  if (unit.sourceSentences.length < 2 || unit.targetSentences.length < 2) return null;
  const lone = (sentences: readonly string[], other: string, side: Side): number | null => {
    const shares = sharing(sentences, other, { side, lexicon, languages });
    const none = shares.flatMap((share, k) => (share.shared === 0 ? [k] : []));
    const [only] = none;
    if (none.length !== 1 || only === undefined || (shares[only]?.own ?? 0) < MIN_OWN_STEMS) return null;
    return only;
  };
  const source = lone(unit.sourceSentences, unit.target, 'source');
  const target = source === null ? null : lone(unit.targetSentences, unit.source, 'target');
  if (source === null || target === null) return null;
  const restZ = lengthZ(without(unit.sourceSentences, source), without(unit.targetSentences, target), stats);
  return restZ !== null && Math.abs(restZ) <= CROSSED_REST_Z ? { source, target } : null;
}

/** A sentence's position in its joined side, and whether only the lengths single it out. */
interface Unmatched {
  index: number;
  /**
   * Nothing of either side is shared (unrelated scripts without a lexicon, or a free translation),
   * and the rest of the side merely fits the other side clearly better without it: a weaker finding.
   */
  byLengthAlone: boolean;
}

/**
 * A joined side's sentence that the other side does not account for, when the rest of the side
 * alone fits the other side's length better: "Read also: …" after a translated sentence, as opposed
 * to a sentence split in two, whose halves are each too short on their own.
 */
function unaccountedSentence(
  sentences: readonly string[],
  other: string,
  zOf: (rest: string) => number | null,
  zJoined: number,
  sides: Sides,
): Unmatched | null {
  if (sentences.length < 2 || zJoined < EXTRA_MIN_Z) return null;
  const restFit = (extra: number): number => Math.abs(zOf(without(sentences, extra)) ?? Infinity);
  const shared = overlaps(sentences, other, sides);
  // Without it, does the rest fit the other side clearly better than without any other sentence?
  const [best, second] = sentences.map((_, k) => ({ k, fit: restFit(k) })).sort((a, b) => a.fit - b.fit);
  const clearlyBetter = best && second && second.fit - best.fit >= CLEARLY_BETTER_Z ? best.k : null;
  if (shared.some((value) => value > 0)) {
    // The contrast is the evidence: the other sentences share words or numbers with the other side, this one none…
    const unshared = shared.flatMap((value, k) => (value === 0 ? [k] : []));
    const [extra] = unshared;
    if (unshared.length !== 1 || extra === undefined) return null;
    // …and the rest fits the other side about as well as the whole misses it, or better, or at least
    // clearly better than it would without any other sentence.
    return restFit(extra) <= Math.max(REST_FITS_Z, zJoined + REST_MARGIN_Z) || clearlyBetter === extra
      ? { index: extra, byLengthAlone: false }
      : null;
  }
  // Nothing shared (unrelated scripts, or a free translation): only a clearly better fit without it counts.
  return clearlyBetter === null ? null : { index: clearlyBetter, byLengthAlone: true };
}

/** A line that opens with a short label and a colon: "Read also: …", "Читайте також: …", "함께 읽기: …". */
export const LABELLED = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}\s*[:：]\s*[^\s/]/u;
/** A source that has a label of its own, set off by a colon, an equals sign or a dash ("Answer- yeah right"). */
const SOURCE_LABEL = /[:：=]|[\p{L}\p{M}]\s?[-–—]\s/u;

/**
 * A joined target sentence that opens with a label ("Read also: …") and shares nothing with a source
 * that has no colon: the boilerplate news sites put between paragraphs, which length alone cannot tell
 * from a sentence split in two when the translation before it is short.
 */
function labelledLine(sentences: readonly string[], other: string, sides: Sides): Unmatched | null {
  if (SOURCE_LABEL.test(other)) return null;
  const shared = overlaps(sentences, other, sides);
  const labelled = sentences.flatMap((sentence, k) =>
    shared[k] === 0 && LABELLED.test(sentence.trim()) ? [k] : [],
  );
  const [only] = labelled;
  return labelled.length === 1 && sentences.length > 1 && only !== undefined
    ? { index: only, byLengthAlone: false }
    : null;
}

/**
 * A sentence with no counterpart inside a joined unit (see unaccountedSentence), on the side that has
 * more sentences: an addition in the target, an omission from the source. Returns its side and
 * position in the unit, or null.
 */
export function hiddenUnmatched(
  unit: JoinedUnit,
  stats: LengthStats,
  lexicon: TranslationLexicon | null,
  languages: UnitLanguages | null = null,
): (Unmatched & { side: Side }) | null {
  const z = lengthZ(unit.source, unit.target, stats) ?? 0;
  if (unit.targetSentences.length > unit.sourceSentences.length) {
    const sides = { side: 'target' as const, lexicon, languages };
    const extra =
      labelledLine(unit.targetSentences, unit.source, sides) ??
      unaccountedSentence(
        unit.targetSentences,
        unit.source,
        (rest) => lengthZ(unit.source, rest, stats),
        z,
        sides,
      );
    return extra === null ? null : { ...extra, side: 'target' };
  }
  if (unit.sourceSentences.length > unit.targetSentences.length) {
    // Seen from the source, a translation too short for the joined sentences is the long side.
    const extra = unaccountedSentence(
      unit.sourceSentences,
      unit.target,
      (rest) => {
        const restZ = lengthZ(rest, unit.target, stats);
        return restZ === null ? null : -restZ;
      },
      -z,
      { side: 'source', lexicon, languages },
    );
    return extra === null ? null : { ...extra, side: 'source' };
  }
  return null;
}

/** Joined sentences this far out of the document's length ratio hide an addition or an omission. */
const HIDDEN_Z = 2;

/** The position of the sentence of a joined side that the other side accounts for least. */
function leastMatched(sentences: readonly string[], other: string, sides: Sides): number {
  const shared = overlaps(sentences, other, sides);
  let least = 0;
  shared.forEach((value, k) => {
    if (value < (shared[least] ?? Infinity)) least = k;
  });
  return least;
}

/**
 * One sentence joined with several on the other side, the many far longer than the one usually
 * takes: the least matched of them is likely the addition or omission. A guess, not a finding.
 */
export function likelyUnmatched(
  unit: JoinedUnit,
  stats: LengthStats,
  lexicon: TranslationLexicon | null,
  languages: UnitLanguages | null = null,
): { side: Side; index: number } | null {
  const z = lengthZ(unit.source, unit.target, stats) ?? 0;
  if (unit.sourceSentences.length === 1 && unit.targetSentences.length > 1 && z >= HIDDEN_Z)
    return {
      side: 'target',
      index: leastMatched(unit.targetSentences, unit.source, { side: 'target', lexicon, languages }),
    };
  if (unit.sourceSentences.length > 1 && unit.targetSentences.length === 1 && z <= -HIDDEN_Z)
    return {
      side: 'source',
      index: leastMatched(unit.sourceSentences, unit.target, { side: 'source', lexicon, languages }),
    };
  return null;
}
