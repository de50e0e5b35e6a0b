import { isSpacelessScript } from './languages';
import { numberWordAlternation, numbersInWords } from './number-words';
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
  /**
   * The words of each template, lower case ("years ago", "vor jahren", "年前"), as places in the
   * language's word list: a text that lacks a word of every template is not searched, which spares the
   * expression most sentences.
   */
  keys: number[][];
}

interface NumericSearches {
  /** Every word of the language's templates, once. */
  words: string[];
  searches: NumericSearch[];
}

/** A template of Intl's ("vor # Jahren") as an expression whose one group is the number. */
function templatePattern(parts: readonly string[], spaced: boolean, words: string | null): string {
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
  // The number in digits, or in words as news writes the small ones ("three years ago", "vor drei
  // Jahren", "三年前"): the language's number words, read by number-words afterwards.
  const spelt = spaced
    ? words === null
      ? ''
      : `|(?<![\\p{L}])(?:${words})`
    : '|[〇零一二两兩三四五六七八九十百]+';
  const number = `(\\d+(?:[.,]\\d+)?${spelt})`;
  return `${start}${literal(before)}${gap}${number}${gap}${literal(after)}${end}`;
}

/** The value of a template's number: digits, or one number word ("three", "drei", "三"). */
function slotValue(slot: string, lang: string): number | null {
  if (/^\d/u.test(slot)) return Number(slot.replace(',', '.'));
  const [only, ...more] = numbersInWords(slot, lang);
  if (!only || more.length > 0 || only.start !== 0 || only.end !== slot.length) return null;
  const [value, ...others] = only.values;
  return value !== undefined && others.length === 0 ? value : null;
}

/** A template's words, lower case, without the number or punctuation. */
function keyWords(parts: readonly string[], spaced: boolean): string[] {
  const text = parts
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return spaced ? text.split(' ').filter((word) => word !== '') : [text.replace(/ /gu, '')];
}

const numericSearches = perLanguage((lang: string): NumericSearches => {
  const none = { words: [], searches: [] };
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  } catch {
    return none;
  }
  if (format.resolvedOptions().locale.split('-')[0] !== lang) return none;
  const searches: NumericSearch[] = [];
  const allWords: string[] = [];
  const wordIndex = (word: string): number => {
    const known = allWords.indexOf(word);
    return known >= 0 ? known : allWords.push(word) - 1;
  };
  for (const unit of NUMERIC_UNITS)
    for (const offset of [-1, 1] as const) {
      const templates = new Set<string>();
      const keys = new Map<string, number[]>();
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
        if (shape.length !== 2) continue;
        templates.add(templatePattern(shape, !isSpacelessScript(lang), numberWordAlternation(lang)));
        const words = keyWords(shape, !isSpacelessScript(lang));
        keys.set(words.join(' '), words.map(wordIndex));
      }
      if (templates.size > 0)
        searches.push({
          unit,
          offset,
          pattern: new RegExp([...templates].join('|'), 'giu'),
          keys: [...keys.values()],
        });
    }
  return { words: allWords, searches };
});

/** The numbers of days, weeks, months, years or hours a text counts back ("3 years ago") or forward ("in 3 years"). */
export function relativeNumberMentions(text: string, lang: string): RelativeNumberMention[] {
  // Numbers in words count too ("three years ago"): no look for digits first.
  const mentions: RelativeNumberMention[] = [];
  // A template's words looked up as parts of the lower-cased text (tokenised Chinese and Japanese, "3 年
  // 前", without its spaces): cheaper than reading the text's words, and enough to spare most sentences.
  const lower = isSpacelessScript(lang) ? text.toLowerCase().replace(/\s+/gu, '') : text.toLowerCase();
  const { words, searches } = numericSearches(lang);
  // Each word looked for once, though many templates share it ("in", "vor").
  const held = words.map((word) => lower.includes(word));
  for (const { unit, offset, pattern, keys } of searches) {
    if (!keys.some((key) => key.every((k) => held[k]))) continue;
    for (const match of allMatches(pattern, text)) {
      const raw = match.slice(1).find((group) => group !== undefined);
      const value = raw === undefined ? null : slotValue(raw, lang);
      if (value === null) continue;
      const lead = match[0].length - match[0].trimStart().length;
      const written = match[0].trim();
      mentions.push({
        unit,
        offset,
        value,
        start: match.index + lead,
        end: match.index + lead + written.length,
        text: written,
      });
    }
  }
  return mentions;
}

/** "3 years ago", "in 3 years": the English words, for messages. */
export function relativeNumberName(unit: RelativeUnit | 'hour', offset: -1 | 1, value: number): string {
  return new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(offset * value, unit);
}
