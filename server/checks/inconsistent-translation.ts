import type { Flag } from '../domain/types';
import { fold, squash, words } from '../text/normalize';
import { type DocumentCheck, flagFrom } from './types';

const MIN_CHARS = 12;
const PUNCTUATION = /\p{P}/u;

/** Trailing punctuation removed by scanning back from the end (an end-anchored expression retries at every position). */
function withoutFinalPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && PUNCTUATION.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** Token count and first and last word: equal for texts that normalise alike, and cheap to compare. */
function roughKey(text: string): string {
  const tokens = words(text);
  return `${tokens.length} ${fold(tokens[0]?.text ?? '')} ${fold(tokens[tokens.length - 1]?.text ?? '')}`;
}

/** Groups units by a normalised form of one side; only groups of two or more are returned. */
export function groupBy(units: readonly { text: string; index: number }[]): number[][] {
  // Most texts share their rough key with no other, and never need the full normalised form.
  const candidates = new Map<string, { text: string; index: number }[]>();
  for (const unit of units) {
    const key = roughKey(unit.text);
    const bucket = candidates.get(key);
    if (bucket) bucket.push(unit);
    else candidates.set(key, [unit]);
  }
  const groups = new Map<string, number[]>();
  for (const bucket of candidates.values()) {
    if (bucket.length < 2) continue;
    for (const { text, index } of bucket) {
      const key = withoutFinalPunctuation(fold(squash(text)));
      if (key.length < MIN_CHARS) continue;
      const group = groups.get(key);
      if (group) group.push(index);
      else groups.set(key, [index]);
    }
  }
  return [...groups.values()].filter((group) => group.length > 1).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
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
