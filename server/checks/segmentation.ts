import type { Flag } from '../domain/types';
import { crossedUnmatched, hiddenUnmatched, likelyUnmatched } from '../align/unmatched-in-joined';
import { words } from '../text/normalize';
import { type CheckContext, type CheckUnit, type UnitCheck, flagFrom } from './types';

const FRAGMENT_MAX_WORDS = 12;
/** A sentence with no counterpart inside a joined unit, as an addition or omission flag. */
function hiddenFlag(unit: CheckUnit, ctx: CheckContext): Flag | null {
  const hidden = hiddenUnmatched(unit, ctx.lengthStats, ctx.translations ?? null);
  if (!hidden) return null;
  if (hidden.side === 'target') {
    const extra = unit.targetSentences[hidden.index] ?? '';
    return flagFrom(segmentation, {
      side: 'target',
      span: spanOf(unit.target, unit.targetSentences, hidden.index),
      category: 'Accuracy/Addition',
      severity: 'major',
      message: `“${extra}” shares nothing with the source, and the translation fits the source without it: it may have no source`,
    });
  }
  const extra = unit.sourceSentences[hidden.index] ?? '';
  return flagFrom(segmentation, {
    side: 'source',
    span: spanOf(unit.source, unit.sourceSentences, hidden.index),
    category: 'Accuracy/Omission',
    severity: 'major',
    message: `The translation shares nothing with “${extra}” and fits the other source sentences without it: it may be missing`,
  });
}

/** Where the joined side's k-th sentence is in the unit's text. */
function spanOf(
  text: string,
  sentences: readonly string[],
  k: number,
): { start: number; end: number } | null {
  const span = sentenceOffsets(text, sentences)[k];
  return span && text.slice(span.start, span.end) === sentences[k] ? span : null;
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
    const hidden = hiddenFlag(unit, ctx);
    if (hidden) return [hidden];
    const crossed = crossedUnmatched(unit, ctx.lengthStats, ctx.translations ?? null);
    if (crossed)
      return [
        flagFrom(segmentation, {
          side: 'source',
          span: spanOf(unit.source, unit.sourceSentences, crossed.source),
          category: 'Accuracy/Omission',
          severity: 'major',
          message: `The translation shares nothing with “${unit.sourceSentences[crossed.source] ?? ''}”, and the other sentences match without it: it may be missing`,
        }),
        flagFrom(segmentation, {
          side: 'target',
          span: spanOf(unit.target, unit.targetSentences, crossed.target),
          category: 'Accuracy/Addition',
          severity: 'major',
          message: `“${unit.targetSentences[crossed.target] ?? ''}” shares nothing with the source, and the other sentences match without it: it may have no source`,
        }),
      ];
    const likely = likelyUnmatched(unit, ctx.lengthStats, ctx.translations ?? null);
    if (likely?.side === 'target')
      return [
        flagFrom(segmentation, {
          side: 'target',
          span: spanOf(unit.target, unit.targetSentences, likely.index),
          category: 'Accuracy/Addition',
          severity: 'major',
          message: `One source sentence has ${unit.targetSentences.length} target sentences and the translation is much longer than usual: “${unit.targetSentences[likely.index] ?? ''}” may have no source`,
        }),
      ];
    if (likely?.side === 'source')
      return [
        flagFrom(segmentation, {
          side: 'source',
          span: spanOf(unit.source, unit.sourceSentences, likely.index),
          category: 'Accuracy/Omission',
          severity: 'major',
          message: `${unit.sourceSentences.length} source sentences share one shorter-than-usual translation: “${unit.sourceSentences[likely.index] ?? ''}” may be missing from it`,
        }),
      ];
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
