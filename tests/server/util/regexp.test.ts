import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../server/util/regexp';

const summary = (matches: readonly RegExpMatchArray[]) => matches.map((m) => [m.index, m[0], m[1]]);

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    const patterns = [/\p{L}+/gu, /(\d+)?/gu, /x*/g, /(?<![\p{L}])no(?![\p{L}])/giu, /\b/g];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'x', '1', ' ', 'n', 'o', 'N', '😀', 'é') }),
        (text) => {
          for (const pattern of patterns)
            expect(summary(allMatches(pattern, text))).toEqual(summary([...text.matchAll(pattern)]));
        },
      ),
    );
  });

  it('leaves the expression ready for the next caller', () => {
    const pattern = /a/g;
    allMatches(pattern, 'banana');
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, 'aa').map((m) => m.index)).toEqual([0, 1]);
  });

  it('refuses an expression that is not global', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/global/);
  });
});
