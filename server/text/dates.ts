import { escapeRegExp, allMatches } from '../util/regexp';
import { type Compacted, originalSpan } from './compact';
import { cjkNumeralValue } from './number-words';
import { asciiDigits } from './digits';
import { numericDates } from './numeric-dates';
import { isKnownWord } from './lexicon';
import { isSpacelessScript } from './languages';
import { secondScriptLocale } from './scripts';
import { type Token, endingVariants, fold, isCapitalized, words } from './normalize';

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
 * Gregorian months whatever the locale's own calendar: Persian and Pashto default to the Solar Hijri
 * one, whose September is "شهریور", not the "سپتامبر" of a translated news story.
 */
function gregorianFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory' });
}

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
  // Serbian is written in Cyrillic and in Latin letters, and Intl gives its names in Cyrillic only.
  const second = secondScriptLocale(lang);
  const locales = second ? [locale, second] : [locale];
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2021, month, 15));
    for (const format of locales.flatMap((l) => formats.map((f) => ({ l, f })))) {
      const part = gregorianFormat(format.l, format.f)
        .formatToParts(date)
        .find((p) => p.type === 'month');
      const name = fold(part?.value.replace(/\.$/, '') ?? '');
      // Short forms under three letters ("V", "5") are not words we can find in prose.
      const abbreviated = format.f.month === 'short';
      if (name.length >= 3 && !/\d/.test(name) && !(abbreviated && table.has(name)))
        table.set(name, { month, abbreviated });
    }
  }
  for (const [month, name] of (BORROWED_MONTHS[lang] ?? []).entries())
    if (name !== '') table.set(fold(name), { month, abbreviated: false });
  for (const [name, month] of OTHER_ABBREVIATIONS[lang] ?? []) table.set(name, { month, abbreviated: true });
  monthTables.set(lang, table);
  return table;
}

/**
 * Month names a language's news writes besides the ones Intl gives, by month: Sinhala's English ones
 * ("සැප්තැම්බර්" beside Intl's "බිනර", September); the Levantine and Iraqi names of Arabic ("أيلول"
 * beside "سبتمبر"), of one word from February to September ("كانون الثاني" and the other three of two
 * words are left out: their first word alone names two months); and English comments' "Febuary",
 * which a translation writes as February ("2 月", "února").
 */
const BORROWED_MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['', 'febuary', '', '', '', '', '', '', '', '', '', ''],
  ar: ['', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', '', '', ''],
  si: [
    'ජනවාරි',
    'පෙබරවාරි',
    'මාර්තු',
    'අප්‍රේල්',
    'මැයි',
    'ජූනි',
    'ජූලි',
    'අගෝස්තු',
    'සැප්තැම්බර්',
    'ඔක්තෝබර්',
    'නොවැම්බර්',
    'දෙසැම්බර්',
  ],
};

/**
 * Abbreviations news style guides use besides Intl's short names: AP and British style write
 * September "Sept." where Intl says "Sep".
 */
const OTHER_ABBREVIATIONS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  en: [['sept', 8]],
};

const stemTables = new Map<string, { stem: string; month: number }[]>();

/**
 * Languages whose month names inflect though Intl gives them in one form only, and the ending that
 * form loses (null: none, the endings go onto the whole name): Latvian gives "oktobris" where dates say
 * "oktobrī", Greek the genitive "Οκτωβρίου" where prose says "τον Οκτώβριο".
 */
const ONE_FORM_ENDING: Readonly<Record<string, RegExp | null>> = {
  lv: /(?:is|s)$/u,
  el: /ου$/u,
  // Hungarian adds its case endings to the whole name ("októberben"); Slovene and Estonian drop the e
  // of -er before them ("oktobra", "oktoobris").
  hu: null,
  sl: /er$/u,
  et: /er$/u,
  // Serbian and Bosnian drop the a of -ar ("septembar", "17. septembra"), in either script.
  sr: /(?:ar|ар)$/u,
  bs: /(?:ar|ар)$/u,
  // Marathi, Gujarati and Tamil write postpositions onto the name ("ऑक्टोबरमध्ये", "அக்டோபரில்", where
  // Tamil's final virama gives way to the vowel sign).
  mr: null,
  gu: null,
  ta: /்$/u,
};

/** How many letters an inflection may add to a month's stem: postpositions written on are longer. */
const INFLECTION_ROOM: Readonly<Record<string, number>> = { mr: 6, gu: 4, ta: 4 };

/** What two strings start with in common. */
function commonPrefix(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return a.slice(0, k);
}

/**
 * Stems of month names that inflect beyond the forms Intl gives ("январь", "января" → "январ", which
 * also finds "в январе"): the common start of a month's full forms or, when that is shorter than four
 * letters or another month's too, each form without its ending ("leden", "ledna" → "lede", "ledn",
 * which finds "v lednu"), as long as no other month's name starts with the stem. Only for names that
 * Intl itself gives in more than one form: those are the languages that inflect them.
 */
