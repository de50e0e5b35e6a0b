import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

export const omission = {
  scope: 'unit',
  id: 'omission',
  name: 'Source sentence not translated',
  category: 'Accuracy/Omission',
  severity: 'major',
  description: 'The aligner found source text with no counterpart in the translation.',
  run(unit): Flag[] {
    if (unit.target.trim() !== '' || unit.source.trim() === '') return [];
    const count = unit.sourceSentences.length;
    return [
      flagFrom(omission, {
        side: 'source',
        span: { start: 0, end: unit.source.length },
        message:
          count > 1
            ? `${count} source sentences have no translation`
            : 'This source sentence has no translation',
      }),
    ];
  },
} satisfies UnitCheck;
