import type { Flag } from '../domain/types';
import { asciiDigits } from '../text/digits';
import { type TranslationLexicon, translationAnchors } from '../bilingual/lexicon';
import { fold, words } from '../text/normalize';
import { lengthZ } from './length-ratio';
import { type CheckContext, type CheckUnit, type UnitCheck, flagFrom } from './types';

const FRAGMENT_MAX_WORDS = 12;
/** Joined sentences this far out of the document's length ratio hide an addition or an omission. */
const HIDDEN_Z = 2;
/**
 * A joined side at least this much longer than usual, whose other sentences alone fit (within
 * REST_FITS_Z, or not much worse than the whole does), has an extra sentence. Measured on synthetic
 * documents and on the clean articles with a line inserted.
 */
const EXTRA_MIN_Z = 0.7;
const REST_FITS_Z = 1;
const REST_MARGIN_Z = 0.5;
const CLEARLY_BETTER_Z = 1.5;

/** Numbers and four-letter word starts: what a sentence and its translation may share. */
function stems(text: string): Set<string> {
  return new Set([
    ...words(text)
      .filter((w) => w.text.length >= 4)
      .map((w) => fold(w.text).slice(0, 4)),
    ...(asciiDigits(text).match(/\d+/g) ?? []),
  ]);
}

/**
 * What a sentence shares with the other side: stems and numbers, and — when the language pair has a
 * learned lexicon — the source words a sentence translates, which languages that share no words
 * still have in common ("Schools … closed" / "Školy … zavřené").
 */
interface Sides {
  /** Which side the joined sentences are on. */
  side: 'source' | 'target';
  lexicon: TranslationLexicon | null;
}

function translated(text: string, side: 'source' | 'target', lexicon: TranslationLexicon | null): string[] {
  return lexicon ? translationAnchors(text, side, lexicon).map((key) => `x:${key}`) : [];
}

/** For each sentence, what it has that `other` could share (stems, numbers, translated words) and how much of it `other` has. */
function sharing(
  sentences: readonly string[],
  other: string,
  sides: Sides,
): { shared: number; own: number }[] {
  const otherSide = sides.side === 'source' ? 'target' : 'source';
  const theirs = new Set([...stems(other), ...translated(other, otherSide, sides.lexicon)]);
  return sentences.map((sentence) => {
    const mine = new Set([...stems(sentence), ...translated(sentence, sides.side, sides.lexicon)]);
    let shared = 0;
    for (const stem of theirs) if (mine.has(stem)) shared++;
    return { shared, own: mine.size };
  });
}

/** For each sentence, how much of `other` it can account for (shared stems and translated words over its own). */
function overlaps(sentences: readonly string[], other: string, sides: Sides): number[] {
  return sharing(sentences, other, sides).map(({ shared, own }) => shared / Math.max(1, own));
}

/** Stems a sentence must have before sharing none of them with the other side says something. */
const MIN_OWN_STEMS = 3;
/** How far from the document's length ratio the remaining sentences may be. */
const CROSSED_REST_Z = 1;

/**
 * In a unit joined on both sides (2-2), one source sentence that shares nothing with the target and
 * one target sentence that shares nothing with the source, while the others share something and fit
 * each other's length: a dropped sentence with another put in next to it, which the aligner joined
 * rather than leave two sentences unmatched. Returns the two, or null.
 */
function crossedUnmatched(unit: CheckUnit, ctx: CheckContext): { source: string; target: string } | null {
  if (unit.sourceSentences.length < 2 || unit.targetSentences.length < 2) return null;
  const lexicon = ctx.translations ?? null;
  const lone = (sentences: readonly string[], other: string, side: 'source' | 'target'): string | null => {
    const shares = sharing(sentences, other, { side, lexicon });
    const none = shares.flatMap((share, k) => (share.shared === 0 ? [k] : []));
    const [only] = none;
    if (none.length !== 1 || only === undefined || (shares[only]?.own ?? 0) < MIN_OWN_STEMS) return null;
    return sentences[only] ?? null;
  };
  const source = lone(unit.sourceSentences, unit.target, 'source');
  const target = source === null ? null : lone(unit.targetSentences, unit.source, 'target');
  if (source === null || target === null) return null;
  const rest = (sentences: readonly string[], left: string): string =>
    sentences.filter((sentence) => sentence !== left).join(' ');
  const restZ = lengthZ(
    rest(unit.sourceSentences, source),
    rest(unit.targetSentences, target),
    ctx.lengthStats,
  );
  return restZ !== null && Math.abs(restZ) <= CROSSED_REST_Z ? { source, target } : null;
}

