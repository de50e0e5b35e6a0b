import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../server/text/numbers';
import { unitOf } from '../../../server/text/units';

function unitsIn(text: string, lang: string): (readonly string[] | undefined)[] {
  return extractNumbers(text, lang).map((number) => unitOf(text, number, lang)?.unit);
}

describe('units beside numbers', () => {
  const after: readonly [string, string][] = [
    ['mg', 'mg'],
    ['Milligramm', 'mg'],
    ['€', 'EUR'],
    ['euro', 'EUR'],
    ['Euro', 'EUR'],
    ['dolarów', 'USD'],
    ['zł', 'PLN'],
    ['Kč', 'CZK'],
    ['°C', '°C'],
    ['km', 'km'],
    ['ml', 'ml'],
    ['рублей', 'RUB'],
  ];

  it('finds the unit written after a number, with or without a space and a scale word between', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.constantFrom(...after),
        fc.constantFrom('', ' ', '\u00a0', ' million ', ' Mio. '),
        (value, [form, id], between) => {
          const text = `Es kostet ${value}${between}${form} pro Stück.`;
          const [unit] = unitsIn(text, 'de');
          expect(unit).toContain(id);
        },
      ),
    );
  });

  it('finds money written before the number', () => {
    expect(unitsIn('It costs $129.99.', 'en')).toEqual([['USD']]);
    expect(unitsIn('Orders over €50 ship free.', 'en')).toEqual([['EUR']]);
    expect(unitsIn('A fee of CHF 20 applies.', 'en')).toEqual([['CHF']]);
    expect(unitsIn('门票3,000日元。', 'zh')).toEqual([['JPY']]);
    expect(unitsIn('Tickets cost ¥3,000.', 'en')).toEqual([['JPY', 'CNY']]);
  });

  it('does not read a word that merely starts like a unit', () => {
    expect(unitsIn('He ran 40 miles.', 'en')).toEqual([['mi']]);
    // "minutes" is a unit of time of its own, not miles.
    expect(unitsIn('We waited 5 minutes for 3 good reasons.', 'en')).toEqual([['minute'], undefined]);
    expect(unitsIn('In 2015 gab es 300 Lehrer.', 'de')).toEqual([undefined, undefined]);
  });

  it('reads units of time as Intl names them, in any language and script', () => {
    expect(unitsIn('Die Proben wurden 10 Minuten lang zentrifugiert.', 'de')).toEqual([['minute']]);
    expect(unitsIn('サンプルは10時間遠心分離した。', 'ja')).toEqual([['hour']]);
    expect(unitsIn('试验持续了3个月。', 'zh')).toEqual([['month']]);
    expect(unitsIn('Голосование через 2 недели.', 'ru')).toEqual([['week']]);
    // A year written as a date has no unit in English, and "2019年" is the year's own word.
    expect(unitsIn('In 2019 the trial began.', 'en')).toEqual([undefined]);
  });

  it('keeps every unit span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const number of extractNumbers(text, 'en')) {
          const unit = unitOf(text, number, 'en');
          if (unit) expect(text.slice(unit.start, unit.end)).toBe(unit.text);
        }
      }),
    );
  });
});
