import type { Flag, Sentence, Side } from '../domain/types';
import { alignSentences, beadTexts } from '../align/aligner';
import { hiddenUnmatched } from '../align/unmatched-in-joined';
import { wordCount } from '../text/languages';
import { segment } from '../text/segmenter';
import { EXCLAMATION_MARKS, FULL_STOPS, QUESTION_MARKS } from '../text/stops';
import { lengthZ } from './length-ratio';
import { type CheckContext, type CheckUnit, type UnitCheck, flagFrom } from './types';

/**
 * A segment this much shorter (or longer) than the document's usual length ratio is worth aligning
 * sentence by sentence; a whole translation that merely joins or splits sentences is not, and most
 * segments are skipped before any segmenting.
 */
const ODD_LENGTH_Z = 0.8;
/**
 * Without its unmatched sentences, the longer side must fit the other side within this, or better
 * than the whole segment does: a translation that joins two sentences and is merely short for the
 * file would look long without one of them. 1.3 rather than 1: a wordy translation of the sentence
 * that is left hid the one dropped after it ("Take the hint, you're an a-hole."); read by hand, 12 of
 * the 15 segments it adds on the en-cs, en-de and en-zh training files have a sentence missing, the
 * other 3 merged two sentences into one.
 */
const REST_FITS_Z = 1.3;
/**
 * A sentence of fewer words ("Thanks.", "Cheers!", a signature) left out is a minor omission: reported,
 * but no sign of a critical error (in the critical-error training comments such rows were erroneous
 * at the base rate, 11 of 85 in en-ja), and not a risk feature (scoring/features.ts).
 */
const MIN_WORDS = 3;
/** A stop with more text after it: the only texts that can hold more than one sentence. */
const INNER_STOP = new RegExp(`[${FULL_STOPS}${QUESTION_MARKS}${EXCLAMATION_MARKS}…]\\P{L}*\\p{L}`, 'u');

interface Unmatched {
  side: Side;
  sentences: Sentence[];
  /** Sentences of fewer than MIN_WORDS words, reported as minor. */
  short: Sentence[];
}

/**
 * The sentences of the longer side that the aligner pairs with nothing on the other, when the rest of
 * that side fits the other side's length without them.
 */
function unmatchedSentences(unit: CheckUnit, ctx: CheckContext, z: number): Unmatched | null {
  const side: Side = z < 0 ? 'source' : 'target';
  const other: Side = side === 'source' ? 'target' : 'source';
  const lang = { source: ctx.sourceLang, target: ctx.targetLang };
  if (!INNER_STOP.test(unit[side])) return null;
  // A sentence with no counterpart leaves its side with more sentences than the other (on the
  // critical-error files no finding is lost by asking), and segmenting and aligning are the costly
  // part: the longer side first, the other only when that has several sentences.
  const longer = segment(unit[side], lang[side]);
  if (longer.length < 2) return null;
  const shorter = segment(unit[other], lang[other]);
  if (shorter.length === 0 || longer.length <= shorter.length) return null;
  // Aligning is the costly part: first, is there a sentence the rest fits the other side without?
  const restFits = (removed: readonly Sentence[]): boolean => {
    const rest = longer
      .filter((s) => !removed.includes(s))
      .map((s) => s.text)
      .join(' ');
    const restZ =
      side === 'source'
        ? lengthZ(rest, unit.target, ctx.lengthStats)
        : lengthZ(unit.source, rest, ctx.lengthStats);
    return restZ !== null && Math.abs(restZ) <= Math.max(REST_FITS_Z, Math.abs(z));
  };
  const words = (sentence: Sentence): number => wordCount(sentence.text, lang[side]);
  const longFits = longer.some((s) => words(s) >= MIN_WORDS && restFits([s]));
  if (!longFits && !longer.some((s) => words(s) < MIN_WORDS && /\p{L}/u.test(s.text) && restFits([s])))
    return null;
  const beads = alignSentences(side === 'source' ? longer : shorter, side === 'source' ? shorter : longer, {
    languages: lang,
    translations: ctx.translations ?? null,
  });
  const [sourceSentences, targetSentences] = side === 'source' ? [longer, shorter] : [shorter, longer];
  const alone = new Set<number>();
  for (const bead of beads) {
    if (bead[other].length === 0) bead[side].forEach((index) => alone.add(index));
    else if (bead[side].length > 1) {
      // Joined to a sentence it does not translate, as a document's joined unit can be (the
      // segmentation check's test, against the whole file's length ratio).
      const joined = beadTexts(bead, sourceSentences, targetSentences);
      const hidden = hiddenUnmatched(joined, ctx.lengthStats, ctx.translations ?? null, lang);
      const index = hidden?.side === side ? bead[side][hidden.index] : undefined;
      if (index !== undefined) alone.add(index);
    }
  }
  const long = longer.filter((s) => alone.has(s.index) && words(s) >= MIN_WORDS);
  const sentences = longFits && long.length < longer.length && restFits(long) ? long : [];
  const short = longer.filter((s) => alone.has(s.index) && words(s) < MIN_WORDS && /\p{L}/u.test(s.text));
  const both = [...sentences, ...short];
  const shortFits = short.length > 0 && both.length < longer.length && restFits(both);
  if (sentences.length === 0 && !shortFits) return null;
  return { side, sentences, short: shortFits ? short : [] };
}

export const sentenceUnmatched = {
  scope: 'unit',
  id: 'sentence-unmatched',
  name: 'Sentence missing or added inside a segment',
  category: 'Accuracy/Omission',
  severity: 'major',
  description:
    'A pre-aligned segment (a row of a pairs file, spreadsheet, XLIFF or TMX) whose translation is shorter or longer than the document usually is gets its sentences aligned one by one; a source sentence of three words or more with no counterpart is an omission, a target sentence with none an addition, when the rest of the segment fits the other side without it; a shorter one ("Thanks.", "Cheers!", a signature) is a minor one. Document units are aligned sentence by sentence already.',
  run(unit, ctx): Flag[] {
    if (unit.sourceSentences.length !== 1 || unit.targetSentences.length !== 1) return [];
    const z = lengthZ(unit.source, unit.target, ctx.lengthStats);
    if (z === null || Math.abs(z) < ODD_LENGTH_Z) return [];
    const found = unmatchedSentences(unit, ctx, z);
    if (!found) return [];
    return [...found.sentences, ...found.short].map((sentence) =>
      flagFrom(sentenceUnmatched, {
        side: found.side,
        span: { start: sentence.start, end: sentence.end },
        category: found.side === 'source' ? 'Accuracy/Omission' : 'Accuracy/Addition',
        severity: found.short.includes(sentence) ? 'minor' : 'major',
        message:
          found.side === 'source'
            ? `The translation has nothing for “${sentence.text}”; the rest of the segment matches it`
            : `“${sentence.text}” has no source; the rest of the translation matches the segment`,
      }),
    );
  },
} satisfies UnitCheck;
