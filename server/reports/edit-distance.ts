import { diffWords } from 'diff';

/** Words inserted, deleted or replaced to go from `before` to `after`, per word of `before` (an HTER-like rate). */
export function wordEditRate(before: string, after: string): number {
  if (before === after) return 0;
  const words = (before.match(/\S+/g) ?? []).length;
  let edits = 0;
  let removed = 0;
  for (const part of diffWords(before, after)) {
    const count = (part.value.match(/\S+/g) ?? []).length;
    if (part.removed) removed += count;
    else if (part.added) {
      // A removal followed by an addition is a substitution: count the larger side once.
      edits += Math.max(removed, count);
      removed = 0;
    } else {
      edits += removed;
      removed = 0;
    }
  }
  edits += removed;
  return words === 0 ? (edits > 0 ? 1 : 0) : edits / words;
}
