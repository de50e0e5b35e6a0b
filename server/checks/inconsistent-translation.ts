import type { Flag } from '../domain/types';
import { fold, squash } from '../text/normalize';
import { type DocumentCheck, flagFrom } from './types';

const MIN_CHARS = 12;

/** Groups units by a normalised form of one side; only groups of two or more are returned. */
export function groupBy(units: readonly { text: string; index: number }[]): number[][] {
  const groups = new Map<string, number[]>();
  units.forEach(({ text, index }) => {
    const key = fold(squash(text)).replace(/[\p{P}]+$/u, '');
    if (key.length < MIN_CHARS) return;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

export const inconsistentTranslation = {
  scope: 'document',
  id: 'inconsistent-translation',
  name: 'Same source, different translations',
  category: 'Terminology',
  severity: 'minor',
  description: 'The same source sentence is translated two or more ways in one document.',
  run(units): Flag[][] {
    const flags: Flag[][] = units.map(() => []);
    for (const group of groupBy(units.map((u, index) => ({ text: u.source, index })))) {
      const variants = new Set(group.map((i) => fold(squash(units[i]?.target ?? ''))));
      if (variants.size < 2) continue;
      for (const i of group) {
        flags[i]?.push(
          flagFrom(inconsistentTranslation, {
            side: 'target',
            span: null,
            message: `This source sentence occurs ${group.length} times with ${variants.size} different translations (units ${group.map((k) => k + 1).join(', ')})`,
          }),
        );
      }
    }
    return flags;
  },
} satisfies DocumentCheck;
