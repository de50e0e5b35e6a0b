import { describe, expect, it } from 'vitest';
import { findWeekdays } from '../../../server/text/dates';

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
});
