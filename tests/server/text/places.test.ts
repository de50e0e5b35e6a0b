import { describe, expect, it } from 'vitest';
import { placesIn } from '../../../server/text/places';

describe('places named in any language', () => {
  it('gives a country one id in every language, inflected or in another script', () => {
    const austria = [
      placesIn('Austria’s chancellor visited', 'en'),
      placesIn('der Kanzler Österreichs', 'de'),
      placesIn('kancléř v Rakousku', 'cs'),
      placesIn('канцлер Австрии', 'ru'),
      placesIn('奥地利总理', 'zh'),
      placesIn('オーストリアの首相', 'ja'),
    ];
    for (const found of austria) expect(found).toContain('r:AT');
  });

  it('knows parts of the world named by several words, whole: "central Europe" is 中欧, and "Central" alone nothing', () => {
    const central = placesIn('Floods force thousands from their homes in central Europe', 'en');
    const japanese = placesIn('洪水で中欧の数千人が避難', 'ja');
    expect(japanese.length).toBeGreaterThan(0);
    expect(central).toEqual(expect.arrayContaining(japanese));
    expect(placesIn('Powódź w Europie Środkowej', 'pl')).toEqual(expect.arrayContaining(japanese));
    for (const id of japanese) expect(placesIn('The central bank raised its rate', 'en')).not.toContain(id);
  });

  it('knows the gazetteer’s cities: Vienna and Wien are one place', () => {
    const vienna = placesIn('in Vienna', 'en');
    expect(vienna.length).toBeGreaterThan(0);
    expect(placesIn('in Wien', 'de')).toEqual(vienna);
    for (const [text, lang] of [
      ['アンナ・ウェーバー（ウィーン）', 'ja'],
      ['安娜·韦伯，维也纳', 'zh'],
      ['Анна Вебер, Вена', 'ru'],
    ] as const)
      expect(placesIn(text, lang)).toEqual(vienna);
    // The Danube in the genitive: "Уровень Дуная".
    expect(placesIn('Уровень Дуная', 'ru')).toEqual(placesIn('The Danube rose', 'en'));
  });

  it('reads a Polish or Czech locative whose last consonant softened', () => {
    const prague = placesIn('In Prague', 'en');
    expect(prague.length).toBeGreaterThan(0);
    expect(placesIn('W Pradze władze zamknęły', 'pl')).toEqual(prague);
    expect(placesIn('V Praze úřady zavřely', 'cs')).toEqual(prague);
    expect(placesIn('in Madrid and Cairo', 'en')).toHaveLength(2);
    expect(placesIn('w Madrycie i w Kairze', 'pl')).toEqual(placesIn('in Madrid and Cairo', 'en'));
    expect(placesIn('w Ameryce i w Polsce', 'pl')).toEqual(expect.arrayContaining(['r:019', 'r:PL']));
    // Only where the language softens: the German word stays unknown.
    expect(placesIn('Pradze', 'de')).toEqual([]);
  });

  it('knows the cities news names most in Chinese, Japanese, Korean and Russian script', () => {
    for (const [english, others] of [
      [
        'Shanghai',
        [
          ['上海', 'zh'],
          ['Шанхай', 'ru'],
          ['상하이', 'ko'],
        ],
      ],
      [
        'New York',
        [
          ['纽约', 'zh'],
          ['ニューヨーク', 'ja'],
          ['Nowy Jork', 'pl'],
        ],
      ],
      [
        'Berlin',
        [
          ['柏林', 'zh'],
          ['ベルリン', 'ja'],
          ['Берлин', 'ru'],
        ],
      ],
    ] as const) {
      const place = placesIn(`in ${english}`, 'en');
      expect(place.length, english).toBe(1);
      for (const [text, lang] of others)
        expect(placesIn(text, lang), text).toEqual(expect.arrayContaining(place));
    }
    // Words that are also ordinary words are not among the names: the soul, a Swiss canton.
    expect(placesIn('a soul in the canton', 'en')).toEqual([]);
  });

  it('does not read a place into words that only share part of its name', () => {
    expect(placesIn('Schools in the south of the country will remain closed.', 'en')).toEqual([]);
    expect(placesIn('Australia', 'en')).not.toContain('r:AT');
  });
});
