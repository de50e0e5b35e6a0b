import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countriesNamed, namedOtherwise } from '../../../server/text/countries';
import { textOf } from '../../helpers/texts';

const regions = (text: string, lang: string): string[] => countriesNamed(text, lang).map((c) => c.region);

describe('countries named exactly', () => {
  it('finds a country by the name its language gives it, the longest name first', () => {
    expect(regions('Η Ελλάδα και η Γερμανία υπέγραψαν συμφωνία.', 'el')).toEqual(['GR', 'DE']);
    expect(regions('印度尼西亚和印度签署了协议。', 'zh')).toEqual(['ID', 'IN']);
    expect(regions('Turkey and the Czech Republic', 'en')).toEqual(['TR', 'CZ']);
    // As prose writes Intl's names: without their gloss, with "and" for "&".
    expect(regions('Myanmar, Hong Kong and Bosnia and Herzegovina', 'en')).toEqual(['MM', 'HK', 'BA']);
  });

  it('leaves inflected names, adjectives and names inside other words alone', () => {
    expect(regions('Stosunki Polski z Niemcami', 'pl')).toEqual([]);
    expect(regions('The Austrian chancellor spoke Spanish', 'en')).toEqual([]);
    expect(regions('スペイン語 と ステレオタイプ', 'ja')).toEqual([]);
    expect(regions('Unchained', 'en')).toEqual([]);
  });

  it('knows the acronyms and adjectives of the United States and the United Kingdom', () => {
    expect(namedOtherwise('the US and Britain', 'US')).toBe(true);
    expect(namedOtherwise('die USA und Großbritannien', 'GB')).toBe(true);
    expect(namedOtherwise('Austria and Germany', 'US')).toBe(false);
  });

  it('gives spans that hold the name, in any text', () => {
    fc.assert(
      fc.property(
        textOf(['Austria', 'Deutschland', ' ', 'x', '德国', 'ドイツ', '.', 'Indien'], 12),
        fc.constantFrom('en', 'de', 'zh', 'ja'),
        (text, lang) => {
          for (const mention of countriesNamed(text, lang))
            expect(text.slice(mention.start, mention.end)).toBe(mention.name);
        },
      ),
    );
  });
});
