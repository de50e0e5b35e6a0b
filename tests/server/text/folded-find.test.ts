import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchable } from '../../../server/text/normalize';
import { foldedSpans } from '../../../server/text/folded-find';

const found = (text: string, query: string): string[] =>
  foldedSpans(text, query).map((span) => text.slice(span.start, span.end));

describe('finding words case and accents aside', () => {
  it('marks the words as the text writes them', () => {
    expect(found('Żądania Rosji, by NATO…', 'zadania rosji')).toEqual(['Żądania Rosji']);
    expect(found('urzędnik Białego Domu i Biały Dom', 'bialy dom')).toEqual(['Biały Dom']);
    expect(found('Die Straße nach Köln', 'strasse')).toEqual(['Straße']);
    expect(found('ISTANBUL ve İzmir', 'izmir')).toEqual(['İzmir']);
  });

  it('takes a letter with its combining accent whole, and any run of white space as one space', () => {
    expect(found('cafe\u0301 noir', 'cafe')).toEqual(['cafe\u0301']);
    expect(found('White\n  House official', 'white house')).toEqual(['White\n  House']);
  });

  it('finds each occurrence, in any script', () => {
    expect(found('NATO, NATO i jeszcze raz nato', 'NATO')).toEqual(['NATO', 'NATO', 'nato']);
    expect(found('美国和俄罗斯将于下月举行会谈，美国官员说', '美国')).toEqual(['美国', '美国']);
    expect(found('Nothing here', 'absent')).toEqual([]);
    expect(found('Anything', '   ')).toEqual([]);
  });

  it('finds any piece of a text in it, at a place that reads the same folded', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aąAĄbcćCĆ łŁ\u0301ßİı\n.'), maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (text, from, length) => {
          const start = from % (text.length + 1);
          const query = text.slice(start, start + length);
          const wanted = searchable(query);
          fc.pre(wanted !== '' && query === query.normalize() && !/[\uD800-\uDFFF]/u.test(query));
          const spans = foldedSpans(text, query);
          expect(spans.length).toBeGreaterThan(0);
          for (const span of spans) expect(searchable(text.slice(span.start, span.end))).toBe(wanted);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