function monthStems(lang: string): { stem: string; month: number }[] {
  const cached = stemTables.get(lang);
  if (cached) return cached;
  const full = [...monthTable(lang)].filter(([, name]) => !name.abbreviated);
  const stems: { stem: string; month: number }[] = [];
  for (let month = 0; month < 12; month++) {
    const forms = full.filter(([, name]) => name.month === month).map(([form]) => form);
    // One form from Intl (one per script), more in prose: the name without its ending stands for them all.
    const ending = ONE_FORM_ENDING[lang];
    if (ending !== undefined)
      forms.push(...forms.map((form) => (ending === null ? form : form.replace(ending, ''))));
    // A name that keeps one form in and out of a date ("Januar", "June") does not inflect: "Junior" is no month.
    if (forms.length < 2) continue;
    const common = forms.reduce(commonPrefix, forms[0] ?? '');
    // The forms without their ending also stand in when the common start is another month's too.
    const candidates = [common, ...forms.map((form) => form.slice(0, -1))];
    for (const stem of new Set(candidates)) {
      const ambiguous = full.some(([form, name]) => name.month !== month && form.startsWith(stem));
      if (stem.length >= 4 && !ambiguous) stems.push({ stem, month });
    }
  }
  stemTables.set(lang, stems);
  return stems;
}

const stemStartTables = new Map<string, Set<string>>();

/** The first three letters of every stem: most words start with none of them and need no further look. */
function stemStarts(lang: string): Set<string> {
  let starts = stemStartTables.get(lang);
  if (!starts) {
    starts = new Set(monthStems(lang).map(({ stem }) => stem.slice(0, 3)));
    stemStartTables.set(lang, starts);
  }
  return starts;
}

/** A month name, in any form Intl knows or an inflection of it (up to three more letters on the stem). */
/** Languages that write a month into a compound noun: "Dezemberwoche", "Maifeiertag", "decembermaand". */
const COMPOUNDING = new Set(['de', 'nl']);

/**
 * The month a compound starts with: its full name and at least three more letters after it ("Junitage",
 * "Julimonarchie", "Dezemberwoche"). Not "Mai", which starts "Maisfeld", nor "August" ("Augustiner"),
 * nor "Junior…".
 */
/** Words that start with a month's name and are no compound of it ("Junior", "Juniper"). */
const NOT_COMPOUND_MONTHS = ['junior', 'juniper'];

function monthInCompound(token: string, lang: string): MonthName | undefined {
  if (!COMPOUNDING.has(lang) || token.length < 7) return undefined;
  const folded = fold(token);
  for (const [name, month] of monthTable(lang))
    if (
      !month.abbreviated &&
      name.length >= 4 &&
      name !== 'august' &&
      folded.length >= name.length + 3 &&
      folded.startsWith(name) &&
      !NOT_COMPOUND_MONTHS.some((word) => folded.startsWith(word))
    )
      return month;
  return undefined;
}

/**
 * Serbian and Bosnian decline the short month names Intl gives whole ("mart", "maj", "jun" → "3. marta",
 * "3. maja", "3. juna"), too short for a stem of their own: the name with its vowel ending, which counts
 * beside a day only ("Maja" is also a name).
 */
const DECLINES_SHORT_MONTHS = new Set(['sr', 'bs']);

function declinedShortMonth(token: string, lang: string): MonthName | undefined {
  if (!DECLINES_SHORT_MONTHS.has(lang) || !/[aeiuаеиу]$/iu.test(token)) return undefined;
  const month = monthTable(lang).get(fold(token.slice(0, -1)));
  return month && !month.abbreviated ? month : undefined;
}

/** "mid-March", "pre-June", "Anfang-Mai": the month after a hyphen, when it is a whole name. */
function monthAfterHyphen(token: string, lang: string): MonthName | undefined {
  const hyphen = token.lastIndexOf('-');
  if (hyphen <= 0) return undefined;
  const month = monthTable(lang).get(fold(token.slice(hyphen + 1)));
  return month && !month.abbreviated ? month : undefined;
}

