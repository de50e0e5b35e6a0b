import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../../server/text/digits';
import { extractNumbers } from '../../../server/text/numbers';

describe('digits of other scripts', () => {
  it('reads Devanagari, Arabic, Persian, Khmer, Myanmar and full-width digits as numbers', () => {
    for (const written of ['२०१५', '٢٠١٥', '۲۰۱۵', '២០១៥', '၂၀၁၅', '২০১৫', '２０１５'])
      expect(extractNumbers(`सन् ${written} मा`, 'ne').map((n) => n.values[0])).toEqual([2015]);
  });

  it('keeps the number as written in the text, at its place', () => {
    const text = 'जसमा ९,००० भन्दा बढी';
    const [mention] = extractNumbers(text, 'ne');
    expect(mention?.raw).toBe('९,०००');
    expect(text.slice(mention?.start, mention?.end)).toBe('९,०००');
    expect(mention?.values).toContain(9000);
  });

  it('reads the Arabic decimal separator', () => {
    expect(extractNumbers('بنسبة ٣٫٥٪', 'ar')[0]?.values).toContain(3.5);
  });

  it('never changes a text’s length, leaves ASCII text alone and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const converted = asciiDigits(text);
        expect(converted.length).toBe(text.length);
        expect(asciiDigits(converted)).toBe(converted);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(asciiDigits(text)).toBe(text);
      }),
    );
  });

  it('reads any whole number written in any script’s digits as that number', () => {
    // The zeros of Devanagari, Bengali, Arabic, Persian, Thai, Khmer, Myanmar and full-width digits.
    const zeros = [0x966, 0x9e6, 0x660, 0x6f0, 0xe50, 0x17e0, 0x1040, 0xff10];
    fc.assert(
      fc.property(fc.nat(9_999_999), fc.constantFrom(...zeros), (value, zero) => {
        const written = [...String(value)].map((d) => String.fromCharCode(zero + Number(d))).join('');
        expect(extractNumbers(`a ${written} b`, 'xx').map((n) => n.values[0])).toEqual([value]);
      }),
    );
  });
});
