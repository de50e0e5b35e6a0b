import type { Flag } from '../domain/types';
import { words } from '../text/normalize';
import { type UnitCheck, flagFrom } from './types';

const FRAGMENT_MAX_WORDS = 12;

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
    'One source sentence became several target sentences (a short piece is likely a fragment cut off by a stray period), or several source sentences were merged.',
  run(unit): Flag[] {
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
