import { isSpacelessScript } from './languages';
import { perLanguage } from './memo';
import { allMatches, escapeRegExp } from '../util/regexp';

/**
 * Days, weeks, months and years named from today — "yesterday", "next week", "last year" — as
 * Intl.RelativeTimeFormat names them in each language ("gestern", "la semaine prochaine", "去年"),
 * with the other ways news says them: a translation that turns "yesterday" into "tomorrow" moves the
 * event into the future.
 */
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

export interface RelativeMention {
  unit: RelativeUnit;
  /** −1 for the one before (yesterday, last week), 1 for the one after (tomorrow, next week). */
  offset: -1 | 1;
  start: number;
  end: number;
  text: string;
}

const UNITS: readonly RelativeUnit[] = ['day', 'week', 'month', 'year'];

/** What news writes besides Intl's words. */
const MORE: Readonly<Record<string, Partial<Record<RelativeUnit, readonly [string[], string[]]>>>> = {
  de: {
    week: [['vergangene Woche', 'vorige Woche'], ['kommende Woche']],
    month: [['vergangenen Monat', 'vorigen Monat'], ['kommenden Monat']],
    year: [['vergangenes Jahr', 'voriges Jahr'], ['kommendes Jahr']],
  },
  fr: { year: [['l’an dernier', 'l’an passé'], ['l’an prochain']] },
  es: { week: [[], ['la semana que viene']], year: [[], ['el año que viene']] },
  zh: { day: [['昨日'], ['明日']] },
  ja: { day: [['きのう'], ['あした', 'あす']], year: [['去年'], []] },
};

/**
 * Words that make the day after a morning: German "heute morgen" (this morning, in the old spelling),
 * Dutch "de morgen", Spanish "esta mañana", "por la mañana".
 */
const MORNING_BEFORE: Readonly<Record<string, RegExp>> = {
  de: /(?:heute|gestern|jeden|am|dem|den|einen|guten)\s+$/iu,
  nl: /(?:de|deze|een|die|goede|elke)\s+$/iu,
  es: /(?:la|esta|una|cada|buena)\s+$/iu,
};

const SPACELESS = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+$/u;

/** Articles and prepositions that Intl puts before a phrase and prose may not ("de la semaine dernière"). */
const LEADING = new Set(['la', 'le', 'el', 'les', 'w', 'we', 'na', 'на', 'в', 'во']);

/**
 * A phrase as an expression: without its leading article or preposition, and with room for the
 * endings of its longer words ("letzte Woche" in "der letzten Woche").
 */
