import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../../server/text/normalize';

/**
 * The definition the scanner implements: letters and marks, with ' ’ - and the zero-width (non-)joiners
 * allowed inside a word only.
 */
const DEFINITION = /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]|\u200c|\u200d)*[\p{L}\p{M}]|[\p{L}\p{M}]/gu;

describe('words', () => {
  it('finds words with their offsets in mixed scripts', () => {
    const text = 'Don’t say “Łódź-Kraków” — 東京 in 2024, “A -- B”, 𝐀𝐁 ok.';
    expect(words(text).map((w) => [w.text, w.start])).toEqual([
      ['Don’t', 0],
      ['say', 6],
      ['Łódź-Kraków', 11],
      ['東京', 26],
      ['in', 29],
      ['A', 39],
      ['B', 44],
      ['𝐀𝐁', 48],
      ['ok', 53],
    ]);
  });

  it('keeps a Persian word written with a zero-width non-joiner whole', () => {
    // سه‌شنبه is Tuesday; its last part alone, شنبه, is Saturday.
    expect(words('روز سه\u200cشنبه\u200c').map((w) => w.text)).toEqual(['روز', 'سه\u200cشنبه']);
  });

  it('agrees with the Unicode definition of a word on any text', () => {
    const alphabet = fc.constantFrom(..."aZłŁ ́-’'. ,東京🙂𝐀é\n1".split(''), 'e\u0301', '𝐀', 'ش', '\u200c');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(DEFINITION)].map((m) => ({
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
        }));
        expect(words(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