/** French, Italian and Catalan elide an article or preposition onto a month: "le mois d'avril", "dell'agosto". */
const ELIDED = /^(?:d|l|dell|all|dall|nell|sull)['’]/iu;

/** Turkish writes the case ending after an apostrophe: "3 Mart'ta" (on 3 March), "Eylül'de". */
const APOSTROPHE_ENDING = /['’]\p{L}+$/u;

/** Hebrew writes its prepositions and articles onto the word: "בספטמבר" (in September), "לספטמבר". */
const HEBREW_PREFIX = /^[בלמהוכש]/u;

function monthOf(token: string, lang: string): MonthName | undefined {
  const folded = fold(token.replace(APOSTROPHE_ENDING, ''));
  const exact =
    monthTable(lang).get(folded) ??
    (lang === 'he' && HEBREW_PREFIX.test(folded) ? monthTable(lang).get(folded.slice(1)) : undefined);
  if (exact) return exact;
  const stems = monthStems(lang);
  if (stems.length === 0 || !stemStarts(lang).has(folded.slice(0, 3))) return undefined;
  const room = INFLECTION_ROOM[lang] ?? 3;
  const inflected = stems.find(({ stem }) => folded.startsWith(stem) && folded.length <= stem.length + room);
  return inflected ? { month: inflected.month, abbreviated: false } : undefined;
}

const capitalizedMonths = new Map<string, boolean>();

/** Whether the language writes month names with a capital (English "May", German "Mai"; not Polish "maj"). */
/** Intl capitalises their month names, but writers mostly do not ("kasım ayında", "қараша айында"). */
const MONTHS_OFTEN_LOWERCASE = new Set(['tr', 'az', 'kk', 'ky', 'uz']);

function capitalizesMonths(lang: string): boolean {
  let capitalizes = capitalizedMonths.get(lang);
  if (capitalizes === undefined) {
    if (MONTHS_OFTEN_LOWERCASE.has(lang)) return false;
    try {
      const name = gregorianFormat(lang, { month: 'long' }).format(new Date(Date.UTC(2021, 0, 15)));
      capitalizes = isCapitalized(name);
    } catch {
      capitalizes = false;
    }
    capitalizedMonths.set(lang, capitalizes);
  }
  return capitalizes;
}

/** Words before a month name that make it a date: "in May", "since March", "early August". */
const DATE_LEAD_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    'in',
    'since',
    'until',
    'till',
    'by',
    'from',
    'of',
    'early',
    'late',
    'mid',
    'last',
    'next',
    'this',
    'during',
    'before',
    'after',
    'through',
    'on',
  ]),
  de: new Set([
    'im',
    'seit',
    'bis',
    'ab',
    'vor',
    'nach',
    'ende',
    'anfang',
    'mitte',
    'vom',
    'zum',
    'von',
    'letzten',
    'nächsten',
    'kommenden',
    'diesen',
  ]),
  fr: new Set(['en', 'depuis', 'fin', 'début', 'mi', 'mois', 'de', "d'ici"]),
  nl: new Set(['in', 'sinds', 'tot', 'eind', 'begin', 'half', 'vanaf', 'medio']),
  // Not "în", "din", "pe": "în mai multe" is "in several".
  ro: new Set(['luna', 'lunii', 'începutul', 'sfârșitul', 'mijlocul']),
};

/**
 * Whether a month name that is also an ordinary word ("may", "march", "august") is used as a date:
 * next to a day or a year, or after a word such as "in" or "since". "You may be banned" is no date.
 */
function usedAsDate(
  text: string,
  lang: string,
  tokens: readonly Token[],
  k: number,
  day: string | undefined,
): boolean {
  const token = tokens[k];
  if (!token) return false;
  if (day !== undefined || /^\.?\s*,?\s*\d{4}(?!\d)/.test(text.slice(token.end, token.end + 8))) return true;
  const previous = tokens[k - 1];
  return (
    previous !== undefined &&
    /^\s*$/.test(text.slice(previous.end, token.start)) &&
    (DATE_LEAD_WORDS[lang]?.has(previous.text.toLowerCase()) ?? false)
  );
}

const numericPatterns = new Map<string, RegExp | null>();

/**
 * Languages that write months as numbers ("7月4日" in Chinese and Japanese, "7월 4일" in Korean, "4 tháng
 * 7" in Vietnamese, whose marker comes first): the month and day markers, taken from Intl, as one
 * expression with a `month` and an optional `day` group. Null for languages with month names.
 */
function numericMonthPattern(lang: string): RegExp | null {
  if (numericPatterns.has(lang)) return numericPatterns.get(lang) ?? null;
  let pattern: RegExp | null = null;
  try {
    const parts = gregorianFormat(lang, { month: 'long', day: 'numeric' }).formatToParts(
      new Date(Date.UTC(2021, 6, 15)),
    );
    const monthAt = parts.findIndex((p) => p.type === 'month');
    const month = parts[monthAt]?.value ?? '';
    // The marker is part of the month ("7월") or the literal after it ("7" "月").
    const after = (at: number): string =>
      parts[at + 1]?.type === 'literal' ? (parts[at + 1]?.value.trim() ?? '') : '';
    const monthMarker = /^\d+$/.test(month) ? after(monthAt) : month.replace(/\d+/g, '').trim();
    const dayMarker = after(parts.findIndex((p) => p.type === 'day'));
    if (/^\D+\d+$/.test(month)) {
      // The marker before the number, the day before both: "17 tháng 9", "ngày 17 tháng 9".
      pattern = new RegExp(
        `(?:(?<!\\d)(?<day>\\d{1,2})\\s+)?${escapeRegExp(monthMarker)}\\s*(?<month>\\d{1,2})(?!\\d)`,
        'giu',
      );
    } else if (/\d/.test(month) && monthMarker !== '') {
      const day = dayMarker === '' ? '' : `(?:\\s*(?<day>\\d{1,2})\\s*${escapeRegExp(dayMarker)})?`;
      pattern = new RegExp(`(?<!\\d)(?<month>\\d{1,2})\\s*${escapeRegExp(monthMarker)}${day}`, 'gu');
    }
  } catch {
    // No Intl data for the language: no numeric months.
  }
  numericPatterns.set(lang, pattern);
  return pattern;
}

