import { describe, expect, it } from 'vitest';
import { findMonths } from '../../../server/text/dates';

const months = (text: string, lang: string) => findMonths(text, lang).map((m) => [m.month, m.day]);

describe('months in running text', () => {
  it('reads a day written in the digits of the language', () => {
    expect(months('ভ্লতাভা ১৭ সেপ্টেম্বর সর্বোচ্চ স্তরে পৌঁছাতে পারে', 'bn')).toEqual([[8, 17]]);
    expect(months('नदी मंगळवार, १७ सप्टेंबर रोजी', 'mr')).toEqual([[8, 17]]);
  });

  it('reads a month written with a small letter in informal English only beside its day', () => {
    expect(months('december 27 is not enough time', 'en')).toEqual([[11, 27]]);
    expect(months('we met on 27 december', 'en')).toEqual([[11, 27]]);
    expect(months('see you in december', 'en')).toEqual([]);
    // Words that are months only with a capital stay words: "may", "march", "august".
    expect(months('you may 5 times ask, we march 3 miles', 'en')).toEqual([]);
  });

  it('does not take an ordinal after a month-like word for a day', () => {
    // Nepali "जुन" is June and "which": "जुन १२ औँ शताब्दी" is "which 12th century".
    expect(months('मन्दिर परिसर हो, जुन १२ औँ शताब्दीको सुरुतिर निर्माण गरिएको थियो', 'ne')).toEqual([]);
  });

  it('does not read a month into words that start like one and name none', () => {
    expect(months('Je to pro 5 lidí, na Červené náměstí, v ledním hokeji', 'cs')).toEqual([]);
    expect(months('Juniper Networks', 'de')).toEqual([]);
    // The months themselves, declined, still count.
    expect(months('od 5. prosince do července a v lednu', 'cs')).toEqual([
      [11, 5],
      [6, null],
      [0, null],
    ]);
  });
});
