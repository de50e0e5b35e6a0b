import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentenceRef } from '../../../server/db/queries/units';
import { type SentenceLayout, heirAt, relocateSpan } from '../../../server/review/realign-marks';

const text = (refs: readonly SentenceRef[]): string => refs.map((r) => r.text).join(' ');
const refsOf = (sentences: readonly string[]): SentenceRef[] =>
  sentences.map((sentence, index) => ({ index, text: sentence, paragraph: null }));

/** Sentences cut into consecutive units at the given places. */
function unitsOf(refs: readonly SentenceRef[], cuts: readonly number[]): SentenceLayout[] {
  const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), refs.length];
  return bounds.slice(1).map((end, k) => ({ source: [], target: refs.slice(bounds[k], end) }));
}

const sentence = fc.stringMatching(/^[A-Za-zżółćę,]{1,12}( [a-zżółćę,]{1,10}){0,5}\.$/u);

describe('marks follow their sentences through a re-alignment', () => {
  it('marks the same words after any regrouping of the sentences', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        (sentences, cutsBefore, cutsAfter, from, length) => {
          const refs = refsOf(sentences);
          const before = unitsOf(
            refs,
            cutsBefore.map((c) => c % (refs.length + 1)),
          );
          const after = unitsOf(
            refs,
            cutsAfter.map((c) => c % (refs.length + 1)),
          );
          const unit = before[from % before.length];
          if (!unit || unit.target.length === 0) return;
          const whole = text(unit.target);
          const start = from % whole.length;
          const end = Math.min(whole.length, start + 1 + (length % 20));
          // A mark on nothing but the space between two sentences has no words to follow.
          if (whole.slice(start, end).trim() === '') return;
          const moved = relocateSpan(unit.target, 'target', { start, end }, after);
          const heldBy = after[moved?.at ?? -1];
          if (!moved?.span || !heldBy) throw new Error('the span was lost');
          const words = text(heldBy.target).slice(moved.span.start, moved.span.end);
          // The same words, or the part of them in the span's first sentence when the rest went elsewhere;
          // a span that began on the space between two sentences begins with the second.
          const marked = whole.slice(start, end).trim();
          expect(marked.startsWith(words.trim())).toBe(true);
          expect(words.trim().length).toBeGreaterThan(0);
          const runsOn = heldBy.target.map((r) => r.index).join() === unit.target.map((r) => r.index).join();
          if (runsOn) expect(words.trim()).toBe(marked);
        },
      ),
    );
  });

  it('gives a unit merged away, with nothing to point at, to the unit that took its first sentence', () => {
    const refs = refsOf(['Pierwsze.', 'Drugie.', 'Trzecie.']);
    const before: SentenceLayout = { source: [], target: refs.slice(1, 2) };
    const after = unitsOf(refs, [1]);
    expect(heirAt(before, after)).toBe(1);
  });
});