const NUMERAL_MONTH_OR_DAY = /[零〇一二两三四五六七八九十]{1,3}(?=[月日])/gu;

/**
 * Chinese and Japanese write months and days in numerals too ("九月十七日"): the text with them in
 * digits ("9月17日"), and for each of its characters the original's index.
 */
function withDigitMonthsAndDays(text: string): Compacted | null {
  if (!/[一二三四五六七八九十][月日]/u.test(text)) return null;
  const origin: number[] = [];
  let converted = '';
  let from = 0;
  for (const match of allMatches(NUMERAL_MONTH_OR_DAY, text)) {
    for (let i = from; i < match.index; i++) origin.push(i);
    converted += text.slice(from, match.index);
    const digits = String(cjkNumeralValue(match[0]) ?? '');
    for (let k = 0; k < digits.length; k++) origin.push(match.index + Math.min(k, match[0].length - 1));
    converted += digits;
    from = match.index + match[0].length;
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  return { text: converted + text.slice(from), origin };
}

function numericMonths(text: string, pattern: RegExp, lang: string): MonthMention[] {
  const converted = lang === 'zh' || lang === 'ja' ? withDigitMonthsAndDays(text) : null;
  const mentions: MonthMention[] = [];
  for (const match of allMatches(pattern, converted?.text ?? text)) {
    const month = Number(match.groups?.month) - 1;
    if (!(month >= 0 && month <= 11)) continue;
    const span = converted
      ? originalSpan(converted, match.index, match[0].length)
      : { start: match.index, end: match.index + match[0].length };
    const day = match.groups?.day;
    mentions.push({ month, ...span, day: day === undefined ? null : Number(day) });
  }
  return mentions;
}

/**
 * The word before a month's name in languages without spaces whose bare names are also other words:
 * Khmer "ខែកញ្ញា" is September, "កញ្ញា" alone also "Miss"; Lao "ເດືອນມັງກອນ" January, "ມັງກອນ" a dragon.
 */
const MONTH_MARKERS: Readonly<Record<string, string>> = { km: 'ខែ', lo: 'ເດືອນ' };

const runningTextPatterns = new Map<string, RegExp | null>();

/**
 * Month names inside running text without spaces ("ในเดือนกันยายนนี้", in September this year): the
 * full names, longest first, with a day number before or after and the marker word, if any.
 */
function runningTextMonthPattern(lang: string): RegExp | null {
  if (runningTextPatterns.has(lang)) return runningTextPatterns.get(lang) ?? null;
  const names = [...monthTable(lang)]
    .filter(([name, month]) => !month.abbreviated && name.length >= 3)
    .map(([name]) => name)
    .sort((a, b) => b.length - a.length);
  const marker = MONTH_MARKERS[lang];
  const pattern =
    names.length === 0
      ? null
      : new RegExp(
          `(?:(?<!\\d)(?<before>\\d{1,2})\\s*)?(?<marker>${marker === undefined ? '(?!)' : escapeRegExp(marker)}\\s*)?(?<name>${names.map(escapeRegExp).join('|')})(?:\\s*(?<after>\\d{1,2})(?!\\d))?`,
          'gu',
        );
  runningTextPatterns.set(lang, pattern);
  return pattern;
}

function monthsInRunningText(text: string, lang: string, pattern: RegExp): MonthMention[] {
  const table = monthTable(lang);
  const mentions: MonthMention[] = [];
  for (const match of allMatches(pattern, asciiDigits(text))) {
    const { before, marker, name = '', after } = match.groups ?? {};
    const month = table.get(name);
    const day = before ?? after;
    // A marker language's bare name is a date only beside a day.
    if (!month || (MONTH_MARKERS[lang] !== undefined && marker === undefined && day === undefined)) continue;
    const start = match.index + match[0].indexOf(name, (before?.length ?? 0) + (marker?.length ?? 0));
    mentions.push({
      month: month.month,
      start,
      end: start + name.length,
      day: day === undefined ? null : Number(day),
    });
  }
  return mentions;
}

/**
 * Words that a month's name or stem starts and name no month (in small letters): Czech "pro" (for)
 * is also Intl's short December ("pro 5 lidí" is no 5 December), "červené" (red) is no červen (June)
 * nor "lední" (ice) leden (January); Polish "się" folds to Intl's short August, "sie" ("odbędzie się
 * 5 maja" is 5 May only). Found among the months read in translations whose source has none.
 */
const NOT_MONTHS: Readonly<Record<string, RegExp>> = {
  cs: /^(?:pro|lede|červen(?:ý|á|é|ého|ému|ém|ým|ých|ými|ou)|lední(?:m|ho|mu|ch|mi)?)$/u,
  pl: /^się$/u,
};

/**
 * A day number after a month's name, not an ordinal: Nepali "जुन" is June and "which", and "जुन १२ औँ
 * शताब्दी" is "which 12th century" (Hindi and Marathi write the ordinal with -वाँ/-वीं/-वें, -वे/-व्या).
 */
/** Whether text[from, to) holds an ASCII digit; asked of most words, so without a slice or a regex. */
function hasDigitNear(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

const DAY_AFTER_MONTH = /^\s*(\d{1,2})(?!\d)(?!\s?(?:औँ|औं|वाँ|वीं|वें|वे|व्या))/u;

const YEAR_AFTER_MONTH = /^\s*,?\s*(?:1[5-9]|20)\d\d(?!\d)/;

/** Months mentioned in a text. Abbreviations only count next to a day number, where they cannot be other words. */
export function findMonths(text: string, lang: string): MonthMention[] {
  const numeric = numericMonthPattern(lang);
  if (numeric) return numericMonths(text, numeric, lang);
  // "2.10.2024" is October 2 as much as "2 października 2024" is (not an English "10/2/2024": that could be either).
  // Native digits read as ASCII ones, offsets unchanged: "১৭ সেপ্টেম্বর" is September 17.
  const digits = asciiDigits(text);
  const mentions: MonthMention[] = numericDates(digits, lang)
    .filter((date) => !date.ambiguous)
    .map((date) => ({ month: date.month.value - 1, start: date.start, end: date.end, day: date.day.value }));
  const runningText = isSpacelessScript(lang) ? runningTextMonthPattern(lang) : null;
  if (runningText) return [...mentions, ...monthsInRunningText(text, lang, runningText)];
  const tokens = words(text);
  const capitalized = capitalizesMonths(lang);
  tokens.forEach((token, k) => {
    // The capital first: in English or German it rules out nearly every word without a look-up. Informal
    // writing drops it ("december 27"): a small letter is a month only with its day beside it.
    const smallLetter = capitalized && !isCapitalized(token.text.slice(token.text.lastIndexOf('-') + 1));
    if (smallLetter && !hasDigitNear(digits, token.start - 12, token.end + 4)) return;
    if (NOT_MONTHS[lang]?.test(token.text.toLowerCase()) === true) return;
    const elided = ELIDED.exec(token.text);
    const whole =
      monthOf(elided ? token.text.slice(elided[0].length) : token.text, lang) ??
      monthInCompound(token.text, lang) ??
      monthAfterHyphen(token.text, lang);
    const name = whole ?? declinedShortMonth(token.text, lang);
    if (name === undefined) return;
    // "3rd Nov", "November 3rd", "3. November", "the 21st of Feb" and "21 de feb." carry the day too
    // (not the year's last digits: "2019 මාර්තු 14", "2019. március 14.").
    const before = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:(?:of|de|del)\s+)?$/.exec(
      digits.slice(Math.max(0, token.start - 11), token.start),
    );
    // An abbreviation's period stands between it and its day ("Jan. 12", "Sept. 3, 2009").
    const nameEnd = name.abbreviated && digits.charAt(token.end) === '.' ? token.end + 1 : token.end;
    const after = DAY_AFTER_MONTH.exec(digits.slice(nameEnd, nameEnd + 9));
    const dayText = before?.[1] ?? after?.[1];
    // "Oct. 2005", "Dec 2005": a year after an abbreviation makes it a month as much as a day does.
    const yearAfter = YEAR_AFTER_MONTH.test(digits.slice(nameEnd, nameEnd + 7));
    if ((name.abbreviated || whole === undefined || smallLetter) && dayText === undefined && !yearAfter)
      return;
    // "mai" is Romanian for "more", "may" an English verb: short names and dictionary words need a date beside them.
    const ordinaryWord = token.text.length <= 3 || isKnownWord(token.text.toLowerCase(), lang) === true;
    if (ordinaryWord && (smallLetter || !usedAsDate(text, lang, tokens, k, dayText))) return;
    mentions.push({
      month: name.month,
      start: token.start,
      end: token.end,
      day: dayText === undefined ? null : Number(dayText),
    });
  });
  return mentions;
}

/**
 * Weekday forms a language's news writes beside Intl's, Monday first, which no ending added to Intl's
 * names reaches: Afghan Pashto says the Persian names ("د یکشنبې په ورځ", on Sunday) where Intl gives
 * "يونۍ", with the genitive ending -ې; "on Tuesday" is Lithuanian "antradienį", where the name's -is
 * becomes -į, and Latvian "otrdien", the name "otrdiena" without its -a; Turkish "salıdan" (from
 * Tuesday) has an ending of three letters.
 */
const OTHER_WEEKDAY_FORMS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ps: [
    ['دوشنبه', 'دوشنبې'],
    ['سه\u200cشنبه', 'سه\u200cشنبې'],
    ['چهارشنبه', 'چهارشنبې'],
    ['پنجشنبه', 'پنجشنبې'],
    ['جمعه', 'جمعې'],
    ['شنبه', 'شنبې'],
    ['یکشنبه', 'یکشنبې'],
  ],
  lt: [
    ['pirmadienį'],
    ['antradienį'],
    ['trečiadienį'],
    ['ketvirtadienį'],
    ['penktadienį'],
    ['šeštadienį'],
    ['sekmadienį'],
  ],
  lv: [['pirmdien'], ['otrdien'], ['trešdien'], ['ceturtdien'], ['piektdien'], ['sestdien'], ['svētdien']],
  // Portuguese drops "-feira": "de terça a domingo". Not "segunda", "quarta", "quinta", "sexta", which are
  // ordinals too ("a segunda volta", the second round).
  pt: [[], ['terça', 'terças'], [], [], [], [], []],
  // Turkish suffixes of three letters, which no two-letter ending reaches: "salıdan pazara" (from Tuesday to Sunday).
  tr: [
    ['pazartesiden'],
    ['salıdan'],
    ['çarşambadan'],
    ['perşembeden'],
    ['cumadan'],
    ['cumartesiden'],
    ['pazardan'],
  ],
  // German joins a weekday and the part of the day into one word: "Samstagnachmittag", "Freitagabend".
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'].map((day) =>
    ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'].map((part) => `${day}${part}`),
  ),
  // Japanese news drops the 日 of 土曜日 ("土曜に", 土曜夜).
  ja: [['月曜'], ['火曜'], ['水曜'], ['木曜'], ['金曜'], ['土曜'], ['日曜']],
  // Chinese says Sunday 星期天 as often as Intl's 星期日, and every day with 礼拜 too.
  zh: [
    ['礼拜一', '禮拜一'],
    ['礼拜二', '禮拜二'],
    ['礼拜三', '禮拜三'],
    ['礼拜四', '禮拜四'],
    ['礼拜五', '禮拜五'],
    ['礼拜六', '禮拜六'],
    ['星期天', '礼拜天', '礼拜日', '禮拜天', '禮拜日'],
  ],
};

