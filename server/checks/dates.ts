import { allMatches } from '../util/regexp';
import type { Flag, Span } from '../domain/types';
import { weekdayMentions } from '../text/dates';
import {
  relativeMentions,
  relativeName,
  relativeNumberMentions,
  relativeNumberName,
} from '../text/relative-dates';
import { monthChanges } from './lang/month-changes';
import { turnedRound } from './lang/turned-round';
import { hasLocaleData } from '../text/languages';
import { type CheckContext, type CheckUnit, type UnitCheck, flagFrom } from './types';

const MONTH_NAMES = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number): string => MONTH_NAMES.format(new Date(Date.UTC(2021, month, 15)));

const DAY_BEFORE = /(?<!\d)\d{1,2}\.?\s?(?:de\s)?$/u;
const DAY_AFTER = /^\s?\d{1,2}(?!\d)/u;

/**
 * A month name's span widened to the day written beside it ("13 stycznia", "13. Januar", "January 13"),
 * which is what changed when the days differ.
 */
function withDay(text: string, month: { start: number; end: number; day: number | null }): Span {
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
function dayMended(date: string, day: number | null, sourceDay: number | null): string | null {
  if (day === null || sourceDay === null) return null;
  const written = allMatches(/\d+/g, date).filter((m) => Number(m[0]) === day);
  const [only] = written;
  if (written.length !== 1 || only === undefined) return null;
  // A day written with a leading zero ("03.10.") keeps it.
  const digits = only[0].startsWith('0') ? String(sourceDay).padStart(2, '0') : String(sourceDay);
  return date.slice(0, only.index) + digits + date.slice(only.index + only[0].length);
}

export const dates = {
  scope: 'unit',
  id: 'dates',
  name: 'Dates differ',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A month (with its day, when one is written) in the source is missing or different in the target, or the target names a weekday the source does not ("Tuesday to Sunday" as "Montag bis Sonntag"). Month and weekday names come from Intl.DateTimeFormat in both languages, with the case endings prose adds ("v oktobru", "októberben", "τον Οκτώβριο") and the other names news writes (the Levantine "أيلول" for September), so "January 12" matches "12 stycznia" and not "13 stycznia" (nor, in news style, "Jan. 12", "Sept. 3, 2009" or "Oct. 2005"), and "Monday" matches "lunedì" and not "martedì". A day, week, month or year named from today turned the other way ("yesterday" as "morgen", "last week" as "la semaine prochaine", "去年" as "next year"), or a number of them counted the other way ("3 years ago" as "in 3 Jahren", "in 2 weeks" as "2周前"; the words of Intl.RelativeTimeFormat in each language), is reported too. Dates in digits count too ("2.10.2024" is October 2; an English "10/2/2024", which could be either, does not).',
  appliesTo: (ctx) => hasLocaleData(ctx.sourceLang) && hasLocaleData(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const weekday = weekdayChanged(unit, ctx);
    const flags = monthChanges(unit.source, ctx.sourceLang, unit.target, ctx.targetLang).map(
      ({ source, target }) => {
        const written =
          source.day === null ? monthName(source.month) : `${monthName(source.month)} ${source.day}`;
        if (target) {
          const span = withDay(unit.target, target);
          const fix = dayMended(unit.target.slice(span.start, span.end), target.day, source.day);
          return flagFrom(dates, {
            side: 'target',
            span,
            message: `The source says ${written}; the translation has day ${target.day ?? '?'}`,
            ...(fix === null ? {} : { fix }),
          });
        }
        return flagFrom(dates, {
          side: 'source',
          span: { start: source.start, end: source.end },
          message: `${written} from the source is not in the translation`,
        });
      },
    );
    const relative = relativeChanged(unit, ctx) ?? countedChanged(unit, ctx);
    return [...flags, ...(weekday ? [weekday] : []), ...(relative ? [relative] : [])];
  },
} satisfies UnitCheck;

const WEEKDAY_NAMES = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
// 2024-01-01 was a Monday, day 0.
const weekdayName = (day: number): string => WEEKDAY_NAMES.format(new Date(Date.UTC(2024, 0, 1 + day)));

/**
 * A weekday in the translation that is none of the source's ("on Monday" as "martedì", "Tuesday to
 * Sunday" as "Montag bis Sonntag"). A weekday left out is not reported: translations write "on
 * Monday, 3 June" as a date alone.
 */
function weekdayChanged(unit: CheckUnit, ctx: CheckContext): Flag | null {
  const source = weekdayMentions(unit.source, ctx.sourceLang);
  if (source.length === 0) return null;
  const target = weekdayMentions(unit.target, ctx.targetLang);
  const first = target.find((t) => !source.some((s) => s.day === t.day));
  if (!first) return null;
  const days = [...new Set(source.map((s) => s.day))];
  const [said] = days;
  const fix =
    days.length === 1 && said !== undefined
      ? weekdayMended(unit.target.slice(first.start, first.end), first.day, said, ctx.targetLang)
      : null;
  return flagFrom(dates, {
    side: 'target',
    span: { start: first.start, end: first.end },
    message: `The source says ${days.map(weekdayName).join(' and ')}; the translation has ${weekdayName(first.day)}`,
    ...(fix === null ? {} : { fix }),
  });
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
function weekdayMended(written: string, day: number, sourceDay: number, lang: string): string | null {
  if (!WEEKDAYS_UNINFLECTED.has(lang)) return null;
  const name = intlWeekday(lang, day);
  if (written.toLocaleLowerCase(lang) !== name.toLocaleLowerCase(lang)) return null;
  const mend = intlWeekday(lang, sourceDay);
  const capital = written.charAt(0) !== written.charAt(0).toLocaleLowerCase(lang);
  // Only the first letter follows the translation: Vietnamese writes "thứ Tư", German "Montag".
  const first = capital ? mend.charAt(0).toLocaleUpperCase(lang) : mend.charAt(0).toLocaleLowerCase(lang);
  return first + mend.slice(1);
}

/**
 * A day, week, month or year named from today that the translation turns the other way: "yesterday"
 * as "morgen", "last year" as "明年". Reported when the source names one direction of that unit only
 * and the translation the other only.
 */
function relativeChanged(unit: CheckUnit, ctx: CheckContext): Flag | null {
  const source = relativeMentions(unit.source, ctx.sourceLang);
  if (source.length === 0) return null;
  const target = relativeMentions(unit.target, ctx.targetLang);
  // A source that names both directions of a unit ("yesterday … tomorrow") says nothing to turn round.
  const oneWay = source.filter(
    (said) => !source.some((m) => m.unit === said.unit && m.offset !== said.offset),
  );
  const [first] = turnedRound(
    oneWay,
    target,
    (a, b) => a.unit === b.unit,
    (a, b) => a.offset === b.offset,
  );
  return first ? turnedFlag(first, (m) => relativeName(m.unit, m.offset)) : null;
}

/**
 * A number of days, weeks, months, years or hours counted the other way: "3 years ago" as "in 3 Jahren",
 * "in 2 weeks" as "2周前". The same number and unit on both sides, one direction each.
 */
function countedChanged(unit: CheckUnit, ctx: CheckContext): Flag | null {
  const source = relativeNumberMentions(unit.source, ctx.sourceLang);
  if (source.length === 0) return null;
  const target = relativeNumberMentions(unit.target, ctx.targetLang);
  const [first] = turnedRound(
    source,
    target,
    (a, b) => a.unit === b.unit && a.value === b.value,
    (a, b) => a.offset === b.offset,
  );
  return first ? turnedFlag(first, (m) => relativeNumberName(m.unit, m.offset, m.value)) : null;
}

/** The flag on a time the translation turned round, each side named in English ("yesterday", "in 3 years"). */
function turnedFlag<T extends { text: string; start: number; end: number }>(
  { said, turned }: { said: T; turned: T },
  inEnglish: (mention: T) => string,
): Flag {
  return flagFrom(dates, {
    side: 'target',
    span: { start: turned.start, end: turned.end },
    message: `The source says “${said.text}” (${inEnglish(said)}); the translation has “${turned.text}” (${inEnglish(turned)})`,
  });
}
