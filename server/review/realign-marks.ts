import type { SentenceRef } from '../db/queries/units';
import type { Side } from '../domain/types';

/**
 * A re-alignment moves sentences between units; what reviewers marked on them — errors marked by hand,
 * flags confirmed or dismissed — goes with the sentences, at the same words. Spans are offsets into a
 * unit's text, its sentences joined by single spaces.
 */

/** A unit's sentences on each side. */
export interface SentenceLayout {
  source: readonly SentenceRef[];
  target: readonly SentenceRef[];
}

export interface Span {
  start: number;
  end: number;
}

/** Where a mark goes: the unit (its place among the units after the change) and its span there. */
export interface Relocation {
  at: number;
  span: Span | null;
}

/** Where each sentence starts in the unit's text. */
function sentenceStarts(refs: readonly SentenceRef[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const ref of refs) {
    starts.push(offset);
    offset += ref.text.length + 1;
  }
  return starts;
}

/** The sentence (its place in `refs`) that holds the offset: the last one starting at or before it. */
function sentenceHolding(starts: readonly number[], offset: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= offset) k++;
  return k;
}

/**
 * A span of a unit's text after the change: in the unit that now holds the sentence the span starts
 * in, at the same place in that sentence. A span that ran on into following sentences keeps them
 * while they still follow in the new unit, and otherwise ends with its first sentence. Null when the
 * unit had no sentence on that side.
 */
export function relocateSpan(
  refs: readonly SentenceRef[],
  side: Side,
  span: Span,
  after: readonly SentenceLayout[],
): Relocation | null {
  const starts = sentenceStarts(refs);
  const ends = refs.map((ref, k) => (starts[k] ?? 0) + ref.text.length);
  let first = sentenceHolding(starts, span.start);
  // A span that starts on the space between two sentences starts with the second.
  if (span.start >= (ends[first] ?? 0) && first + 1 < refs.length && span.end > (starts[first + 1] ?? 0))
    first++;
  const last = Math.max(first, sentenceHolding(starts, Math.max(span.start, span.end - 1)));
  const sentence = refs[first];
  if (!sentence) return null;
  const at = after.findIndex((layout) => layout[side].some((ref) => ref.index === sentence.index));
  const layout = after[at];
  if (!layout) return null;
  const place = layout[side].findIndex((ref) => ref.index === sentence.index);
  const newStarts = sentenceStarts(layout[side]);
  /** Where an offset inside sentence `k` of the old text lands in the new, kept within that sentence. */
  const moved = (k: number, offset: number): number =>
    (newStarts[place + k - first] ?? 0) +
    Math.min(Math.max(0, offset - (starts[k] ?? 0)), refs[k]?.text.length ?? 0);
  const start = moved(first, span.start);
  let reach = first;
  while (reach < last && layout[side][place + reach + 1 - first]?.index === refs[reach + 1]?.index) reach++;
  const end = reach === last ? moved(last, span.end) : moved(reach, ends[reach] ?? 0);
  return { at, span: { start, end: Math.max(start, end) } };
}

/**
 * The unit a mark without a span goes to when its own is merged away or emptied: the one that now
 * holds the unit's first sentence (a source one, or a target one for a unit with no source).
 */
export function heirAt(before: SentenceLayout, after: readonly SentenceLayout[]): number {
  for (const side of ['source', 'target'] as const) {
    const first = before[side][0];
    if (!first) continue;
    const at = after.findIndex((layout) => layout[side].some((ref) => ref.index === first.index));
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * How far a merged-away unit's spans move in the merged text: past the unit before it and the space
 * between, on a side where that unit has text. Each side measured in the text the span was read in
 * (the machine translation for marked errors, the current translation for flags).
 */
export function mergeShift(textBefore: string): number {
  return textBefore === '' ? 0 : textBefore.length + 1;
}
