import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers, sameNumber } from '../../../server/text/numbers';

const one = (text: string, lang: string) => {
  const [found, ...rest] = extractNumbers(text, lang);
  expect(rest).toHaveLength(0);
  if (!found) throw new Error(`no number in "${text}"`);
  return found;
};

describe('locale-aware numbers', () => {
  it('reads decimal commas and points per locale', () => {
    expect(sameNumber(one('3.5', 'en'), one('3,5', 'pl'))).toBe(true);
    expect(sameNumber(one('3.5', 'en'), one('5,3', 'pl'))).toBe(false);
  });

  it('reads thousands written with commas, spaces, no-break spaces and points', () => {
    const english = one('1,000', 'en');
    expect(sameNumber(english, one('1 000', 'pl'))).toBe(true);
    expect(sameNumber(english, one('1\u00a0000', 'pl'))).toBe(true);
    expect(sameNumber(english, one('1.000', 'de'))).toBe(true);
    expect(sameNumber(english, one('10 000', 'pl'))).toBe(false);
  });

  it('property: a number written in English and in Polish style is the same number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, fraction) => {
          const en = `${whole.toLocaleString('en-US')}.${String(fraction).padStart(2, '0')}`;
          const pl = `${whole.toLocaleString('pl-PL')},${String(fraction).padStart(2, '0')}`;
          expect(sameNumber(one(en, 'en'), one(pl, 'pl'))).toBe(true);
        },
      ),
    );
  });
});