/** The sentence of a joined side that the other side accounts for least: the likely addition or omission. */
function leastMatched(sentences: readonly string[], other: string, sides: Sides): string {
  const shared = overlaps(sentences, other, sides);
  let least = 0;
  shared.forEach((value, k) => {
    if (value < (shared[least] ?? Infinity)) least = k;
  });
  return sentences[least] ?? '';
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
): string | null {
  if (sentences.length < 2 || zJoined < EXTRA_MIN_Z) return null;
  const restFit = (extra: string): number =>
    Math.abs(zOf(sentences.filter((sentence) => sentence !== extra).join(' ')) ?? Infinity);
  const shared = overlaps(sentences, other, sides);
  // Without it, does the rest fit the other side clearly better than without any other sentence?
  const [best, second] = sentences
    .map((sentence) => ({ sentence, fit: restFit(sentence) }))
    .sort((a, b) => a.fit - b.fit);
  const clearlyBetter = best && second && second.fit - best.fit >= CLEARLY_BETTER_Z ? best.sentence : null;
  if (shared.some((value) => value > 0)) {
    // The contrast is the evidence: the other sentences share words or numbers with the other side, this one none…
    const unshared = sentences.filter((_, k) => shared[k] === 0);
    const extra = unshared[0];
    if (unshared.length !== 1 || extra === undefined) return null;
    // …and the rest fits the other side about as well as the whole misses it, or better, or at least
    // clearly better than it would without any other sentence.
    return restFit(extra) <= Math.max(REST_FITS_Z, zJoined + REST_MARGIN_Z) || clearlyBetter === extra
      ? extra
      : null;
  }
  // Nothing shared (unrelated scripts, or a free translation): only a clearly better fit without it counts.
  return clearlyBetter;
}

/** A line that opens with a short label and a colon: "Read also: …", "Читайте також: …", "함께 읽기: …". */
const LABELLED = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}\s*[:：]\s*[^\s/]/u;
/** A source that has a label of its own, set off by a colon, an equals sign or a dash ("Answer- yeah right"). */
const SOURCE_LABEL = /[:：=]|[\p{L}\p{M}]\s?[-–—]\s/u;

/**
 * A joined target sentence that opens with a label ("Read also: …") and shares nothing with a source
 * that has no colon: the boilerplate news sites put between paragraphs, which length alone cannot tell
 * from a sentence split in two when the translation before it is short.
 */
function labelledLine(sentences: readonly string[], other: string, sides: Sides): string | null {
  if (SOURCE_LABEL.test(other)) return null;
  const shared = overlaps(sentences, other, sides);
  const labelled = sentences.filter((sentence, k) => shared[k] === 0 && LABELLED.test(sentence.trim()));
  return labelled.length === 1 && labelled.length < sentences.length ? (labelled[0] ?? null) : null;
}

/**
 * A sentence with no counterpart inside a joined unit (see unaccountedSentence), on the side that has
 * more sentences: an addition in the target, an omission from the source.
 */
function hiddenUnmatched(unit: CheckUnit, ctx: CheckContext, z: number): Flag | null {
  const stats = ctx.lengthStats;
  if (unit.targetSentences.length > unit.sourceSentences.length) {
    const sides = { side: 'target' as const, lexicon: ctx.translations ?? null };
    const extra =
      labelledLine(unit.targetSentences, unit.source, sides) ??
      unaccountedSentence(
        unit.targetSentences,
        unit.source,
        (rest) => lengthZ(unit.source, rest, stats),
        z,
        sides,
      );
    return extra
      ? flagFrom(segmentation, {
          side: 'target',
          span: spanOf(unit.target, extra),
          category: 'Accuracy/Addition',
          severity: 'major',
          message: `“${extra}” shares nothing with the source, and the translation fits the source without it: it may have no source`,
        })
      : null;
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
      { side: 'source', lexicon: ctx.translations ?? null },
    );
    return extra
      ? flagFrom(segmentation, {
          side: 'source',
          span: spanOf(unit.source, extra),
          category: 'Accuracy/Omission',
          severity: 'major',
          message: `The translation shares nothing with “${extra}” and fits the other source sentences without it: it may be missing`,
        })
      : null;
  }
  return null;
}

function spanOf(text: string, sentence: string): { start: number; end: number } | null {
  const at = text.indexOf(sentence);
  return at >= 0 ? { start: at, end: at + sentence.length } : null;
}

