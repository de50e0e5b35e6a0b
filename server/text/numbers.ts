import { allMatches } from '../util/regexp';
import { memoize } from './memo';
import { type Compacted, originalSpan } from './compact';
import { asciiDigits } from './digits';
import { numericDates } from './numeric-dates';
import {
  VULGAR_FRACTION,
  decadeValues,
  isDottedTime,
  leadingPointValues,
  basisPointValues,
  belowZeroByWord,
  shortYearValues,
  withVulgarFractions,
} from './number-readings';
import { HAS_ERA, calendarYears, withEraYears } from './calendar-years';

export interface NumberMention {
  start: number;
  end: number;
  raw: string;
  /** Every value the written form can mean: "1,500" is 1500 in English and 1.5 in Polish. */
  values: number[];
  /** The whole date, when this is the day, month or year of one written in digits ("2.10.2024"). */
  date?: { start: number; end: number };
  /** The values with the scale word that follows ("50 million", "5 करोड़"), when one does. */
  scaled?: number[];
}

/**
 * A number not glued to a word ("A4", "COVID19"); Chinese, Japanese and Korean write no spaces, so
 * "超过12,000人" and "2002年" are numbers all the same. A space groups thousands after a first group of
 * one to three digits only: "12 000" is one number, "Juni 2021 248 Patienten" two. An apostrophe
 * groups thousands (Swiss "1'000") only before three digits: "5'2''" is five feet two inches.
 */
