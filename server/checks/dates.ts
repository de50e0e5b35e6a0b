import type { Flag } from '../domain/types';
import { weekdayMentions } from '../text/dates';
import {
  relativeMentions,
  relativeName,
  relativeNumberMentions,
  relativeNumberName,
} from '../text/relative-dates';
import { dayMended, weekdayMended, withDay } from './lang/date-mends';
import { monthChanges } from './lang/month-changes';
import { turnedRound } from './lang/turned-round';
import { hasLocaleData } from '../text/languages';
import { type CheckContext, type CheckUnit, type UnitCheck, flagFrom } from './types';

const MONTH_NAMES = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number): string => MONTH_NAMES.format(new Date(Date.UTC(2021, month, 15)));

export const dates = {
  scope: 'unit',
  id: 'dates',
  name: 'Dates differ',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A month (with its day, when one is written) in the source is missing or different in the target, or the target names a weekday the source does not ("Tuesday to Sunday" as "Montag bis Sonntag"). Month and weekday names come from Intl.DateTimeFormat in both languages, with the case endings prose adds ("v oktobru", "októberben", "τον Οκτώβριο") and the other names news writes (the Levantine "أيلول" for September), so "January 12" matches "12 stycznia" and not "13 stycznia" (nor, in news style, "Jan. 12", "Sept. 3, 2009" or "Oct. 2005"), and "Monday" matches "lunedì" and not "martedì". A day, week, month or year named from today turned the other way ("yesterday" as "morgen", "last week" as "la semaine prochaine", "去年" as "next year"), or a number of them counted the other way ("3 years ago" as "in 3 Jahren", "in 2 weeks" as "2周前"; the words of Intl.RelativeTimeFormat in each language), is reported too. Dates in digits count too ("2.10.2024" is October 2; an English "10/2/2024", which could be either, does not). A changed day carries the source\'s day as its fix ("13 stycznia" → "12 stycznia"), and so does a changed weekday where the language does not inflect weekdays ("Dienstag" → "Montag").',
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
