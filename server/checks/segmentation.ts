import type { Flag } from '../domain/types';
import { fold, words } from '../text/normalize';
import { lengthZ } from './length-ratio';
import { type UnitCheck, flagFrom } from './types';

const FRAGMENT_MAX_WORDS = 12;
/** Joined sentences this far out of the document's length ratio hide an addition or an omission. */
const HIDDEN_Z = 2;

/** Shared numbers and word stems: how much of `other` a sentence can account for. */
function overlap(sentence: string, other: string): number {
  const stems = (text: string): Set<string> =>
    new Set([
      ...words(text)
        .filter((w) => w.text.length >= 4)
        .map((w) => fold(w.text).slice(0, 4)),
      ...(text.match(/\d+/g) ?? []),
    ]);
  const mine = stems(sentence);
  let shared = 0;
  for (const stem of stems(other)) if (mine.has(stem)) shared++;
  return shared / Math.max(1, mine.size);
}

/** The sentence of a joined side that the other side accounts for least: the likely addition or omission. */
function leastMatched(sentences: readonly string[], other: string): string {
  return [...sentences].sort((a, b) => overlap(a, other) - overlap(b, other))[0] ?? '';
}

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
    'One source sentence became several target sentences (a short piece is likely a fragment cut off by a stray period), or several source sentences were merged. When the joined unit is far longer or shorter than the document usually is, the sentence the other side accounts for least is reported as an addition or omission.',
  run(unit, ctx): Flag[] {
    const z = lengthZ(unit.source, unit.target, ctx.lengthStats) ?? 0;
    if (unit.sourceSentences.length === 1 && unit.targetSentences.length > 1 && z >= HIDDEN_Z) {
      const added = leastMatched(unit.targetSentences, unit.source);
      const at = unit.target.indexOf(added);
      return [
        flagFrom(segmentation, {
          side: 'target',
          span: at >= 0 ? { start: at, end: at + added.length } : null,
          category: 'Accuracy/Addition',
          severity: 'major',
          message: `One source sentence has ${unit.targetSentences.length} target sentences and the translation is much longer than usual: “${added}” may have no source`,
        }),
      ];
    }
    if (unit.sourceSentences.length > 1 && unit.targetSentences.length === 1 && z <= -HIDDEN_Z) {
      const missing = leastMatched(unit.sourceSentences, unit.target);
      const at = unit.source.indexOf(missing);
      return [
        flagFrom(segmentation, {
          side: 'source',
          span: at >= 0 ? { start: at, end: at + missing.length } : null,
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
      const fragment = pieces.slice(1).find((piece) => piece.words <= FRAGMENT_MAX_WORDS);
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
