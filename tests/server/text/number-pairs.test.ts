import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../server/text/numbers';
import { numberPairs, reversedPairs } from '../../../server/text/number-pairs';

const pairsOf = (text: string, lang = 'en') => numberPairs(text, extractNumbers(text, lang), lang);

describe('scores and ranges', () => {
  it('reads each score or range of a list, in the order written, whatever joins it', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }));
    const joiner = fc.constantFrom('-', '–', ':', ' : ', ' - ');
    fc.assert(
      fc.property(fc.array(fc.tuple(pair, joiner), { minLength: 1, maxLength: 5 }), (scores) => {
        const text = `Sets ${scores.map(([[a, b], join]) => `${a}${join}${b}`).join(', ')} today.`;
        expect(pairsOf(text).map((p) => p.values)).toEqual(scores.map(([[a, b]]) => [a, b]));
      }),
    );
  });

  it('takes no pair out of a date or a longer chain of numbers', () => {
    expect(pairsOf('Filed on 12-05-2020 and 2021-03-04.')).toEqual([]);
  });

  it('reads none in Arabic script, which may write a range either way', () => {
    expect(pairsOf('فاز 6-3 و 7-6', 'ar')).toEqual([]);
  });

  it('finds a set score turned round while the other sets kept their order', () => {
    const found = reversedPairs(pairsOf('won 6-3, 7-6, 6-3'), pairsOf('gewann 6:3, 6:7, 6:3', 'de'));
    expect(found.map((r) => [r.of.values, r.reversed.values])).toEqual([
      [
        [7, 6],
        [6, 7],
      ],
    ]);
  });

  it('leaves a score every side writes its own way round: a loss, the losing side first', () => {
    expect(reversedPairs(pairsOf('The team lost 2-1.'), pairsOf('Das Team verlor 1:2.', 'de'))).toEqual([]);
  });

  it('reads a change from one number to another as each language words it', () => {
    const changes = [
      ['rose from 3.5% to 5.1%', 'en'],
      ['stieg von 3,5 % auf 5,1 %', 'de'],
      ['est passé de 3,5 % à 5,1 %', 'fr'],
      ['wzrosło z 3,5% do 5,1%', 'pl'],
      ['从3.5%升至5.1%', 'zh'],
      ['3.5%から5.1%に上昇', 'ja'],
    ] as const;
    for (const [text, lang] of changes)
      expect(
        pairsOf(text, lang).map((p) => [p.kind, ...p.values]),
        text,
      ).toEqual([['change', 3.5, 5.1]]);
    // "to … from …" names the end first: no change read in the order written.
    expect(pairsOf('fell to 320 from 410')).toEqual([]);
  });

  it('finds a change turned round, even alone in its sentence', () => {
    const found = reversedPairs(
      pairsOf('rose from 3.5% to 5.1%'),
      pairsOf('stieg von 5,1 % auf 3,5 %', 'de'),
    );
    expect(found.map((r) => r.reversed.values)).toEqual([[5.1, 3.5]]);
  });

  it('finds a range of years turned round even when it is the only pair', () => {
    const found = reversedPairs(pairsOf('in 2019-2020'), pairsOf('en 2020-2019', 'fr'));
    expect(found.map((r) => r.reversed.values)).toEqual([[2020, 2019]]);
  });
});
