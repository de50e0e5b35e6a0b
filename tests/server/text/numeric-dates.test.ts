import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericDates } from '../../../server/text/numeric-dates';

const pad = (n: number): string => String(n).padStart(2, '0');

describe('dates written in digits', () => {
  it('property: a day, month and year written dotted, slashed or ISO come back as written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1900, max: 2099 }),
        fc.constantFrom('dotted', 'spaced', 'slashed', 'iso'),
        (day, month, year, style) => {
          const written =
            style === 'dotted'
              ? `${day}.${month}.${year}`
              : style === 'spaced'
                ? `${day}. ${month}. ${year}`
                : style === 'slashed'
                  ? `${pad(day)}/${pad(month)}/${year}`
                  : `${year}-${pad(month)}-${pad(day)}`;
          const text = `Die Frist endet am ${written} um Mitternacht.`;
          const [date, ...others] = numericDates(text, 'de');
          expect(others).toEqual([]);
          expect([date?.day.value, date?.month.value, date?.year.value]).toEqual([day, month, year]);
          expect(text.slice(date?.start, date?.end)).toBe(written);
          expect(text.slice(date?.month.start, date?.month.end)).toBe(
            style === 'dotted' || style === 'spaced' ? String(month) : pad(month),
          );
        },
      ),
    );
  });

  it('reads English slashed dates month first, and says when day and month could be swapped', () => {
    expect(numericDates('Filed on 10/25/2024.', 'en')[0]).toMatchObject({
      day: { value: 25 },
      month: { value: 10 },
      ambiguous: false,
    });
    expect(numericDates('Filed on 10/2/2024.', 'en')[0]?.ambiguous).toBe(true);
  });

  it('leaves decimals, versions and impossible dates alone', () => {
    expect(numericDates('It grew 2.5 per cent to 3.10 euros in version 1.2.3.', 'de')).toEqual([]);
    expect(numericDates('Am 32.13.2024 nicht.', 'de')).toEqual([]);
  });
});
