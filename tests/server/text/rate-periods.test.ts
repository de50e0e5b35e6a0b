import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratePeriods } from '../../../server/text/rate-periods';
import { textOf } from '../../helpers/texts';

const periods = (text: string, lang: string): string[] => ratePeriods(text, lang).map((m) => m.period);

describe('the periods rates are counted in', () => {
  it('reads each language’s ways of saying per day, week, month and year', () => {
    expect(periods('Take one tablet twice a day and walk 150 minutes a week.', 'en')).toEqual([
      'day',
      'week',
    ]);
    expect(periods('The fee is charged monthly, €600 per year.', 'en')).toEqual(['month', 'year']);
    expect(periods('Das Gehalt liegt bei 65.000 € im Jahr.', 'de')).toEqual(['year']);
    expect(periods('deux fois par jour', 'fr')).toEqual(['day']);
    expect(periods('два раза в день', 'ru')).toEqual(['day']);
    expect(periods('医生 建议 每 周 运动', 'zh')).toEqual(['week']);
    expect(periods('週に150分', 'ja')).toEqual(['week']);
  });

  it('takes no date for a rate', () => {
    expect(periods('Net profit fell from €410 million a year earlier.', 'en')).toEqual([]);
    expect(periods('In a week we will know more.', 'en')).toEqual([]);
    expect(periods('Im Jahr 2020 und am Tag der Wahl', 'de')).toEqual([]);
    expect(periods('3月に発売された', 'ja')).toEqual([]);
  });

  it('gives spans that hold what it read, in any text', () => {
    fc.assert(
      fc.property(
        textOf(['twice', ' a day', ' per week', '每 年', '月に', ' ', '5', 'pro Monat', 'x'], 10),
        fc.constantFrom('en', 'de', 'zh', 'ja'),
        (text, lang) => {
          for (const mention of ratePeriods(text, lang))
            expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        },
      ),
    );
  });
});
