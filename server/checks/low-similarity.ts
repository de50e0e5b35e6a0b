import type { Flag } from '../domain/types';
import { lengthZ } from './length-ratio';
import type { SimilarityStats } from './types';
import { type UnitCheck, flagFrom } from './types';

/** Below this many units a document has no baseline of its own; an absolute floor decides. */
const MIN_UNITS_FOR_BASELINE = 5;
const ABSOLUTE_FLOOR = 0.3;
const Z_MAJOR = -2.5;
const Z_CRITICAL = -4;

export function similarityZ(similarity: number, stats: SimilarityStats | null): number | null {
  if (!stats || stats.count < MIN_UNITS_FOR_BASELINE) return null;
  return (similarity - stats.median) / Math.max(0.03, stats.spread);
}

export const lowSimilarity = {
  scope: 'unit',
  id: 'low-similarity',
  name: 'Meaning drifted (model)',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    "The model's cross-lingual similarity of source and target is far below the document's own baseline (or below an absolute floor in short documents): the translation probably says something else. Omission or addition when the length says so.",
  appliesTo: (ctx) => ctx.similarityStats !== null,
  run(unit, ctx): Flag[] {
    if (unit.similarity === null) return [];
    const z = similarityZ(unit.similarity, ctx.similarityStats);
    const low = z === null ? unit.similarity < ABSOLUTE_FLOOR : z <= Z_MAJOR;
    if (!low) return [];
    const length = lengthZ(unit.source, unit.target, ctx.lengthStats) ?? 0;
    const category =
      length <= -2 ? 'Accuracy/Omission' : length >= 2 ? 'Accuracy/Addition' : 'Accuracy/Mistranslation';
    const severe = z === null ? unit.similarity < ABSOLUTE_FLOOR / 2 : z <= Z_CRITICAL;
    return [
      flagFrom(lowSimilarity, {
        side: 'target',
        span: null,
        category,
        severity: severe ? 'critical' : 'major',
        message:
          z === null
            ? `Source and translation are far apart in meaning (similarity ${unit.similarity.toFixed(2)})`
            : `Source and translation are far apart in meaning (similarity ${unit.similarity.toFixed(2)}, ${z.toFixed(1)} SD below this document's usual)`,
      }),
    ];
  },
} satisfies UnitCheck;
