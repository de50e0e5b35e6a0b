import { allMatches } from '../util/regexp';

/** One part of a date written in digits, with its place in the text. */
export interface DatePart {
  value: number;
  start: number;
  end: number;
}

/** A date written in digits ("2.10.2024", "2. 10. 2024", "02/10/2024", "2024-10-02"). */
export interface NumericDate {
  start: number;
  end: number;
  day: DatePart;
  month: DatePart;
  year: DatePart;
  /** Day and month could be either way round (an English "10/2/2024"): the month is not certain. */
  ambiguous: boolean;
}

const YEAR = '(?:1[6-9]|20)\\d{2}';
/** Day, month and year with dots, as German, Polish, Czech, Russian… write them; Czech with spaces. */
const DOTTED = new RegExp(`(?<![\\d.,])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(${YEAR})(?![\\d.,]\\d)`, 'dgu');
/** With slashes: day first in most of the world, month first in the United States. */
const SLASHED = new RegExp(`(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(${YEAR})(?![\\d/])`, 'dgu');
/** With slashes and a year of two digits ("1/1/08", "25/12/99"), as informal and American writing has it. */
const SLASHED_SHORT_YEAR = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/dgu;
/** ISO 8601: year, month, day. */
const ISO = new RegExp(`(?<![\\d-])(${YEAR})-(\\d{2})-(\\d{2})(?![\\d-])`, 'dgu');

function part(match: RegExpMatchArray, group: number): DatePart {
  const [start, end] = match.indices?.[group] ?? [0, 0];
  return { value: Number(match[group]), start, end };
}

/** A year of two digits as the year it stands for: "08" is 2008, "99" 1999. */
function fullYear(year: DatePart): DatePart {
  return year.end - year.start === 2
    ? { ...year, value: year.value + (year.value < 50 ? 2000 : 1900) }
    : year;
}

const valid = (day: number, month: number): boolean => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/**
 * The dates a text writes in digits. `text` must have ASCII digits (see asciiDigits). English slashed
 * dates are read month first, and marked ambiguous when day and month could be swapped.
 */
export function numericDates(text: string, lang: string): NumericDate[] {
  if (!/\d[./-]\s?\d/.test(text)) return [];
  const dates: NumericDate[] = [];
  const add = (
    match: RegExpMatchArray,
    order: [day: number, month: number, year: number],
    ambiguous = false,
  ) => {
    const day = part(match, order[0]);
    const month = part(match, order[1]);
    if (!valid(day.value, month.value)) return;
    const start = match.index ?? 0;
    const year = fullYear(part(match, order[2]));
    dates.push({ start, end: start + match[0].length, day, month, year, ambiguous });
  };
  for (const match of allMatches(DOTTED, text)) add(match, [1, 2, 3]);
  for (const match of allMatches(ISO, text)) add(match, [3, 2, 1]);
  for (const match of [...allMatches(SLASHED, text), ...allMatches(SLASHED_SHORT_YEAR, text)]) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (lang === 'en') add(match, [2, 1, 3], first <= 12 && second <= 12 && first !== second);
    else add(match, [1, 2, 3]);
  }
  return dates.sort((a, b) => a.start - b.start);
}

/** A day and a month with no year, either way round ("9/11", "17/9"); not a fraction of a decimal or a per cent. */
const DAY_AND_MONTH = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d|\s?%)/dgu;

/**
 * Both parts of each date written as a day and a month without a year, either of which may be the
 * month. `text` must have ASCII digits (see asciiDigits).
 */
export function yearlessDateParts(text: string): DatePart[] {
  if (!text.includes('/')) return [];
  return allMatches(DAY_AND_MONTH, text).flatMap((match) => [part(match, 1), part(match, 2)]);
}
