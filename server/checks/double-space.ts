import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

export const doubleSpace = {
  scope: 'unit',
  id: 'double-space',
  name: 'Double space',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  description:
    'Two or more spaces in a row inside the target, or a space before a comma or full stop, where the source has none.',
  run(unit): Flag[] {
    const pattern = / {2,}(?=\S)| (?=[,.](?:\s|$))/;
    const match = pattern.exec(unit.target.trim());
    if (!match || pattern.test(unit.source.trim())) return [];
    const offset = unit.target.length - unit.target.trimStart().length + match.index;
    return [
      flagFrom(doubleSpace, {
        side: 'target',
        span: { start: offset, end: offset + match[0].length },
        message: match[0].length > 1 ? 'Double space' : 'Space before punctuation',
      }),
    ];
  },
} satisfies UnitCheck;
