import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../../server/text/normalize';
import { textOf } from '../../helpers/texts';

/**
 * The definition the scanner implements: letters and marks, with ' ’ - and the zero-width (non-)joiners
 * allowed inside a word only…
 */
const DEFINITION = /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]|\u200c|\u200d)*[\p{L}\p{M}]|[\p{L}\p{M}]/gu;
/**
 * …cut where a letter of a script with case (and the marks after it) meets a letter of a script without,
 * or the other way round, the joiners between them dropped.
 */
const JOINERS = "(?:['’-]|\\u200c|\\u200d)*";
const THEN_MARKS = `(?:${JOINERS}[\\p{Lm}\\p{M}])*`;
const SCRIPT_CHANGE = new RegExp(
  `(?<=[\\p{Lu}\\p{Ll}\\p{Lt}]${THEN_MARKS})${JOINERS}(?=\\p{Lo})|(?<=\\p{Lo}${THEN_MARKS})${JOINERS}(?=[\\p{Lu}\\p{Ll}\\p{Lt}])`,
  'gu',
);

function definedWords(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(DEFINITION)].flatMap((match) => {
    const pieces: { text: string; start: number; end: number }[] = [];
    let from = 0;
    for (const cut of match[0].matchAll(SCRIPT_CHANGE)) {
      pieces.push({
        text: match[0].slice(from, cut.index),
        start: match.index + from,
        end: match.index + cut.index,
      });
      from = cut.index + cut[0].length;
    }
    pieces.push({
      text: match[0].slice(from),
      start: match.index + from,
      end: match.index + match[0].length,
    });
    return pieces;
  });
}

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

  it('ends a word where Latin letters meet Japanese or Chinese ones', () => {
    expect(words('BRCA1およびBRCA2の変異、4 °Cで、用iPhone拍摄').map((w) => w.text)).toEqual([
      'BRCA',
      'および',
      'BRCA',
      'の変異',
      'C',
      'で',
      '用',
      'iPhone',
      '拍摄',
    ]);
  });

  it('keeps a Persian word written with a zero-width non-joiner whole', () => {
    // سه‌شنبه is Tuesday; its last part alone, شنبه, is Saturday.
    expect(words('روز سه\u200cشنبه\u200c').map((w) => w.text)).toEqual(['روز', 'سه\u200cشنبه']);
  });

  it('agrees with the Unicode definition of a word on any text', () => {
    const alphabet = fc.constantFrom(..."aZłŁ ́-’'. ,東京🙂𝐀é\n1".split(''), 'e\u0301', '𝐀', 'ش', '\u200c');
    fc.assert(
      fc.property(textOf(alphabet, 40), (text) => {
        expect(words(text)).toEqual(definedWords(text));
      }),
      { numRuns: 2000 },
    );
  });
});
