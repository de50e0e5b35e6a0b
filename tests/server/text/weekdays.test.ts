import { describe, expect, it } from 'vitest';
import { findWeekdays } from '../../../server/text/dates';
import { transliterate } from '../../../server/text/transliterate';

describe('weekdays in any language', () => {
  it('reads the same day in names, inflected forms and other scripts', () => {
    const sunday = [
      findWeekdays('officials said on Sunday', 'en'),
      findWeekdays('teilten die Behörden am Sonntag mit', 'de'),
      findWeekdays('oznámily v neděli úřady', 'cs'),
      findWeekdays('poinformowały w niedzielę władze', 'pl'),
      findWeekdays('сообщили в воскресенье', 'ru'),
      findWeekdays('官员星期日表示', 'zh'),
      findWeekdays('当局が日曜日に発表した', 'ja'),
    ];
    for (const days of sunday) expect(days).toEqual([6]);
    expect(findWeekdays('ve středu a v pátek', 'cs')).toEqual([2, 4]);
  });

  it('does not read a weekday into a shorter word that starts like one', () => {
    // Czech střed (centre) and čtvrt (quarter) begin like středa and čtvrtek.
    expect(findWeekdays('ve středu města a ve čtvrti', 'cs')).toEqual([2]);
    expect(findWeekdays('střed města, čtvrt', 'cs')).toEqual([]);
    expect(findWeekdays('a second chance', 'en')).toEqual([]);
  });

  it("reads the forms news writes that are not Intl's name with an ending", () => {
    expect(findWeekdays('Savivaldybė antradienį paskelbė', 'lt')).toEqual([1]);
    expect(findWeekdays('Pilsētas dome otrdien paziņoja', 'lv')).toEqual([1]);
    expect(findWeekdays("Görüşmeler Çarşamba'ya kadar sürecek", 'tr')).toEqual([2]);
    expect(findWeekdays('Raportin on oltava valmis tiistaihin mennessä', 'fi')).toEqual([1]);
    expect(findWeekdays('Müze salıdan pazara kadar açıktır', 'tr')).toEqual([1, 6]);
    expect(findWeekdays('O museu abre de terça a domingo', 'pt')).toEqual([1, 6]);
    expect(findWeekdays('a segunda volta', 'pt')).toEqual([]);
    expect(findWeekdays('Vihm peaks vaibuma kolmapäevaks', 'et')).toEqual([2]);
    expect(findWeekdays('हवामानतज्ज्ञांना बुधवारपर्यंत पाऊस ओसरण्याची अपेक्षा आहे', 'mr')).toEqual([2]);
    // Nepali spells Tuesday with the anusvara as often as with ङ्, as Intl does.
    expect(findWeekdays('नदी मंगलबार उच्चतम बिन्दुमा पुग्न सक्छ', 'ne')).toEqual([1]);
  });

  it('does not read a weekday into a word that shares its stem and names none', () => {
    expect(
      findWeekdays('Povodně vyhnaly tisíce lidí ve střední Evropě; nic nedělá, páteř, patent', 'cs'),
    ).toEqual([]);
    expect(findWeekdays('Die Diensten in Montana', 'de')).toEqual([]);
    expect(findWeekdays('среди жителей', 'ru')).toEqual([]);
    expect(findWeekdays('sungai akan tetap tinggi selama beberapa hari', 'id')).toEqual([]);
    expect(findWeekdays('do piątego września', 'pl')).toEqual([]);
    // Romanian "martie" is March, not "marți" (Tuesday) with an ending.
    expect(findWeekdays('pe 17 martie', 'ro')).toEqual([]);
  });

  it('reads names of several words whole', () => {
    expect(findWeekdays('Bộ trưởng đã từ chức vào thứ Tư.', 'vi')).toEqual([2]);
    expect(findWeekdays('Lễ hội diễn ra vào Chủ nhật.', 'vi')).toEqual([6]);
    // Azerbaijani Tuesday is "Wednesday evening": the longer name wins.
    expect(findWeekdays('Nazir çərşənbə axşamı istefa verdi.', 'az')).toEqual([1]);
    expect(findWeekdays('Nazir çərşənbə günü istefa verdi.', 'az')).toEqual([2]);
    expect(findWeekdays('השר התפטר ביום שלישי.', 'he')).toEqual([1]);
  });

  it('does not read a Vietnamese ordinal as a weekday', () => {
    // "thứ tư" in small letters is "fourth": "lần thứ tư", the fourth time.
    expect(findWeekdays('Đây là lần thứ tư ông ấy từ chức.', 'vi')).toEqual([]);
  });
});

describe('Greek names in Latin letters', () => {
  it('writes μπ, ντ and γκ as b, d and g where a word starts, mp, nt and ng inside it', () => {
    expect(transliterate('Κρεμς')).toBe('Krems');
    expect(transliterate('Μπάιντεν')).toBe('Bainten');
    expect(transliterate('Τραμπ')).toBe('Tramp');
    expect(transliterate('ΝΑΤΟ')).toBe('NATO');
  });
});