/**
 * Weekday names as prose writes them where Intl gives the planets' names (Tamil "வெள்ளி" is Friday,
 * Venus and silver): with "கிழமை" (day) and the name's joining form, "வெள்ளிக்கிழமை", "திங்கட்கிழமை".
 * Looked for at the start of a word, since case endings follow ("புதன்கிழமைக்குள்", by Wednesday).
 */
const PROSE_WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  ta: ['திங்கட்கிழமை', 'செவ்வாய்க்கிழமை', 'புதன்கிழமை', 'வியாழக்கிழமை', 'வெள்ளிக்கிழமை', 'சனிக்கிழமை', 'ஞாயிற்றுக்கிழமை'],
};

/**
 * The word before a weekday's name in languages whose bare names are also the planets': Khmer
 * "ថ្ងៃអាទិត្យ" is Sunday, "ព្រះអាទិត្យ" the sun. Intl gives the bare names.
 */
const WEEKDAY_MARKERS: Readonly<Record<string, string>> = { km: 'ថ្ងៃ' };

/**
 * The weekday names of `lang` with their day (0 = Monday): Intl's long and short ones without a final
 * period (after the marker word, where the bare names are the planets'), with the other forms news writes;
 * or the names prose writes, where Intl gives only the planets'.
 */
function weekdayNames(lang: string): { name: string; day: number }[] {
  const prose = PROSE_WEEKDAYS[lang];
  if (prose) return prose.map((name, day) => ({ name, day }));
  const names: { name: string; day: number }[] = [];
  const second = secondScriptLocale(lang);
  const marker = WEEKDAY_MARKERS[lang] ?? '';
  try {
    for (const locale of second ? [lang, second] : [lang]) {
      const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
      for (let day = 0; day < 7; day++) {
        const date = new Date(Date.UTC(2021, 0, 4 + day));
        const longName = long.format(date).replace(/\.$/, '');
        const shortName = short.format(date).replace(/\.$/, '');
        names.push({ name: marker + longName, day });
        // Thai "วันจันทร์" is Monday, its short "จันทร์" also the moon: a short name inside the long one
        // is a word of its own.
        if (marker === '' && (shortName === longName || !longName.includes(shortName)))
          names.push({ name: shortName, day });
      }
    }
  } catch {
    // No Intl data for the language: no weekday names.
  }
  for (const [day, forms] of (OTHER_WEEKDAY_FORMS[lang] ?? []).entries())
    for (const name of forms) names.push({ name, day });
  return names;
}

