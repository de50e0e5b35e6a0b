import { allMatches } from '../../util/regexp';
import type { Span } from '../../domain/types';

const DAY_BEFORE = /(?<!\d)\d{1,2}\.?\s?(?:de\s)?$/u;
const DAY_AFTER = /^\s?\d{1,2}(?!\d)/u;

/**
 * A month name's span widened to the day written beside it ("13 stycznia", "13. Januar", "January 13"),
 * which is what changed when the days differ.
 */
export function withDay(text: string, month: { start: number; end: number; day: number | null }): Span {
  if (month.day === null || /\d/u.test(text.slice(month.start, month.end)))
    return { start: month.start, end: month.end };
  const before = DAY_BEFORE.exec(text.slice(Math.max(0, month.start - 8), month.start));
  if (before && parseInt(before[0], 10) === month.day)
    return { start: month.start - before[0].length, end: month.end };
  const after = DAY_AFTER.exec(text.slice(month.end, month.end + 4));
  if (after && Number(after[0]) === month.day)
    return { start: month.start, end: month.end + after[0].length };
  return { start: month.start, end: month.end };
}

/**
 * The translation's date with the source's day in place of its own ("13 stycznia" → "12 stycznia"), when
 * its day is written once in plain digits; a day in words or another script's digits is left to the
 * reviewer.
 */
export function dayMended(date: string, day: number | null, sourceDay: number | null): string | null {
  if (day === null || sourceDay === null) return null;
  const written = allMatches(/\d+/g, date).filter((m) => Number(m[0]) === day);
  const [only] = written;
  if (written.length !== 1 || only === undefined) return null;
  // A day written with a leading zero ("03.10.") keeps it.
  const digits = only[0].startsWith('0') ? String(sourceDay).padStart(2, '0') : String(sourceDay);
  return date.slice(0, only.index) + digits + date.slice(only.index + only[0].length);
}

/**
 * Languages whose weekday names stand in prose as Intl writes them, whatever the sentence around
 * them: a Polish "we wtorek" would need "w poniedziałek", a Czech "ve středu" is no "středa".
 */
const WEEKDAYS_UNINFLECTED = new Set([
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'nb',
  'ro',
  'ja',
  'zh',
  'ko',
  'id',
  'ms',
  'vi',
]);

/** A weekday's name as Intl writes it in a language, Monday being day 0. */
function intlWeekday(lang: string, day: number): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2021, 0, 4 + day)),
  );
}

/**
 * The source's one weekday in place of the translation's, when the translation writes its weekday as
 * Intl names it in a language that does not inflect it ("Dienstag" → "Montag", "火曜日" → "月曜日"),
 * with the capital the translation gave it.
 */
export function weekdayMended(written: string, day: number, sourceDay: number, lang: string): string | null {
  if (!WEEKDAYS_UNINFLECTED.has(lang)) return null;
  const name = intlWeekday(lang, day);
  if (written.toLocaleLowerCase(lang) !== name.toLocaleLowerCase(lang)) return null;
  const mend = intlWeekday(lang, sourceDay);
  const capital = written.charAt(0) !== written.charAt(0).toLocaleLowerCase(lang);
  // Only the first letter follows the translation: Vietnamese writes "thứ Tư", German "Montag".
  const first = capital ? mend.charAt(0).toLocaleUpperCase(lang) : mend.charAt(0).toLocaleLowerCase(lang);
  return first + mend.slice(1);
}