function phrasePattern(phrase: string): string {
  const parts = phrase
    .replace(/^\p{L}{1,2}['’]/u, '')
    .split(/\s+/u)
    .filter((part) => part !== '');
  while (parts.length > 1 && LEADING.has((parts[0] ?? '').toLowerCase())) parts.shift();
  if (parts.length === 1 && SPACELESS.test(parts[0] ?? '')) return escapeRegExp(parts[0] ?? '');
  const words = parts.map((part) => {
    if (parts.length === 1 || part.length <= 4) return escapeRegExp(part).replace(/['’]/gu, "['’]");
    return `${escapeRegExp(part.slice(0, Math.max(4, part.length - 2)))}\\p{L}{0,3}`;
  });
  // Korean joins its particles to the word before ("다음 주에", next week).
  const end = /\p{sc=Hangul}/u.test(phrase) ? '' : '(?![\\p{L}])';
  return `(?<![\\p{L}])${words.join('\\s+')}${end}`;
}

interface RelativeSearch {
  pattern: RegExp;
  /** The unit and offset of each capturing group, in order. */
  groups: { unit: RelativeUnit; offset: -1 | 1 }[];
}

const searchFor = perLanguage((lang: string): RelativeSearch | null => {
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  } catch {
    return null;
  }
  if (format.resolvedOptions().locale.split('-')[0] !== lang) return null;
  const groups: RelativeSearch['groups'] = [];
  const alternatives: string[] = [];
  for (const unit of UNITS) {
    const before = format.format(-1, unit);
    const after = format.format(1, unit);
    // Hindi "कल" is yesterday and tomorrow alike.
    if (before === after) continue;
    const extra = MORE[lang]?.[unit];
    for (const [offset, phrases] of [
      [-1, [before, ...(extra?.[0] ?? [])]],
      [1, [after, ...(extra?.[1] ?? [])]],
    ] as const) {
      groups.push({ unit, offset });
      alternatives.push(`(${[...new Set(phrases.map(phrasePattern))].join('|')})`);
    }
  }
  if (alternatives.length === 0) return null;
  return { pattern: new RegExp(alternatives.join('|'), 'giu'), groups };
});

/**
 * Whether "morgen", "mañana" at `at` is the morning: after "heute", "esta", "la"…, or, in German, written
 * with a capital inside a sentence ("am Morgen"; "morgen" is tomorrow).
 */
function isMorning(text: string, at: number, found: string, lang: string): boolean {
  const before = text.slice(0, at);
  if (MORNING_BEFORE[lang]?.test(before)) return true;
  return lang === 'de' && found.charAt(0) === 'M' && !/(?:^|[.!?:]["“„»]?)\s*$/u.test(before);
}

/** The relative days, weeks, months and years a text names. */
export function relativeMentions(text: string, lang: string): RelativeMention[] {
  const search = searchFor(lang);
  if (!search) return [];
  const mentions: RelativeMention[] = [];
  for (const match of allMatches(search.pattern, text)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const found = search.groups[group];
    if (!found) continue;
    if (found.unit === 'day' && found.offset === 1 && isMorning(text, match.index, match[0], lang)) continue;
    mentions.push({ ...found, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return mentions;
}

/** "yesterday", "next week": the English words, for messages. */
export function relativeName(unit: RelativeUnit, offset: -1 | 1): string {
  return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(offset, unit);
}

/** A number of days, weeks, months, years or hours from now: "3 years ago", "in 3 years". */
export interface RelativeNumberMention {
  unit: RelativeUnit | 'hour';
  offset: -1 | 1;
  value: number;
  start: number;
  end: number;
  text: string;
}

const NUMERIC_UNITS: readonly (RelativeUnit | 'hour')[] = ['hour', 'day', 'week', 'month', 'year'];
/** Numbers whose plural forms cover every category a language has (one, few, many, other, fractions). */
const PLURAL_SAMPLES = [1, 2, 3, 5, 11, 21, 1.5];

interface NumericSearch {
  unit: RelativeUnit | 'hour';
  offset: -1 | 1;
  pattern: RegExp;
}

/** A template of Intl's ("vor # Jahren") as an expression whose one group is the number. */
function templatePattern(parts: readonly string[], spaced: boolean): string {
  // Tokenised Chinese and Japanese space every word out: "3 年 前".
  const literal = (text: string): string =>
    spaced
      ? escapeRegExp(text).replace(/\s+/gu, '\\s*')
      : [...text.replace(/\s+/gu, '')].map(escapeRegExp).join('\\s*');
  const [before = '', after = ''] = parts;
  // Chinese and Japanese run the next word on: "3年前离开".
  const start = spaced && /^\p{L}/u.test(before) ? '(?<![\\p{L}])' : '';
  const end = spaced && /\p{L}$/u.test(after) ? '(?![\\p{L}])' : '';
  const gap = spaced ? '' : '\\s*';
  return `${start}${literal(before)}${gap}(\\d+(?:[.,]\\d+)?)${gap}${literal(after)}${end}`;
}

const numericSearches = perLanguage((lang: string): NumericSearch[] => {
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  } catch {
    return [];
  }
  if (format.resolvedOptions().locale.split('-')[0] !== lang) return [];
  const searches: NumericSearch[] = [];
  for (const unit of NUMERIC_UNITS)
    for (const offset of [-1, 1] as const) {
      const templates = new Set<string>();
      for (const value of PLURAL_SAMPLES) {
        // The number's parts (integer, decimal, fraction) as one place; the words around it as they are.
        const parts: string[] = [];
        let inNumber = false;
        for (const part of format.formatToParts(offset * value, unit)) {
          if (part.type === 'literal') {
            parts.push(part.value);
            inNumber = false;
          } else if (!inNumber) inNumber = true;
        }
        const shape =
          format.formatToParts(offset * value, unit)[0]?.type === 'literal' ? parts : ['', ...parts];
        if (shape.length === 2) templates.add(templatePattern(shape, !isSpacelessScript(lang)));
      }
      if (templates.size > 0)
        searches.push({ unit, offset, pattern: new RegExp([...templates].join('|'), 'giu') });
    }
  return searches;
});

/** The numbers of days, weeks, months, years or hours a text counts back ("3 years ago") or forward ("in 3 years"). */
export function relativeNumberMentions(text: string, lang: string): RelativeNumberMention[] {
  if (!/\d/.test(text)) return [];
  const mentions: RelativeNumberMention[] = [];
  for (const { unit, offset, pattern } of numericSearches(lang))
    for (const match of text.matchAll(pattern)) {
      const raw = match.slice(1).find((group) => group !== undefined);
      if (raw === undefined) continue;
      const lead = match[0].length - match[0].trimStart().length;
      const written = match[0].trim();
      mentions.push({
        unit,
        offset,
        value: Number(raw.replace(',', '.')),
        start: match.index + lead,
        end: match.index + lead + written.length,
        text: written,
      });
    }
  return mentions;
}

/** "3 years ago", "in 3 years": the English words, for messages. */
export function relativeNumberName(unit: RelativeUnit | 'hour', offset: -1 | 1, value: number): string {
  return new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(offset * value, unit);
}
