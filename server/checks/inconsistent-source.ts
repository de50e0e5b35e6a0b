import type { Flag } from '../domain/types';
import { fold, squash } from '../text/normalize';
import { groupBy } from './inconsistent-translation';
import { type DocumentCheck, flagFrom } from './types';

export const inconsistentSource = {
  scope: 'document',
  id: 'inconsistent-source',
  name: 'Different sources, same translation',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  description: 'Two different source sentences received the same translation: one of them is probably wrong.',
  run(units): Flag[][] {
    const flags: Flag[][] = units.map(() => []);
    for (const group of groupBy(units.map((u, index) => ({ text: u.target, index })))) {
      const sources = new Set(group.map((i) => fold(squash(units[i]?.source ?? ''))));
      if (sources.size < 2 || sources.has('')) continue;
      for (const i of group) {
        flags[i]?.push(
          flagFrom(inconsistentSource, {
            side: 'target',
            span: null,
            message: `The same translation stands for ${sources.size} different source sentences (units ${group.map((k) => k + 1).join(', ')})`,
          }),
        );
      }
    }
    return flags;
  },
} satisfies DocumentCheck;
