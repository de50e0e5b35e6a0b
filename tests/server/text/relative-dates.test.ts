import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type RelativeUnit,
  relativeMentions,
  relativeNumberMentions,
} from '../../../server/text/relative-dates';

const said = (text: string, lang: string): string[] =>
  relativeMentions(text, lang).map((m) => `${m.unit}${m.offset > 0 ? '+' : '-'}`);

/** Languages whose Intl.RelativeTimeFormat words the property tests read, news languages of every script. */
const INTL_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'ru',
  'uk',
  'tr',
  'sv',
  'ro',
  'zh',
  'ja',
];

describe('days, weeks, months and years named from today', () => {
  it('reads them in each language, inflected and with or without their article', () => {
    expect(said('Er kam gestern und reist im nächsten Jahr ab.', 'de')).toEqual(['day-', 'year+']);
    expect(said('Les négociations de la semaine dernière ont échoué.', 'fr')).toEqual(['week-']);
    expect(said('На прошлой неделе и вчера.', 'ru')).toEqual(['week-', 'day-']);
    expect(said('W zeszłym tygodniu i jutro.', 'pl')).toEqual(['week-', 'day+']);
    expect(said('去年出口增长，明天公布。', 'zh')).toEqual(['year-', 'day+']);
    expect(said('来週に発表する。', 'ja')).toEqual(['week+']);
    expect(said('다음 주에 발표한다.', 'ko')).toEqual(['week+']);
  });

  it('does not take a morning for tomorrow, nor a longer word for a day', () => {
    expect(said('Esta mañana llegó el avión.', 'es')).toEqual([]);
    expect(said('Er kam am Morgen, heute morgen war er da.', 'de')).toEqual([]);
    expect(said('Gestern kam er. Morgen reist er ab.', 'de')).toEqual(['day-', 'day+']);
    expect(said('завтрак в восемь', 'ru')).toEqual([]);
    // Hindi कल is yesterday and tomorrow alike.
    expect(said('वह कल आया।', 'hi')).toEqual([]);
  });

  it("finds Intl's own words for every unit in any language that tells the two directions apart", () => {
    const units: RelativeUnit[] = ['day', 'week', 'month', 'year'];
    fc.assert(
      fc.property(
        fc.constantFrom(...INTL_LANGUAGES),
        fc.constantFrom(...units),
        fc.constantFrom(-1 as const, 1 as const),
        (lang, unit, offset) => {
          const phrase = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(offset, unit);
          const found = relativeMentions(`${phrase}.`, lang);
          expect(
            found.map((m) => [m.unit, m.offset]),
            `${lang} ${phrase}`,
          ).toEqual([[unit, offset]]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads Intl's own words for a number of units from now, back or forward, in any language and plural form", () => {
    const units = ['hour', 'day', 'week', 'month', 'year'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...INTL_LANGUAGES),
        fc.constantFrom(...units),
        fc.constantFrom(-1 as const, 1 as const),
        fc.integer({ min: 2, max: 120 }),
        (lang, unit, offset, value) => {
          const phrase = new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(
            offset * value,
            unit,
          );
          const found = relativeNumberMentions(`${phrase}.`, lang);
          expect(
            found.map((m) => [m.unit, m.offset, m.value]),
            `${lang} ${phrase}`,
          ).toEqual([[unit, offset, value]]);
        },
      ),
      { numRuns: 300 },
    );
    // Tokenised Chinese, with the number and its words spaced out.
    expect(relativeNumberMentions('他 3 年 前 离开', 'zh').map((m) => m.text)).toEqual(['3 年 前']);
  });
});