const weekdayTables = new Map<string, Set<string>>();

/** Weekday names (long and short, folded) from Intl: "Monday", "Mon", "poniedziałek". */
function weekdayTable(lang: string): Set<string> {
  let table = weekdayTables.get(lang);
  if (table) return table;
  table = new Set();
  for (const { name } of weekdayNames(lang)) {
    const folded = fold(name);
    if (folded.length >= 3) table.add(folded);
  }
  weekdayTables.set(lang, table);
  return table;
}

/** Words shorter than this are too often something else ("Sun", "Mon", Japanese 日). */
const MIN_WEEKDAY = 4;

interface WeekdayIndex {
  /** Stem → the day it names and the length of that day's name. */
  byStem: Map<string, { day: number; length: number }>;
  /** For scripts without spaces: names to look for inside the text ("星期二", "周二", "火曜日"). */
  whole: [name: string, day: number][];
  /** Names of two or more words ("thứ Tư", "çərşənbə axşamı", "יום שלישי"), looked for whole. */
  phrases: [pattern: RegExp, day: number][];
  /** Names that start a word whatever ending follows (Tamil "புதன்கிழமைக்குள்"). */
  wordStarts: [name: string, day: number][];
}

/**
 * Vietnamese names weekdays "thứ" and a numeral ("thứ Tư", Wednesday), which is also how it writes an
 * ordinal ("lần thứ tư", the fourth time): only a capitalised numeral is a weekday.
 */
