/**
 * The readings a written number has besides its digits' value, as news translations write numbers:
 * decades ("the 1990s" / "die 90er"), a span's second year written short ("2019/20"), times with a
 * period ("14.30 Uhr"), "minus" and "below zero" written out ("minus 5 degrees" / "-5 Grad"), basis
 * points ("25 Basispunkte" / "0.25 percentage points"), and fractions written as one character ("1½" /
 * "1,5").
 */
import { asciiDigits } from './digits';
import type { NumberMention } from './numbers';

/** A decade: "1990s", "the '90s", "the 90's". */
const DECADE_AFTER = /^['’]?s(?![\p{L}])/u;

/**
 * The other ways to write a decade: "the 1990s" are "die 90er", "les années 90", "lata 90.", and the
 * "'90s" are the 1990s (or the 2090s, should a text be that far ahead).
 */
export function decadeValues(text: string, start: number, end: number): number[] {
  const raw = text.slice(start, end);
  if (!/^\d{2}(?:\d{2})?$/.test(raw) || !raw.endsWith('0') || !DECADE_AFTER.test(text.slice(end, end + 3)))
    return [];
  const value = Number(raw);
  return raw.length === 4 ? [value % 100] : [1900 + value, 2000 + value];
}

/** A four-digit year and a dash or slash before a two-digit number: "2019/20", "the 2019–20 season". */
const YEAR_BEFORE = /(?<!\d)((?:1[6-9]|20)\d{2}) ?[/–-] ?$/u;

/** The second year of a span written short: the "20" of "2019/20" is 2020. */
export function shortYearValues(text: string, start: number, end: number): number[] {
  if (end - start !== 2) return [];
  const year = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 7), start))?.[1];
  if (year === undefined) return [];
  const full = Math.floor(Number(year) / 100) * 100 + Number(text.slice(start, end));
  return full > Number(year) && full - Number(year) < 10 ? [full] : [];
}

/** A time written with a period, hours and minutes: "14.30". */
const DOTTED_CLOCK = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
/** What says a dotted number is a time: a word for o'clock after it ("14.30 Uhr", "10.15 h", "2.30pm")… */
const TIME_AFTER =
  /^\s?(?:Uhr|h|hod(?:in)?\.?|godz\.?|uur|óra\p{L}*|[ap]\.?\s?m\.?|[AP]M|WIB|WITA|WIT|น\.)(?![\p{L}])/u;
/** …a word that only ever comes before a time ("godz. 14.30", "klo 10.15", "alle 14.30", Indonesian "pukul 14.30", Turkish "saat 10.00", Thai "เวลา 14.30 น.")… */
const TIME_BEFORE =
  /(?:^|[^\p{L}])(?:kl\.|klo|kello|klokka|klockan|godz\.|alle|dalle|verso le|entro le|pukul|jam|saat|เวลา)\s*$/iu;
/** …or another dotted time just before, joined as a range ("10.00-18.00", Turkish "07.00 ile 10.30")… */
const TIME_RANGE_BEFORE =
  /(?:^|[^\d.])(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:[-–—]|ile|ve|bis|und|and|to|tot|till|och|og|ja|és|i|a|à|e|y)\s*$/iu;
/** …or a preposition that comes before times and amounts alike, when no unit follows ("um 14.30.", "o 14.30 w"). */
const AT_BEFORE = /(?:^|[^\p{L}])(?:um|gegen|ab|bis|o|om|à|às|a las|kl)\s*$/iu;
const NOTHING_MEASURED_AFTER = /^(?:\s*[.,;:!?)]|\s*$|\s\p{Ll}{1,3}(?![\p{L}]))/u;

/**
 * Whether a dotted number is a time of day (hours and minutes), as German, Polish, Italian, Danish,
 * Finnish… write it: "14.30 Uhr" is the "2:30 p.m." of the source, not 14.3.
 */
