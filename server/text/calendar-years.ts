import { allMatches } from '../util/regexp';
import type { NumberMention } from './numbers';

/**
 * Japanese era years and the Republic of China's calendar (Taiwan): "平成31年" is 2019, "令和元年"
 * (the first year) 2019 too, "民國112年" 2023. Japanese news and official texts write them, often
 * beside the Western year, and a translation writes the Western year alone.
 */
const ERA_YEAR = /(明治|大正|昭和|平成|令和|民[国國])\s?(\d{1,3}|元)\s?年/gu;
const ERA_START: Readonly<Record<string, number>> = {
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
  民国: 1912,
  民國: 1912,
};

/**
 * Years of the calendars that a language's texts count in, as the Western years they can be: the
 * Buddhist era of Thai and Lao (พ.ศ. 2545 is 2002), the Solar Hijri of Persian and Pashto (۱۳۸۱ began
 * in March 2002, so it is 2002 or 2003).
 */
const CALENDAR_YEARS: Readonly<Record<string, { from: number; to: number; offsets: readonly number[] }>> = {
  th: { from: 2400, to: 2700, offsets: [-543] },
  lo: { from: 2400, to: 2700, offsets: [-543] },
  fa: { from: 1300, to: 1450, offsets: [621, 622] },
  ps: { from: 1300, to: 1450, offsets: [621, 622] },
};

/**
 * The one Western year a year of the language's calendar is, when it is one (a Buddhist-era year);
 * null for other numbers and for calendars whose year straddles two Western ones.
 */
export function westernYear(value: number, lang: string): number | null {
  const [year, ...others] = calendarYears([value], lang);
  return year !== undefined && others.length === 0 ? year : null;
}

/** The Western years the values can be, when they are years of the language's calendar. */
export function calendarYears(values: readonly number[], lang: string): number[] {
  const calendar = CALENDAR_YEARS[lang];
  if (!calendar) return [];
  return values.flatMap((value) =>
    Number.isInteger(value) && value >= calendar.from && value <= calendar.to
      ? calendar.offsets.map((offset) => value + offset)
      : [],
  );
}

/** How near the Western year stands when an era year glosses it ("2019年（平成31年）"). */
const GLOSS_REACH = 12;

/**
 * Gives an era year's number its Western year too, and the first year (元年) a mention of its own;
 * an era year beside the same Western year glosses it and is no number of its own.
 */
export function withEraYears(digits: string, text: string, mentions: NumberMention[]): NumberMention[] {
  const added: NumberMention[] = [];
  const glosses = new Set<NumberMention>();
  for (const match of allMatches(ERA_YEAR, digits)) {
    const era = match[1] ?? '';
    const year = match[2] ?? '';
    const first = ERA_START[era];
    if (first === undefined) continue;
    const start = match.index + match[0].indexOf(year, era.length);
    const end = start + year.length;
    const western = year === '元' ? first : first + Number(year) - 1;
    const existing = mentions.find((m) => m.start === start && m.end === end);
    const mention = existing ?? { start, end, raw: text.slice(start, end), values: [] };
    mention.values = [...mention.values, western];
    if (!existing) added.push(mention);
    const glossed = mentions.some(
      (m) =>
        m !== mention &&
        m.values.includes(western) &&
        Math.min(Math.abs(m.start - match.index), Math.abs(match.index + match[0].length - m.end)) <=
          GLOSS_REACH,
    );
    if (glossed) glosses.add(mention);
  }
  if (added.length === 0 && glosses.size === 0) return mentions;
  return [...mentions, ...added].filter((m) => !glosses.has(m)).sort((a, b) => a.start - b.start);
}

/** Whether a text may name an era year at all: most do not, and are spared the expression. */
export const HAS_ERA = /明治|大正|昭和|平成|令和|民[国國]/u;