const ORDINAL_WEEKDAYS: Readonly<Record<string, string>> = { vi: 'thứ' };
/** Hebrew writes its prepositions and articles onto the word: "ביום שלישי", on Tuesday. */
const WORD_PREFIXES: Readonly<Record<string, string>> = { he: '[בהולמש]?' };

/** A weekday name of several words as an expression: its first letter in either case, spaces (or a zero-width non-joiner) as any. */
function weekdayPhrase(name: string, lang: string): RegExp {
  const [first = '', ...rest] = name.split(/\s+/u);
  const ordinal = ORDINAL_WEEKDAYS[lang] === first.toLowerCase();
  const initial = first.charAt(0);
  const head = `[${escapeRegExp(initial.toLowerCase())}${escapeRegExp(initial.toUpperCase())}]${escapeRegExp(first.slice(1))}`;
  const tail = rest.map((word) => {
    if (!ordinal) return escapeRegExp(word);
    // The numeral keeps its capital: "thứ Tư", not "thứ tư".
    return `${escapeRegExp(word.charAt(0).toUpperCase())}${escapeRegExp(word.slice(1))}`;
  });
  const flags = ordinal ? 'gu' : 'giu';
  return new RegExp(
    `(?<![\\p{L}\\p{M}])${WORD_PREFIXES[lang] ?? ''}${head}${tail.map((word) => `[\\s\\u200c]+${word}`).join('')}(?![\\p{L}\\p{M}])`,
    flags,
  );
}

/**
 * Languages that write case endings and postpositions onto a weekday's name, longer than the two
 * letters an ending may add elsewhere: Finnish "tiistaihin" (by Tuesday), Estonian "kolmapäevani"
 * (until Wednesday), Marathi "बुधवारपर्यंत", Nepali "बुधबारसम्म". Their names of six letters or more
 * are looked for at the start of a word, as the Tamil prose names are.
 */
const SUFFIXING_WEEKDAYS = new Set(['et', 'fi', 'mr', 'ne']);
const MIN_SUFFIXED_WEEKDAY = 6;

/**
 * Words that share a weekday's stem, with an ending a weekday could have, and name none (folded):
 * Czech "střední" (central) and "nedělá" (does not do) are no Wednesday and Sunday, nor "čtvrtém"
 * (fourth) Thursday; German "Diensten" (services) no Tuesday, "Montana" no Monday; Russian "среди"
 * (among) no Wednesday; Indonesian and Malay "selama" (during) no Tuesday; Polish "piątego" (fifth)
 * no Friday. Found among the weekdays read in translations whose source names none. A month's name
 * is none either (Romanian "martie", March, is "marți", Tuesday, with an ending).
 */
const NOT_WEEKDAYS: Readonly<Record<string, RegExp>> = {
  cs: /^(?:stredn|stre[tlvc]|nedel(?:a|ej)|nedej|pate[nr]|ctvrt(?:y|a|e|em|ou|eho|emu|ych|ymi|i)$)/,
  de: /^(?:montan|montau|dienste[ns]?$)/,
  ru: /^среди$/,
  id: /^selama$/,
  ms: /^selama$/,
  pl: /^piat(?:y|a|e|ego|ej|emu|ym|ych|ymi)$/,
};

/** Whether a word that looks like a weekday is one of the words that name none (or a month's name). */
const namesNoWeekday = (folded: string, lang: string): boolean =>
  NOT_WEEKDAYS[lang]?.test(folded) === true || monthTable(lang).has(folded);

const weekdayIndexes = new Map<string, WeekdayIndex>();