export function isDottedTime(text: string, start: number, end: number): boolean {
  if (!DOTTED_CLOCK.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  return (
    TIME_AFTER.test(after) ||
    TIME_BEFORE.test(before) ||
    TIME_RANGE_BEFORE.test(before) ||
    (AT_BEFORE.test(before) && NOTHING_MEASURED_AFTER.test(after))
  );
}

/** "minus" written out before a number, as temperatures are: "minus 5", "moins 5", "минус 5", "零下5度". */
const MINUS_WORD =
  /(?:(?:^|[^\p{L}])(?:minus|moins|menos|meno|mínus|eksi|минус|мінус|μείον)\s|零下|マイナス)$/iu;

/**
 * "Below zero" after a temperature, with its degrees: "5 degrees below zero", "5 stopni poniżej zera",
 * "5 Grad unter null", "5 degrés au-dessous de zéro", "5 grados bajo cero", "5 градусов ниже нуля".
 */
const BELOW_ZERO_AFTER =
  /^\s?(?:°\s?[CF]?|degrees?|Grad|stopni|stopnie|stopień|degrés?|grados?|gradi|градус\p{L}*|stup\p{L}*|度)?\s?(?:below zero|unter null|poniżej zera|au-dessous de zéro|en dessous de zéro|sous zéro|bajo cero|sotto zero|ниже нуля|pod nulou)/iu;

/** Whether the number at [start, end) is below zero by a word: "minus" before it or "below zero" after it. */
export function belowZeroByWord(text: string, start: number, end: number): boolean {
  return (
    MINUS_WORD.test(text.slice(Math.max(0, start - 8), start)) ||
    BELOW_ZERO_AFTER.test(text.slice(end, end + 40))
  );
}

/** A decimal point or comma that opens a number, after a space or a sign ("at .5 percent", "-,75"). */
const LEADING_POINT = /(?:^|[\s(+−-])[.,]$/u;

/** ".5 percent": the value of digits after a decimal point with no digit before it; none otherwise. */
export function leadingPointValues(text: string, start: number, raw: string): number[] {
  const digits = asciiDigits(raw);
  return /^\d+$/.test(digits) && LEADING_POINT.test(text.slice(Math.max(0, start - 2), start))
    ? [Number(`0.${digits}`)]
    : [];
}

/**
 * Basis points, which central-bank news counts where other languages give percentage points: "25
 * basis points", "25 Basispunkte", "25 pb" are 0.25.
 */
const BASIS_POINTS_AFTER =
  /^\s?(?:basis points?|bps?|Basispunkte?n?|punkt(?:y|ów)? bazow\p{L}*|points? de base|pb|puntos? básicos?|punti base|базисн\p{L}* пункт\p{L}*|bazick\p{L}* bod\p{L}*|个基点|基点|ベーシスポイント)(?!\p{L})/iu;

/** A number of basis points as the percentage points it is (25 → 0.25); none for other numbers. */
export function basisPointValues(text: string, end: number, values: readonly number[]): number[] {
  return BASIS_POINTS_AFTER.test(text.slice(end, end + 30)) ? values.map((value) => value / 100) : [];
}

/** The fractions Unicode writes as one character, which recipes and timetables use ("1½ hours"). */
const FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
  '⅕': 1 / 5,
};
export const VULGAR_FRACTION = /[½¼¾⅓⅔⅛⅜⅝⅞⅕]/u;

/**
 * A fraction character adds to the whole number before it ("1½" is 1.5, as "1,5" writes it) or stands
 * for itself ("½ cup" is 0.5). The mentions come back in order.
 */
export function withVulgarFractions(text: string, found: readonly NumberMention[]): NumberMention[] {
  const mentions = [...found];
  for (let at = 0; at < text.length; at++) {
    const fraction = FRACTIONS[text.charAt(at)];
    if (fraction === undefined) continue;
    const whole = mentions.find((m) => m.end === at);
    if (whole) {
      whole.values = whole.values.map((value) => value + fraction);
      whole.end = at + 1;
      whole.raw = text.slice(whole.start, whole.end);
      continue;
    }
    const mention = { start: at, end: at + 1, raw: text.charAt(at), values: [fraction] };
    const next = mentions.findIndex((m) => m.start > at);
    mentions.splice(next < 0 ? mentions.length : next, 0, mention);
  }
  return mentions;
}