const NUMBER =
  /(?<!\d)(?<!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\p{L})[-−]?\d+(?:(?:[.,]|['’](?=\d{3}(?!\d))|(?<=(?:^|\D)\d{1,3}|[\u00a0\u202f\u2009 ]\d{3})[\u00a0\u202f\u2009 ](?=\d{3}(?!\d)))\d+)*/gu;

/** Myriad units: "5000万" is 50 million, "1万2000" is 12,000. */
export const MYRIADS: Readonly<Record<string, number>> = {
  万: 1e4,
  萬: 1e4,
  만: 1e4,
  亿: 1e8,
  億: 1e8,
  억: 1e8,
  兆: 1e12,
  조: 1e12,
};
/** Units below a myriad, which Korean writes after digits ("5천만" is 50 million, "2천" 2,000). */
const SMALL_UNITS: Readonly<Record<string, number>> = { 千: 1e3, 천: 1e3, 百: 100, 백: 100 };
const HAS_MYRIAD = /[万萬만亿億억兆조千천百백]/u;

/** "More than" written between a number and its unit: "50多万" and "50余万" (over 500,000), "50여만". */
const APPROXIMATE = new Set(['多', '余', '餘', '여']);

/** The units written right after a number ("천만" in "5천만") and what they multiply it by. */
function unitsAfter(text: string, end: number): { length: number; factor: number; myriad: number } {
  // Tokenised text spaces the units out ("6 百 万", "100 万"): a space counts only before a unit.
  const unitAt = (at: number): number =>
    text.charAt(at) === ' ' && HAS_MYRIAD.test(text.charAt(at + 1)) ? at + 1 : at;
  const approximateAt = unitAt(end);
  const approximate =
    APPROXIMATE.has(text.charAt(approximateAt)) && HAS_MYRIAD.test(text.charAt(unitAt(approximateAt + 1)));
  const from = unitAt(approximate ? unitAt(approximateAt + 1) : end);
  const small = SMALL_UNITS[text.charAt(from)];
  let at = small ? unitAt(from + 1) : from;
  let myriad = MYRIADS[text.charAt(at)] ?? 0;
  if (myriad > 0) at++;
  // Myriads multiply: "126万亿元" is 126 · 10⁴ · 10⁸, 126 trillion.
  for (
    let next = MYRIADS[text.charAt(unitAt(at))] ?? 0;
    next > myriad && myriad > 0;
    next = MYRIADS[text.charAt(unitAt(at))] ?? 0
  ) {
    myriad *= next;
    at = unitAt(at) + 1;
  }
  if (!small && myriad === 0) return { length: 0, factor: 1, myriad: 0 };
  return { length: at - end, factor: (small ?? 1) * (myriad || 1), myriad };
}

/**
 * Folds "5000万" into one mention of 5·10⁷, "1万2000" into one of 12,000, and the Korean "1만 2천"
 * (a space after the myriad) into one of 12,000 too.
 */
function withMyriads(text: string, mentions: NumberMention[]): NumberMention[] {
  const result: NumberMention[] = [];
  let previousMyriad = 0;
  for (const mention of mentions) {
    const units = unitsAfter(text, mention.end);
    const previous = result[result.length - 1];
    const gap = previous ? text.slice(previous.end, mention.start) : null;
    const rest = mention.values.map((v) => v * units.factor);
    if (previous && previousMyriad > 0 && (gap === '' || gap === ' ') && (rest[0] ?? 0) < previousMyriad) {
      // The rest after a myriad: 1万 + 2000.
      previous.values = previous.values.map((v) => v + (rest[0] ?? 0));
      previous.end = mention.end + units.length;
      previous.raw = text.slice(previous.start, previous.end);
      previousMyriad = units.myriad;
      continue;
    }
    previousMyriad = units.myriad;
    if (units.length === 0) {
      result.push(mention);
      continue;
    }
    result.push({
      ...mention,
      end: mention.end + units.length,
      raw: text.slice(mention.start, mention.end + units.length),
      values: rest,
    });
  }
  return result;
}

/** Languages that write a decimal comma; the rest write a decimal point. */
const DECIMAL_COMMA = new Set([
  'pl',
  'de',
  'cs',
  'fr',
  'es',
  'ru',
  'uk',
  'it',
  'pt',
  'nl',
  'ro',
  'sk',
  'sl',
  'hr',
  'sv',
  'da',
  'no',
  'fi',
  'hu',
  'tr',
  'bg',
  'el',
  'lt',
  'lv',
  'et',
  'ca',
  'id',
  'nb',
  'sr',
  'vi',
]);

export function usesDecimalComma(lang: string): boolean {
  return DECIMAL_COMMA.has(lang);
}

function parseCandidates(raw: string, lang: string): number[] {
  const sign = /^[-−]/.test(raw) ? -1 : 1;
  const body = raw.replace(/^[-−]/, '').replace(/[\u00a0\u202f\u2009 '’]/g, '');
  const separators = allMatches(/[.,]/g, body).map((m) => m[0]);
  if (separators.length === 0) return [sign * Number(body)];
  const last = separators[separators.length - 1] ?? '.';
  const distinct = new Set(separators);
  const asDecimal = (decimal: string): number => {
    const group = decimal === '.' ? ',' : '.';
    return sign * Number(body.split(group).join('').replace(decimal, '.'));
  };
  // Both marks: the last one is the decimal point if it stands once ("1,000.5"); "1,000.1.1" has none.
  if (distinct.size === 2)
    return separators.indexOf(last) === separators.length - 1
      ? [asDecimal(last)]
      : [sign * Number(body.replace(/[.,]/g, ''))];
  if (separators.length > 1) return [sign * Number(body.replace(/[.,]/g, ''))];
  const digitsAfter = body.length - body.lastIndexOf(last) - 1;
  const grouped = sign * Number(body.replace(last, ''));
  const decimal = asDecimal(last);
  if (digitsAfter !== 3) return [decimal];
  // "1,500" / "1.500": the locale decides first, but MT output mixes conventions, so keep both readings.
  const localeDecimal = usesDecimalComma(lang) ? ',' : '.';
  return last === localeDecimal ? [decimal, grouped] : [grouped, decimal];
}

/**
 * Scale words after a number: "50 million" is also 5·10⁷, which is how Chinese and Japanese write it
 * (5000万). The plain reading stays, so "50 Millionen" still matches "50 million". Abbreviations may
 * take a period ("5 Mio. Euro", "3 tys. zł").
 */
const SCALE_WORDS: readonly [words: string, value: number][] = [
  [
    'mil millones|mil milhões|billion|bilhão|bilhões|bn|mld|mlrd|mrd|miliard\\p{L}*|milijard\\p{L}*|milliard\\p{L}*|milliárd\\p{L}*|miljard\\p{L}*|milyar|miliar|tỷ|миллиард\\p{L}*|мільярд\\p{L}*|млрд|δισεκατομμύρι\\p{L}*|مليار\\p{L}*|میلیارد|अरब|ارب|বিলিয়ন',
    1e9,
  ],
  ['trillion', 1e12],
  // Indian English and the languages of India count in crores (10⁷) and lakhs (10⁵): "5 करोड़ यूरो",
  // "৫ কোটি ইউরো" and "5 கோடி யூரோ" are 50 million euros.
  ['crores?|करो(?:ड़|ड़|ड)\\p{M}*|कोटी|কোটি|கோடி|కోటి|కోట్ల|ಕೋಟಿ|കോടി|કરોડ|ਕਰੋੜ|کروڑ', 1e7],
  ['lakhs?|lacs?|लाख[\\p{L}\\p{M}]*|লাখ|লক্ষ|லட்சம்|లక్ష(?:లు|ల)?|ಲಕ್ಷ|ലക്ഷം|લાખ|ਲੱਖ|لاکھ', 1e5],
  [
    'million\\p{L}*|millió\\p{L}*|mln|mio|milion\\p{L}*|miljoen\\p{L}*|miljon\\p{L}*|miljoona\\p{L}*|millón|millones|milhão|milhões|milyon|juta|triệu|миллион\\p{L}*|мільйон\\p{L}*|млн|εκατομμύρι\\p{L}*|مليون|ملايين|میلیون|ملین|मिलियन|মিলিয়ন',
    1e6,
  ],
  [
    'thousand|tys|tysięcy|tysiące|tysiąc\\p{L}*|tisíc\\p{L}*|tausend|duizend|tusen|ezer|bin|ribu|nghìn|ngàn|millier\\p{L}*|mille|mil|mila|тыс|тысяч\\p{L}*|тис|тисяч\\p{L}*|χιλιάδ\\p{L}*|ألف|آلاف|هزار|ہزار|ह(?:ज़|ज़|ज)ार|হাজার',
    1e3,
  ],
];

/**
 * Scale words of languages written without spaces between words, which run on into the next word
 * ("១៦ លាននាក់", 16 million people, in Khmer; "5 ล้านคน" in Thai): no word boundary after them.
 */
const JOINED_SCALE_WORDS: readonly [words: string, value: number][] = [
  ['ប៊ីលាន|พันล้าน', 1e9],
  ['លាន|ล้าน|သန်း', 1e6],
  ['សែន|แสน|သိန်း', 1e5],
  ['ម៉ឺន|หมื่น|သောင်း', 1e4],
  // Not Thai พัน, which also starts พันธุ์ (breed), nor Burmese ထောင် (also a prison).
  ['ពាន់', 1e3],
];

const SCALES: readonly [RegExp, number][] = [
  ...SCALE_WORDS.map(([words, value]): [RegExp, number] => [
    new RegExp(`^\\s?(?:${words})(?![\\p{L}])`, 'iu'),
    value,
  ]),
  ...JOINED_SCALE_WORDS.map(([words, value]): [RegExp, number] => [
    new RegExp(`^\\s?(?:${words})`, 'u'),
    value,
  ]),
];

/** A scale word right at `at` ("million", "Mrd.", "тыс."), with its period and the space after it. */
export const SCALE_WORD = new RegExp(
  `^(?:(?:${SCALE_WORDS.map(([words]) => words).join('|')})(?![\\p{L}])\\.?\\s?|(?:${JOINED_SCALE_WORDS.map(([words]) => words).join('|')}))`,
  'iu',
);

/**
 * Languages that count on the long scale, where the word that looks like "billion" is a million
 * millions ("5 Billionen", "5 billions", "5 billones", "5 biliardi" is another step): MT that writes it
 * for the English billion multiplies the amount by a thousand. Their word for 10⁹ is a "milliard".
 * Brazilian "bilhão" is the English billion; European Portuguese writes "bilião" for the long one.
 */
const LONG_SCALE_LANGUAGES = new Set([
  'de',
  'fr',
  'es',
  'ca',
  'it',
  'nl',
  'pl',
  'cs',
  'sk',
  'sv',
  'da',
  'no',
  'nb',
  'fi',
  'hu',
  'ro',
  'pt',
  'hr',
  'sr',
  'bs',
  'sl',
  'lt',
  'lv',
  'et',
]);
const LONG_SCALE_BILLION =
  /^\s?(?:billion\p{L}*|bilion\p{L}*|biljon\p{L}*|billió\p{L}*|billón|billones|bilió|bilions|bilião|biliões|biljoen\p{L}*|biljoona\p{L}*|bilion[ei]|bilijun\p{L}*|bilijon\p{L}*)(?![\p{L}])/iu;

function scaleOf(text: string, end: number, lang: string): number | null {
  const after = text.slice(end, end + 16);
  if (LONG_SCALE_LANGUAGES.has(lang) && LONG_SCALE_BILLION.test(after)) return 1e12;
  return SCALES.find(([pattern]) => pattern.test(after))?.[1] ?? null;
}

/** Tokenised text spaces out the separators inside a number: "40 . 6", "20 , 000". */
const SPACED_SEPARATOR = /\d [.,] \d/;
// A spaced comma joins a group of three digits only to a number of three digits at most ("20 , 000"):
// "1900 , 340,000" is a list.
const SPACED_PARTS = /(\d) (\.) (?=\d)|(?<!\d{3})(\d) (,) (?=\d{3}(?!\d))/g;

/** The text with spaced-out separators closed up, and for each of its characters the original's index. */
function closedUp(text: string): Compacted {
  const origin: number[] = [];
  let closed = '';
  let from = 0;
  for (const match of allMatches(SPACED_PARTS, text)) {
    for (let i = from; i <= match.index; i++) origin.push(i);
    closed += text.slice(from, match.index + 1) + (match[2] ?? match[4] ?? '');
    origin.push(match.index + 2);
    from = match.index + match[0].length;
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  return { text: closed + text.slice(from), origin };
}

/** An hour on the 12-hour clock: "3 p.m.", "3:30 pm", "11 PM" — translations write 15, 15:30, 23. */
const AFTERNOON = /^(?:[:.][0-5]\d)?\s?(?:p\.\s?m\.?|pm|PM)(?![\p{L}])/u;
const MIDNIGHT_HOUR = /^(?:[:.][0-5]\d)?\s?(?:a\.\s?m\.?|am|AM)(?![\p{L}])/u;

/** The values an hour can also be written as on the 24-hour clock. */
function clockValues(text: string, end: number, values: readonly number[]): number[] {
  const hour = values[0];
  if (hour === undefined || !Number.isInteger(hour) || hour < 1 || hour > 12) return [];
  const after = text.slice(end, end + 8);
  if (hour < 12 && AFTERNOON.test(after)) return [hour + 12];
  if (hour === 12 && MIDNIGHT_HOUR.test(after)) return [0, 24];
  return [];
}

/** The minutes of a full hour ("15:00", "9h00", "14.00 Uhr"), which a translation may leave out ("3 p.m."). */
function isFullHour(text: string, mention: NumberMention): boolean {
  return (
    mention.raw === '00' &&
    /(?<!\d)\d{1,2} ?[:h.] ?$/u.test(text.slice(Math.max(0, mention.start - 5), mention.start))
  );
}

/**
 * Roman numerals of two letters or more in I, V and X (centuries, chapters, monarchs: "secolul XIX",
 * "Henry VIII", "World War II"), which translations write in digits ("19th century") or keep. "I", "V"
 * and "X" alone are too often a pronoun or a letter, and C, D, L and M spell acronyms ("CD", "DC", "MD").
 * French writes the ordinal ending on ("le XXIe siècle", "XIXème"); it is not part of the numeral.
 */
const ROMAN =
  /(?<![\p{L}\p{N}])(?=[IVX]{2,}(?:e|ème|eme|ᵉ)?(?![\p{L}\p{N}]))X{0,3}(?:IX|IV|V?I{0,3})(?=(?:e|ème|eme|ᵉ)?(?![\p{L}\p{N}]))/gu;
const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

const ROMAN_WORD = new RegExp(`^(?:${ROMAN.source})(?:e|ème|eme|ᵉ)?$`, 'u');

export function isRomanNumeral(word: string): boolean {
  return word.length >= 2 && ROMAN_WORD.test(word);
}

/** The values of the Roman numerals in a text. */
export function romanNumerals(text: string): number[] {
  if (!/[IVX]{2}/.test(text)) return [];
  const values: number[] = [];
  for (const match of allMatches(ROMAN, text)) {
    let value = 0;
    for (let i = 0; i < match[0].length; i++) {
      const here = ROMAN_VALUE[match[0].charAt(i)] ?? 0;
      const next = ROMAN_VALUE[match[0].charAt(i + 1)] ?? 0;
      value += here < next ? -here : here;
    }
    if (value > 0) values.push(value);
  }
  return values;
}

/** "24/7" (and "24/7/365") is "always", which translations write in words: "rund um die Uhr". */
const ROUND_THE_CLOCK = /(?<!\d)24\s?\/\s?7(?:\s?\/\s?365)?(?!\d)/g;

/** A race time with its hundredths after the seconds' sign: "10秒72", "10\"72" (Italian) for 10.72 seconds. */
const SPLIT_SECONDS = /(?<!\d|\d[.,])(\d{1,3})(?:秒|["″])(\d{1,3})(?!\d|[.,]\d)/gu;

function splitSeconds(digits: string): { start: number; end: number; values: number[] }[] {
  if (!digits.includes('秒') && !digits.includes('"') && !digits.includes('″')) return [];
  return allMatches(SPLIT_SECONDS, digits).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    values: [Number(`${match[1] ?? ''}.${match[2] ?? ''}`)],
  }));
}

/**
 * The numbers in a text, each with every value its written form can mean. Three checks read the same
 * sentence's numbers, so they are found once.
 */
export const extractNumbers: (text: string, lang: string) => readonly NumberMention[] = memoize(findNumbers);

/**
 * Digits that draw a face or a heart in a comment — "<3", "8-)", "o_0" — or stand for an exclamation
 * mark pressed without Shift ("!!!1"): no number a translation must keep. Tokenised MT output writes
 * them "< 3" and "! ! ! 1"; spaced, they count only where nothing but punctuation follows ("Wow! 1
 * million views" keeps its number).
 */
const NOT_A_NUMBER =
  /(?<![\p{L}\p{N}<])<3+(?![\p{N}])|(?<![\p{L}\p{N}])[8B] ?- ?(?:[)D(] ?)*[)D(]|(?<![\p{L}\p{N}])[oO0]_[oO0](?![\p{L}\p{N}])|(?<=!)1+(?!\p{N})|(?<![\p{L}\p{N}<])<\s3+(?=\s*(?:$|[\p{P}\p{S}]))|(?<=!\s)1+(?=\s*(?:$|[\p{P}\p{S}]))/gu;
const MAY_DRAW = /<\s?3|- ?[)D(]|_|!\s?1/u;

function findNumbers(text: string, lang: string): NumberMention[] {
  const drawn = MAY_DRAW.test(text) ? allMatches(NOT_A_NUMBER, text) : [];
  return drawn.length === 0
    ? readNumbers(text, lang)
    : readNumbers(text, lang).filter(
        (mention) => !drawn.some((d) => mention.start < d.index + d[0].length && mention.end > d.index),
      );
}

function readNumbers(text: string, lang: string): NumberMention[] {
  const digits = asciiDigits(text);
  const compacted = SPACED_SEPARATOR.test(digits) ? closedUp(digits) : null;
  // A date in digits ("2.10.2024") is three numbers, day, month and year, as "October 2, 2024" has them.
  const dates = numericDates(digits, lang);
  const mentions: NumberMention[] = dates.flatMap((date) =>
    [date.day, date.month, date.year].map((part) => ({
      start: part.start,
      end: part.end,
      raw: text.slice(part.start, part.end),
      values: [part.value],
      date: { start: date.start, end: date.end },
    })),
  );
  const timed = splitSeconds(digits);
  mentions.push(...timed.map((time) => ({ ...time, raw: text.slice(time.start, time.end) })));
  const taken = [...dates, ...timed];
  const inDate = (start: number, end: number): boolean => taken.some((d) => start < d.end && end > d.start);
  for (const match of allMatches(NUMBER, compacted?.text ?? digits)) {
    const { start, end } = compacted
      ? originalSpan(compacted, match.index, match[0].length)
      : { start: match.index, end: match.index + match[0].length };
    if (inDate(start, end)) continue;
    // "14.30 Uhr" is an hour and its minutes, as "14:30" is.
    if (isDottedTime(text, start, end)) {
      const dot = text.indexOf('.', start);
      const hour = Number(digits.slice(start, dot));
      // "2.30pm" is 14:30 as "2:30 p.m." is.
      mentions.push(
        { start, end: dot, raw: text.slice(start, dot), values: [hour, ...clockValues(text, dot, [hour])] },
        { start: dot + 1, end, raw: text.slice(dot + 1, end), values: [Number(digits.slice(dot + 1, end))] },
      );
      continue;
    }
    const read = [...leadingPointValues(text, start, match[0]), ...parseCandidates(match[0], lang)];
    const parsed = [
      ...read,
      ...calendarYears(read, lang),
      ...decadeValues(text, start, end),
      ...shortYearValues(text, start, end),
    ];
    // "minus 5 degrees" is the "-5 Grad" of the translation.
    const signed = belowZeroByWord(text, start, end) ? [...parsed, ...parsed.map((v) => -v)] : parsed;
    const values = [...signed, ...basisPointValues(text, end, parsed)];
    const scale = scaleOf(text, end, lang);
    const scaled = scale === null ? null : values.map((v) => v * scale);
    mentions.push({
      start,
      end,
      raw: text.slice(start, end),
      values: [...values, ...(scaled ?? []), ...clockValues(text, end, values)],
      ...(scaled ? { scaled } : {}),
    });
  }
  const always = text.includes('24') ? allMatches(ROUND_THE_CLOCK, text) : [];
  const kept = mentions
    .filter(
      (m) =>
        !isFullHour(text, m) && !always.some((a) => m.start >= a.index && m.end <= a.index + a[0].length),
    )
    .sort((a, b) => a.start - b.start);
  const counted = HAS_MYRIAD.test(text) ? withMyriads(text, kept) : kept;
  const withFractions = VULGAR_FRACTION.test(text) ? withVulgarFractions(text, counted) : counted;
  return HAS_ERA.test(text) ? withEraYears(digits, text, withFractions) : withFractions;
}

/**
 * Whether two mentions can be the same number. Each reading counts ("1,500" is 1500 or 1.5, "50
 * million" also 5·10⁷, as "5000万" writes it), but two numbers that both carry a scale word compare by
 * the scaled values only: "50 करोड़" (500 million) is not "50 million", whatever their digits.
 */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = a.scaled && b.scaled ? [a.scaled, b.scaled] : [a.values, b.values];
  // Relative to the size: "4.1亿" is 4.1 × 10⁸ = 409,999,999.99999994 in floating point, "410 million" 410 × 10⁶.
  return x.some((u) => y.some((v) => Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u), Math.abs(v))));
}
