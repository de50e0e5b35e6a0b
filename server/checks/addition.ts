import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

export const addition = {
  scope: 'unit',
  id: 'addition',
  name: 'Target text with no source',
  category: 'Accuracy/Addition',
  severity: 'major',
  description:
    'The aligner found target text with no counterpart in the source: an appended bio, boilerplate or a hallucinated sentence.',
  run(unit): Flag[] {
    if (unit.source.trim() !== '' || unit.target.trim() === '') return [];
    const count = unit.targetSentences.length;
    return [
      flagFrom(addition, {
        side: 'target',
        span: { start: 0, end: unit.target.length },
        message:
          count > 1 ? `${count} target sentences have no source` : 'This target sentence has no source',
      }),
    ];
  },
} satisfies UnitCheck;
