import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenLike } from '../../../server/text/number-style';
import { extractNumbers } from '../../../server/text/numbers';

/** The first number of a text, as the checks read it. */
function numberIn(text: string, lang: string) {
  const [mention] = extractNumbers(text, lang);
  if (!mention) throw new Error(`no number in “${text}”`);
  return mention;
}

const rewritten = (source: string, sourceLang: string, target: string, targetLang: string) =>
  writtenLike(numberIn(source, sourceLang), numberIn(target, targetLang), targetLang);

describe('a number written the way the translation writes numbers', () => {
  it('takes the decimal and grouping marks of the number it replaces', () => {
    expect(rewritten('12,000 people', 'en', '13 000 osób', 'pl')).toBe('12 000');
    expect(rewritten('1,500 people', 'en', '15 000 osób', 'pl')).toBe('1500');
    expect(rewritten('12,000 people', 'en', '13.000 Menschen', 'de')).toBe('12.000');
    expect(rewritten('12,000 people', 'en', '13000 Menschen', 'de')).toBe('12000');
    expect(rewritten('2.5 percent', 'en', '3,5 Prozent', 'de')).toBe('2,5');
    expect(rewritten('17.2', 'en', 'iOS 17.1', 'fr')).toBe('17.2');
    expect(rewritten('1,200,000 people', 'en', '13,00,000 लोग', 'hi')).toBe('12,00,000');
  });

  it('uses the language’s own marks where the number it replaces shows none', () => {
    expect(rewritten('2.5 percent', 'en', '3 Prozent', 'de')).toBe('2,5');
    expect(rewritten('50,000 homes', 'en', '5.000 ngôi nhà', 'vi')).toBe('50.000');
    expect(rewritten('in 2002', 'en', 'im Jahr 3', 'de')).toBe('2002');
  });

  it('leaves alone what is more than plain digits', () => {
    expect(rewritten('12 people', 'en', '١٣ شخصا', 'ar')).toBeNull();
    expect(rewritten('-5 degrees', 'en', '-6 Grad', 'de')).toBeNull();
  });

  it('is read back as the same number in the language it is written for', () => {
    const languages = ['en', 'de', 'pl', 'fr', 'es', 'cs', 'ru', 'ja', 'zh', 'vi', 'hi', 'sv'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(...languages),
        (whole, decimals, other, lang) => {
          const value = whole / 10 ** decimals;
          const source = new Intl.NumberFormat('en', { minimumFractionDigits: decimals }).format(value);
          const target = new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).format(other);
          const written = writtenLike(numberIn(source, 'en'), numberIn(target, lang), lang);
          expect(written).not.toBeNull();
          expect(extractNumbers(written ?? '', lang)[0]?.values[0]).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});