/** A sentence that is all one quotation, opening and closing marks and all. */
const WHOLE_QUOTATION = /^["“„«»「『‚'][^"“”„«»「」『』]+[.!?…。！？]?["”“»«」』'’][.!?。]?$/u;

/** Where each sentence of a joined side starts inside the unit's text. */
function sentenceOffsets(text: string, sentences: readonly string[]): { start: number; end: number }[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const start = Math.max(cursor, text.indexOf(sentence, cursor));
    cursor = start + sentence.length;
    return { start, end: cursor };
  });
}

export const segmentation = {
  scope: 'unit',
  id: 'segmentation',
  name: 'Sentence split or merged',
  category: 'Fluency/Grammar',
  severity: 'minor',
  description:
    'One source sentence became several target sentences (a short piece is likely a fragment cut off by a stray period), or several source sentences were merged. A joined sentence that shares no word or number with the other side (nor, for language pairs with a translation lexicon, a translated word), when the rest fits the other side without it or when it opens with a label the source does not have ("Read also: …"), is reported as an addition or omission; so is the least-matched sentence of a joined unit far longer or shorter than the document usually is. In a unit joined on both sides, a source sentence and a target sentence that each share nothing with the other side, while the rest match and fit, are reported as an omission and an addition (a sentence dropped and another put in its place).',
  run(unit, ctx): Flag[] {
    const z = lengthZ(unit.source, unit.target, ctx.lengthStats) ?? 0;
    const hidden = hiddenUnmatched(unit, ctx, z);
    if (hidden) return [hidden];
    const crossed = crossedUnmatched(unit, ctx);
    if (crossed)
      return [
        flagFrom(segmentation, {
          side: 'source',
          span: spanOf(unit.source, crossed.source),
          category: 'Accuracy/Omission',
          severity: 'major',
          message: `The translation shares nothing with “${crossed.source}”, and the other sentences match without it: it may be missing`,
        }),
        flagFrom(segmentation, {
          side: 'target',
          span: spanOf(unit.target, crossed.target),
          category: 'Accuracy/Addition',
          severity: 'major',
          message: `“${crossed.target}” shares nothing with the source, and the other sentences match without it: it may have no source`,
        }),
      ];
    if (unit.sourceSentences.length === 1 && unit.targetSentences.length > 1 && z >= HIDDEN_Z) {
      const added = leastMatched(unit.targetSentences, unit.source, {
        side: 'target',
        lexicon: ctx.translations ?? null,
      });
      return [
        flagFrom(segmentation, {
          side: 'target',
          span: spanOf(unit.target, added),
          category: 'Accuracy/Addition',
          severity: 'major',
          message: `One source sentence has ${unit.targetSentences.length} target sentences and the translation is much longer than usual: “${added}” may have no source`,
        }),
      ];
    }
    if (unit.sourceSentences.length > 1 && unit.targetSentences.length === 1 && z <= -HIDDEN_Z) {
      const missing = leastMatched(unit.sourceSentences, unit.target, {
        side: 'source',
        lexicon: ctx.translations ?? null,
      });
      return [
        flagFrom(segmentation, {
          side: 'source',
          span: spanOf(unit.source, missing),
          category: 'Accuracy/Omission',
          severity: 'major',
          message: `${unit.sourceSentences.length} source sentences share one shorter-than-usual translation: “${missing}” may be missing from it`,
        }),
      ];
    }
    if (unit.sourceSentences.length === 1 && unit.targetSentences.length > 1) {
      const offsets = sentenceOffsets(unit.target, unit.targetSentences);
      const pieces = unit.targetSentences.map((text, k) => ({
        text,
        span: offsets[k] ?? null,
        words: words(text).length,
      }));
      // A quotation of its own ("“Nobody expected it to happen so fast.”") is a whole utterance.
      const fragment = pieces
        .slice(1)
        .find((piece) => piece.words <= FRAGMENT_MAX_WORDS && !WHOLE_QUOTATION.test(piece.text.trim()));
      if (fragment) {
        return [
          flagFrom(segmentation, {
            side: 'target',
            span: fragment.span,
            severity: 'major',
            message: `One source sentence became ${pieces.length} target sentences; “${fragment.text}” looks like a fragment cut off from the sentence before it`,
          }),
        ];
      }
      return [
        flagFrom(segmentation, {
          side: 'target',
          span: null,
          category: 'Style',
          message: `One source sentence became ${pieces.length} target sentences`,
        }),
      ];
    }
    if (unit.sourceSentences.length > 1 && unit.targetSentences.length === 1) {
      return [
        flagFrom(segmentation, {
          side: 'target',
          span: null,
          category: 'Style',
          message: `${unit.sourceSentences.length} source sentences were merged into one target sentence`,
        }),
      ];
    }
    return [];
  },
} satisfies UnitCheck;
