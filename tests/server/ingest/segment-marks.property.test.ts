import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentMarks } from '../../../server/ingest/xml';

/** Inline markup a segment may hold: text, a formatting tag, a comment's mark, a placeholder. */
const inline = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'ż', ' ', '.', '&amp;'), minLength: 1, maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('b', 'ę'), minLength: 1, maxLength: 4 }).map((t) => `<g id="1">${t}</g>`),
  fc
    .string({ unit: fc.constantFrom('c', ' '), minLength: 1, maxLength: 4 })
    .map((t) => `<mrk mtype="x-sdl-comment" sdl:cid="c1">${t}</mrk>`),
  fc.constant('<x id="2"/>'),
  fc.constant('<mrk mtype="protected"/>'),
);

describe('segments marked inside XLIFF markup', () => {
  it('are read back with their ids and inner markup, whatever they hold and whatever lies between them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(inline, { maxLength: 4 }), fc.boolean()), { maxLength: 6 }),
        fc.constantFrom(' ', '', '\n  ', '<x id="9"/>'),
        (segments, between) => {
          const written = segments.map(([parts, midFirst], k) => ({
            mid: String(k + 1),
            inner: parts.join(''),
            // Attribute order varies between tools.
            open: midFirst ? `<mrk mid="${k + 1}" mtype="seg">` : `<mrk mtype="seg" mid="${k + 1}">`,
          }));
          const raw = written.map((s) => `${s.open}${s.inner}</mrk>`).join(between);
          const read = segmentMarks(raw);
          expect(read.map(({ mid, inner }) => ({ mid, inner }))).toEqual(
            written.map(({ mid, inner }) => ({ mid, inner })),
          );
          // Each segment's place in the markup is where its inner markup stands.
          for (const mark of read) expect(raw.slice(mark.start, mark.end)).toBe(mark.inner);
        },
      ),
    );
  });
});
