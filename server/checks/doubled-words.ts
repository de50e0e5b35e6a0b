import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

const DOUBLED = /(?<![\p{L}\p{N}])([\p{L}]+)\s+\1(?![\p{L}\p{N}])/giu;

export const doubledWords = {
  scope: 'unit',
  id: 'doubled-words',
  name: 'Doubled word',
  category: 'Fluency/Grammar',
  severity: 'minor',
  description: 'The same word twice in a row ("się się", "the the"), unless the source doubles it too.',
  run(unit): Flag[] {
    const sourceDoubles = new Set([...unit.source.matchAll(DOUBLED)].map((m) => (m[1] ?? '').toLowerCase()));
    return [...unit.target.matchAll(DOUBLED)]
      .filter((m) => !sourceDoubles.has((m[1] ?? '').toLowerCase()))
      .map((m) =>
        flagFrom(doubledWords, {
          side: 'target',
          span: { start: m.index, end: m.index + m[0].length },
          message: `“${m[1] ?? ''}” is repeated`,
        }),
      );
  },
} satisfies UnitCheck;
