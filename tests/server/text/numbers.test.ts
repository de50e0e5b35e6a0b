import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionsNumberWord } from '../../../server/text/number-words';
import { extractNumbers, sameNumber } from '../../../server/text/numbers';
import { textOf } from '../../helpers/texts';

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

  it('reads a Swiss apostrophe as a thousands mark, and feet and inches as two numbers', () => {
    expect(sameNumber(one("CHF 1'000", 'de'), one('1,000', 'en'))).toBe(true);
    expect(extractNumbers("listed as 5'2'' tall", 'en').map((m) => m.values)).toEqual([[5], [2]]);
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

  it('reads Korean units below a myriad and the rest after a spaced myriad', () => {
    expect(one('5천만 유로', 'ko')).toMatchObject({ raw: '5천만', values: [50_000_000] });
    expect(one('1만 2천 명', 'ko')).toMatchObject({ raw: '1만 2천', values: [12_000] });
    expect(one('3억 5천만 원', 'ko').values).toEqual([350_000_000]);
    expect(one('2천 명', 'ko').values).toEqual([2000]);
  });

  it('reads numbers written in Chinese numerals', () => {
    const zh = (text: string, value: number) => mentionsNumberWord(text, 'zh', value);
    expect(zh('超过十五人死亡。', 15)).toBe(true);
    expect(zh('两千三百个工作岗位', 2300)).toBe(true);
    expect(zh('五千万欧元', 50_000_000)).toBe(true);
    expect(zh('三亿五千万元', 350_000_000)).toBe(true);
    expect(zh('二零二五年', 2025)).toBe(true);
    expect(zh('一百零五人', 105)).toBe(true);
    expect(zh('超过十六人死亡。', 15)).toBe(false);
  });

  it('reads numbers that start a compound or an adjective, and not other words that start alike', () => {
    expect(mentionsNumberWord('mit einem Fünfjahresvertrag', 'de', 5)).toBe(true);
    expect(mentionsNumberWord('Helle Dreizimmerwohnung', 'de', 3)).toBe(true);
    expect(mentionsNumberWord('pięcioletni kontrakt', 'pl', 5)).toBe(true);
    expect(mentionsNumberWord('пятилетний контракт', 'ru', 5)).toBe(true);
    expect(mentionsNumberWord('un contratto quinquennale', 'it', 5)).toBe(true);
    expect(mentionsNumberWord('ohne Zweifel', 'de', 2)).toBe(false);
    expect(mentionsNumberWord('un film trilingue', 'it', 3)).toBe(false);
  });

  it('reads the Indian crore and lakh, and thousands in Turkish, Arabic and Hungarian', () => {
    expect(one('5 करोड़ यूरो', 'hi').values).toContain(50_000_000);
    expect(one('2.5 लाख नौकरियां', 'hi').values).toContain(250_000);
    expect(one('3 lakh rupees', 'en').values).toContain(300_000);
    expect(one('12 bin kişi', 'tr').values).toContain(12_000);
    expect(one('12 ألف شخص', 'ar').values).toContain(12_000);
    expect(one('50 millió euró', 'hu').values).toContain(50_000_000);
  });

  it('reads Khmer and Thai scale words written on into the next word', () => {
    // "១៦ លាននាក់" is 16 million people: Khmer writes no space between "million" and "people".
    expect(one('ប្រជាជនប្រមាណ ១៦ លាននាក់។', 'km').values).toContain(16_000_000);
    expect(one('ประชากรประมาณ 66 ล้านคน', 'th').values).toContain(66_000_000);
    // พันธุ์ (breed) starts like พัน (thousand), which is therefore not read.
    expect(one('มี 5 พันธุ์', 'th').values).toEqual([5]);
  });

  it('reads numbers whose separators tokenised text spaced out, with spans over the whole', () => {
    const text = 'registrierte 40 . 6 Grad , dass 20 , 000 Menschen';
    const found = extractNumbers(text, 'de');
    expect(found.map((m) => m.raw)).toEqual(['40 . 6', '20 , 000']);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['40 . 6', '20 , 000']);
    expect(sameNumber(found[0] ?? one('0', 'en'), one('40.6', 'en'))).toBe(true);
    expect(sameNumber(found[1] ?? one('0', 'en'), one('20,000', 'en'))).toBe(true);
    // A tokenised list stays a list.
    expect(extractNumbers('items 1 , 2 and 3', 'en').map((m) => m.raw)).toEqual(['1', '2', '3']);
  });

  it('reads a run of marks with no single decimal point as digits, not as no number at all', () => {
    // Found by the property below: tokenised "1 , 000" run on into ".1.1" read as NaN.
    const [mention] = extractNumbers('1 , 000.1.1', 'en');
    expect(mention?.values.every(Number.isFinite)).toBe(true);
    expect(extractNumbers('1,000.5 kg', 'en')[0]?.values).toContain(1000.5);
  });

  it('property: every number found is the text at its span', () => {
    const pieces = fc.constantFrom('1', '20', '000', ' . ', ' , ', ', ', '.', ' ', 'a', '万', '५');
    fc.assert(
      fc.property(textOf(pieces, 12), (text) => {
        for (const mention of extractNumbers(text, 'en')) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.raw);
          expect(mention.values.every(Number.isFinite)).toBe(true);
        }
      }),
    );
  });
});
