import { fold, words } from './normalize';

export interface MonthMention {
  month: number;
  start: number;
  end: number;
  /** The day written next to the month ("January 12", "12 stycznia", "12. Januar"), if any. */
  day: number | null;
}

interface MonthName {
  month: number;
  abbreviated: boolean;
}

const monthTables = new Map<string, Map<string, MonthName>>();

/**
 * Month names in every form Intl knows for the language: stand-alone ("styczeń"), in a date
 * ("12 stycznia") and abbreviated ("Jan"). Folded, so "März" and "marz" meet.
 */
function monthTable(lang: string): Map<string, MonthName> {
  let table = monthTables.get(lang);
  if (table) return table;
  table = new Map();
  let locale = lang;
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    locale = 'en';
  }
  const formats: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'long', day: 'numeric' },
    { month: 'short' },
    { month: 'short', day: 'numeric' },
  ];
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2021, month, 15));
    for (const format of formats) {
      const part = new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' })
        .formatToParts(date)
        .find((p) => p.type === 'month');
      const name = fold(part?.value.replace(/\.$/, '') ?? '');
      // Short forms under three letters ("V", "5") are not words we can find in prose.
      const abbreviated = format.month === 'short';
      if (name.length >= 3 && !/\d/.test(name) && !(abbreviated && table.has(name)))
        table.set(name, { month, abbreviated });
    }
  }
  monthTables.set(lang, table);
  return table;
}

/** Months mentioned in a text. Abbreviations only count next to a day number, where they cannot be other words. */
export function findMonths(text: string, lang: string): MonthMention[] {
  const table = monthTable(lang);
  const tokens = words(text);
  const mentions: MonthMention[] = [];
  tokens.forEach((token) => {
    const name = table.get(fold(token.text));
    if (name === undefined) return;
    const before = /(\d{1,2})\.?\s*$/.exec(text.slice(Math.max(0, token.start - 5), token.start));
    const after = /^\s*(\d{1,2})(?!\d)/.exec(text.slice(token.end, token.end + 5));
    const dayText = before?.[1] ?? after?.[1];
    if (name.abbreviated && dayText === undefined) return;
    mentions.push({
      month: name.month,
      start: token.start,
      end: token.end,
      day: dayText === undefined ? null : Number(dayText),
    });
  });
  return mentions;
}

const weekdayTables = new Map<string, Set<string>>();

/** Weekday names (long and short, folded) from Intl: "Monday", "Mon", "poniedziałek". */
function weekdayTable(lang: string): Set<string> {
  let table = weekdayTables.get(lang);
  if (table) return table;
  table = new Set();
  try {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
      for (let day = 0; day < 7; day++) {
        const name = fold(format.format(new Date(Date.UTC(2021, 0, 4 + day))).replace(/\.$/, ''));
        if (name.length >= 3) table.add(name);
      }
    }
  } catch {
    // No Intl data for the language: no weekday names.
  }
  weekdayTables.set(lang, table);
  return table;
}

/** Whether a word names a weekday or a month: capitalised in English, but dates, not names. */
export function isCalendarWord(word: string, lang: string): boolean {
  const folded = fold(word);
  return weekdayTable(lang).has(folded) || monthTable(lang).has(folded);
}