function weekdayIndex(lang: string): WeekdayIndex {
  const cached = weekdayIndexes.get(lang);
  if (cached) return cached;
  const index: WeekdayIndex = { byStem: new Map(), whole: [], phrases: [], wordStarts: [] };
  const ambiguous = new Set<string>();
  for (const { name, day } of weekdayNames(lang)) {
    if (PROSE_WEEKDAYS[lang]) {
      index.wordStarts.push([fold(name), day]);
      continue;
    }
    if (isSpacelessScript(lang)) {
      if (name.length >= 2) index.whole.push([name, day]);
      continue;
    }
    // Persian writes "سه‌شنبه" (Tuesday) with a zero-width non-joiner or a space: "سه شنبه", not "شنبه" (Saturday).
    const spaced = name.replaceAll('\u200c', ' ');
    if (/\s/u.test(spaced)) {
      const phrase = weekdayPhrase(spaced, lang);
      // Intl's short and long names are often the same.
      if (!index.phrases.some(([known]) => known.source === phrase.source)) index.phrases.push([phrase, day]);
      continue;
    }
    if (name.length < MIN_WEEKDAY) continue;
    const folded = fold(name);
    if (SUFFIXING_WEEKDAYS.has(lang) && folded.length >= MIN_SUFFIXED_WEEKDAY) {
      index.wordStarts.push([folded, day]);
      continue;
    }
    for (const stem of endingVariants(folded, MIN_WEEKDAY)) {
      const known = index.byStem.get(stem);
      if (known !== undefined && known.day !== day) ambiguous.add(stem);
      if (!known || folded.length < known.length) index.byStem.set(stem, { day, length: folded.length });
    }
  }
  // "feira" ends every Portuguese weekday: a stem shared by two days names neither.
  for (const stem of ambiguous) index.byStem.delete(stem);
  weekdayIndexes.set(lang, index);
  return index;
}

/**
 * The weekdays a text names, 0 for Monday: "on Sunday", "w niedzielę", "am Sonntag" and "星期日" are
 * all 6. An inflected form is as long as the name or longer; a shorter word that starts alike is
 * another word (Czech "střed", centre, is not "středa").
 */
export function findWeekdays(text: string, lang: string): number[] {
  return weekdayMentions(text, lang).map((mention) => mention.day);
}

export interface WeekdayMention {
  /** 0 for Monday. */
  day: number;
  start: number;
  end: number;
}

/** Whether the language has weekday names of several words ("thứ Tư"), whose words are no names. */
export function hasWeekdayPhrases(lang: string): boolean {
  return weekdayIndex(lang).phrases.length > 0;
}

/** The weekdays a text names, with where (see findWeekdays); each day once in scripts without spaces. */
export function weekdayMentions(text: string, lang: string): WeekdayMention[] {
  // Every English weekday ends in "day": most sentences are done with at once.
  if (lang === 'en' && !/day/i.test(text)) return [];
  const index = weekdayIndex(lang);
  const mentions: WeekdayMention[] = [];
  // Names of several words first, and their words not again: Azerbaijani "çərşənbə axşamı" (Tuesday)
  // holds "çərşənbə" (Wednesday).
  for (const [pattern, day] of index.phrases)
    for (const match of allMatches(pattern, text))
      if (!mentions.some((m) => m.start < match.index + match[0].length && match.index < m.end))
        mentions.push({ day, start: match.index, end: match.index + match[0].length });
  const inPhrase = (word: Token): boolean => mentions.some((m) => m.start <= word.start && word.end <= m.end);
  if (index.byStem.size > 0)
    for (const word of words(text)) {
      if (word.text.length < MIN_WEEKDAY || inPhrase(word)) continue;
      const folded = fold(word.text.replace(APOSTROPHE_ENDING, ''));
      const found = endingVariants(folded, MIN_WEEKDAY)
        .map((stem) => index.byStem.get(stem))
        .find((entry) => entry !== undefined && folded.length >= entry.length);
      if (found && !namesNoWeekday(folded, lang))
        mentions.push({ day: found.day, start: word.start, end: word.end });
    }
  if (index.wordStarts.length > 0)
    for (const word of words(text)) {
      const folded = fold(word.text);
      const found = index.wordStarts.find(([name]) => folded.startsWith(name));
      if (found) mentions.push({ day: found[1], start: word.start, end: word.end });
    }
  for (const [name, day] of index.whole) {
    const at = text.indexOf(name);
    if (at >= 0 && !mentions.some((m) => m.day === day))
      mentions.push({ day, start: at, end: at + name.length });
  }
  return mentions;
}

/** Whether a word names a weekday or a month: capitalised in English, but dates, not names. */
/**
 * The months (1–12) a text names in any word that is a month's name or abbreviation, with no day or
 * year beside it ("the May Revolution", "the Feb incident", "since dec"): too loose to say that the
 * text speaks of a date, enough to tell that a "5月" in its translation is that month.
 */
export function monthsNamedLoosely(text: string, lang: string): ReadonlySet<number> {
  const months = new Set<number>();
  const table = monthTable(lang);
  for (const token of words(text)) {
    if (NOT_MONTHS[lang]?.test(token.text.toLowerCase()) === true) continue;
    const month = table.get(fold(token.text));
    if (month) months.add(month.month + 1);
  }
  return months;
}

export function isCalendarWord(word: string, lang: string): boolean {
  const folded = fold(word.replace(APOSTROPHE_ENDING, ''));
  if (weekdayTable(lang).has(folded) || monthTable(lang).has(folded)) return true;
  // "on Mondays", "montags", "les lundis": a weekday in the plural or as an adverb is still a date.
  return folded.endsWith('s') && weekdayTable(lang).has(folded.slice(0, -1));
}
