import type { Flag } from '../domain/types';
import {
  type NumberMention,
  extractNumbers,
  isRomanNumeral,
  romanNumerals,
  sameNumber,
} from '../text/numbers';
import { mentionsNumberWord, numbersInWords } from '../text/number-words';
import { hasLocaleData } from '../text/languages';
import { type UnitCheck, flagFrom } from './types';
import { type MonthMention, findMonths, monthsNamedLoosely } from '../text/dates';
import { pairInPlace } from './lang/in-place';
import { isConversion, sameUnit, unitOf } from '../text/units';
import { monthChanges } from './lang/month-changes';
import { numericDates, yearlessDateParts } from '../text/numeric-dates';
import { asciiDigits } from '../text/digits';
import { numberMend } from './lang/number-mend';
import { numberPairs, reversedPairs } from '../text/number-pairs';

/**
 * Numbers that are a month written as a number ("11 月" in Chinese and Japanese, the 03 of
 * "03/05/2024") where the other side names a month ("November"): the dates check compares the months —
 * and reports "July 10" written "9月10日" once, as a month changed — the numbers check does not.
 */
function monthNumbers(
  text: string,
  lang: string,
  otherText: string,
  otherLang: string,
): (m: NumberMention) => boolean {
  const named = findMonths(otherText, otherLang);
  // The other side may name the month with no day beside it ("the Feb incident" → "2 月 の 事件"): a
  // month written as a number here is then that month only when the numbers agree.
  const loosely = named.length === 0 ? monthsNamedLoosely(otherText, otherLang) : null;
  if (loosely?.size === 0) return () => false;
  const spans = findMonths(text, lang);
  const inMonthSpan = (mention: NumberMention): boolean =>
    spans.some(
      (span) =>
        mention.start >= span.start &&
        mention.end <= span.end &&
        mention.values[0] === span.month + 1 &&
        (loosely === null || loosely.has(span.month + 1)),
    );
  if (loosely !== null) return inMonthSpan;
  // The month of a date in digits ("03/05/2024", either part when day and month could be swapped)
  // that the other side names ("5. März 2024").
  const namedMonths = new Set(named.map((span) => span.month + 1));
  const digits = asciiDigits(text);
  const dateMonths = [
    ...numericDates(digits, lang).flatMap((date) => (date.ambiguous ? [date.month, date.day] : [date.month])),
    // A day and month with no year ("9/11", "17/9"): either could be the month.
    ...yearlessDateParts(digits),
  ];
  return (mention) =>
    inMonthSpan(mention) ||
    dateMonths.some(
      (part) => part.start === mention.start && part.end === mention.end && namedMonths.has(part.value),
    );
}

/** How far from a month's name its day may stand: findMonths() looks 11 characters before it and 9 after. */
const DAY_REACH = 12;

/**
 * The days of a month the two sides name with different days ("January 12" → "13 stycznia"): the dates
 * check reports "the source says January 12; the translation has day 13", once, where the numbers
 * check would add "12" missing and "13" added — three flags, and three to rule on, for one error.
 */
function changedDays(
  unit: { source: string; target: string },
  ctx: { sourceLang: string; targetLang: string },
): { source: (m: NumberMention) => boolean; target: (m: NumberMention) => boolean } {
  const changes = monthChanges(unit.source, ctx.sourceLang, unit.target, ctx.targetLang).flatMap((change) =>
    change.target && change.source.day !== null && change.target.day !== null ? [change] : [],
  );
  // The day stands next to the month's name ("12 January", "January 12th", "12. Januar", "21 de feb."),
  // within the reach findMonths() gives it, or inside a date in digits.
  const dayOf = (mention: NumberMention, month: MonthMention): boolean =>
    mention.values[0] === month.day &&
    mention.start >= month.start - DAY_REACH &&
    mention.end <= month.end + DAY_REACH;
  return {
    source: (m) => changes.some((change) => dayOf(m, change.source)),
    target: (m) => changes.some((change) => change.target !== null && dayOf(m, change.target)),
  };
}

/**
 * English says "one" without a digit: an article ("an hour" comes out as "1 時間"), "per", "each",
 * "every", "daily" and "once" ("1日2回" is "twice daily", "1 Mal täglich" "once a day").
 */
const saysOne = (text: string, lang: string): boolean =>
  lang === 'en' && /(?<![\p{L}])(?:an?|another|per|each|every|daily|once)(?![\p{L}])/iu.test(text);

const GLUED = /(?<=\p{L})\d+|\d+(?=\p{L})/gu;

/**
 * Digits written against letters ("Xman52", "A16", "db4o"), which are part of a name, not a number;
 * tokenised text splits them off ("Xman 52"), and then the other side's name still holds them.
 */
function gluedDigits(text: string): ReadonlySet<string> {
  return new Set(text.match(GLUED) ?? []);
}

const digitsOf = (mention: NumberMention): string => mention.raw.replace(/\D/g, '');

/**
 * Whether a month written in numerals on the same side took the number this mention would have paired
 * with ("July 18 … 7 foot" → "7 月 18 日 … 7 フィート": the month's 7 paired with the foot's, and the
 * foot's 7 was left over). Asked only of left-over mentions, so the month look-up stays lazy.
 */
function tookFromMonth(
  mention: NumberMention,
  side: readonly NumberMention[],
  left: readonly NumberMention[],
  isMonth: (m: NumberMention) => boolean,
): boolean {
  return side.some(
    (other) => other.values[0] === mention.values[0] && !left.includes(other) && isMonth(other),
  );
}

/** A footnote or citation mark ("… of the organization.[25]"): a reference, not a number the text says. */
const isCitationMark = (text: string, mention: NumberMention): boolean =>
  text.charAt(mention.start - 1) === '[' && text.charAt(mention.end) === ']' && /^\d{1,3}$/.test(mention.raw);

/**
 * The digits of a run of numbers spaced apart around the mention ("Dais 655 6", "0 2903", "11 1 1"):
 * tokenised text cuts a number glued to a name, or a long one, into such pieces. Null for a lone number.
 */
function spacedRun(text: string, mention: NumberMention): string | null {
  const before = /(?:\d+ )+$/.exec(text.slice(Math.max(0, mention.start - 24), mention.start))?.[0] ?? '';
  const after = /^(?: \d+)+/.exec(text.slice(mention.end, mention.end + 24))?.[0] ?? '';
  if (before === '' && after === '') return null;
  return (before + text.slice(mention.start, mention.end) + after).replace(/\D/g, '');
}

/** Whether the other side writes the spaced run's digits together, as one number or glued to a name. */
function writtenTogether(text: string, otherText: string, mention: NumberMention): boolean {
  const run = spacedRun(text, mention);
  return run !== null && (otherText.match(/\d+/g) ?? []).some((digits) => digits.includes(run));
}

/** Whether the other side writes the mention's digits cut into spaced pieces ("1111" as "11 1 1"). */
function writtenApart(otherText: string, mention: NumberMention): boolean {
  const digits = digitsOf(mention);
  return (otherText.match(SPACED_DIGITS) ?? []).some((run) => run.replace(/\D/g, '') === digits);
}

const SPACED_DIGITS = /(?<!\d)\d+(?: \d+)+(?!\d)/g;

/**
 * A country's calling code before a phone number ("+44 20 7946 0018"), which a translation for readers
 * abroad adds and one for readers at home leaves out: no change unless both sides have one.
 */
function isCallingCode(text: string, mention: NumberMention): boolean {
  return (
    text.charAt(mention.start - 1) === '+' &&
    /^\d{1,3}$/.test(mention.raw) &&
    /^[\s\u00a0]?\(?\d/u.test(text.slice(mention.end, mention.end + 3))
  );
}

/** Pairs each mention on one side with an equal one on the other; returns those left over. */
function unmatched(mine: readonly NumberMention[], theirs: readonly NumberMention[]): NumberMention[] {
  const used = new Set<number>();
  return mine.filter((mention) => {
    const partner = theirs.findIndex((other, k) => !used.has(k) && sameNumber(mention, other));
    if (partner < 0) return true;
    used.add(partner);
    return false;
  });
}

/**
 * The unmatched numbers as a reader names them: a date in digits none of whose parts the other side has
 * ("27.3.1999") is one number, not a day, a month and a year; one that differs only in a part ("3.10.2024"
 * for October 2) names that part.
 */
function reported(unmatchedMentions: readonly NumberMention[], text: string): NumberMention[] {
  const partsLeft = new Map<number, number>();
  for (const m of unmatchedMentions)
    if (m.date) partsLeft.set(m.date.start, (partsLeft.get(m.date.start) ?? 0) + 1);
  const whole = new Set<number>();
  return unmatchedMentions.flatMap((m): NumberMention[] => {
    if (!m.date || partsLeft.get(m.date.start) !== 3) return [m];
    if (whole.has(m.date.start)) return [];
    whole.add(m.date.start);
    const { start, end } = m.date;
    return [{ start, end, raw: text.slice(start, end), values: m.values }];
  });
}

/** What may stand between the two halves of a number that tokenising split: "40 , 6", "1 . 5". */
const SPLIT_SEPARATOR = /^ ?[.,] ?$/;
/** A sign that tokenising set apart: "- 23". */
const SPLIT_SIGN = /(?:^|\s)[-−–] $/;

/**
 * Numbers one side has whole and the other split by tokenising ("40.6" and "40 , 6", "-23" and
 * "- 23", "1539" and "153 9"): the halves left unmatched on one side that make up a number left unmatched on the other
 * are the same number. Returns what is still unmatched on each side.
 */
function rejoinSplit(
  split: NumberMention[],
  splitText: string,
  whole: NumberMention[],
): { split: NumberMention[]; whole: NumberMention[] } {
  const usedSplit = new Set<NumberMention>();
  const usedWhole = new Set<NumberMention>();
  const take = (value: number, parts: NumberMention[]): void => {
    const partner = whole.find((w) => !usedWhole.has(w) && w.values.some((v) => Math.abs(v - value) < 1e-9));
    if (!partner) return;
    usedWhole.add(partner);
    for (const part of parts) usedSplit.add(part);
  };
  split.forEach((first, k) => {
    const second = split[k + 1];
    if (usedSplit.has(first)) return;
    const value = first.values[0];
    if (value === undefined) return;
    if (SPLIT_SIGN.test(splitText.slice(Math.max(0, first.start - 3), first.start))) take(-value, [first]);
    if (usedSplit.has(first) || !second) return;
    const between = splitText.slice(first.end, second.start);
    if (SPLIT_SEPARATOR.test(between))
      take(Number(`${digitsOf(first)}.${digitsOf(second)}`), [first, second]);
    if (usedSplit.has(first) || between !== ' ') return;
    // Digits a tokeniser cut apart ("153 9" for 1539, "86 2 1" for 8621): two or three pieces, side by side.
    take(Number(`${digitsOf(first)}${digitsOf(second)}`), [first, second]);
    const third = split[k + 2];
    if (!usedSplit.has(first) && third && splitText.slice(second.end, third.start) === ' ')
      take(Number(`${digitsOf(first)}${digitsOf(second)}${digitsOf(third)}`), [first, second, third]);
  });
  return { split: split.filter((m) => !usedSplit.has(m)), whole: whole.filter((m) => !usedWhole.has(m)) };
}

/** Numbers written as words that count for a change: three and up ("one" and "second" say many things). */
const SMALLEST_COUNTED = 3;

/** The numbers a text writes as words, Roman numerals aside (read by romanNumerals()). */
function wordNumbers(text: string, lang: string, smallest = SMALLEST_COUNTED): NumberMention[] {
  return numbersInWords(text, lang).filter((m) => (m.values[0] ?? 0) >= smallest && !isRomanNumeral(m.raw));
}

/**
 * "Two" and "second" are too often no count to be reported alone ("a second look", "one or two"),
 * but one that stands where the other side has a larger number of its own is the number changed:
 * "Three people were killed" → "Zwei Menschen", "third" → "deuxième", "second quarter" → "dritten Quartal".
 */
const SMALLEST_PARTNER = 2;

/** Whether a text has the value in digits or in words. */
function says(text: string, lang: string, value: number): boolean {
  return (
    extractNumbers(text, lang).some((m) => m.values.some((v) => Math.abs(v - value) < 1e-9)) ||
    mentionsNumberWord(text, lang, value)
  );
}

/** The twos of a text (SMALLEST_PARTNER) that the other side does not say. */
function unsaidPartners(text: string, lang: string, other: string, otherLang: string): NumberMention[] {
  return wordNumbers(text, lang, SMALLEST_PARTNER).filter(
    (m) => (m.values[0] ?? 0) < SMALLEST_COUNTED && !says(other, otherLang, m.values[0] ?? 0),
  );
}

/**
 * Numbers written as words with no counterpart on the other side ("struck eleven" → "schlug zwölf",
 * "sonna sept heures", "敲了十二下"), reported only when the other side also has a number of its own —
 * in words or digits — so that the number changed: one side alone says a phrase was put another way
 * as often ("fifteen minutes" → "eine Viertelstunde", "three times" → "třikrát").
 */
function changedSpelledNumbers(
  unit: { source: string; target: string },
  ctx: { sourceLang: string; targetLang: string },
  digitsMissing: boolean,
  digitsAdded: boolean,
): { missing: NumberMention[]; extra: NumberMention[] } {
  const missing = wordNumbers(unit.source, ctx.sourceLang).filter(
    (m) => !says(unit.target, ctx.targetLang, m.values[0] ?? 0),
  );
  // Nothing missing on the source side, not even a two: no target number can be a changed one.
  const lost =
    missing.length > 0 || digitsMissing
      ? missing
      : unsaidPartners(unit.source, ctx.sourceLang, unit.target, ctx.targetLang);
  if (lost.length === 0 && !digitsMissing) return { missing: [], extra: [] };
  let extra = wordNumbers(unit.target, ctx.targetLang).filter(
    (m) => !says(unit.source, ctx.sourceLang, m.values[0] ?? 0),
  );
  // A two on each side is no change worth a report: a larger number must stand on one of them.
  if (missing.length > 0 && extra.length === 0 && !digitsAdded)
    extra = unsaidPartners(unit.target, ctx.targetLang, unit.source, ctx.sourceLang);
  if (missing.length === 0 && extra.length === 0) return { missing: [], extra: [] };
  return {
    missing: extra.length > 0 || digitsAdded ? lost : [],
    extra: lost.length > 0 || digitsMissing ? extra : [],
  };
}

export const numbers = {
  scope: 'unit',
  id: 'numbers',
  name: 'Numbers differ',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A number in the source is missing or different in the target, or the target has a number the source does not, or a change, score or range has its numbers the other way round ("from 3.5% to 5.1%" as "von 5,1 % auf 3,5 %", "2019-2020" as "2020-2019", "7-6" as "6:7" while the other sets kept their order; not a score alone, which a language may write from the losing side: "lost 2-1" is "verlor 1:2"). Decimal and thousands separators are read per locale ("1,5" = "1.5", "1 000" = "1,000", ".5" = 0.5); small numbers written as words count ("a million" is the "100万" of Chinese, "the past decade" its "过去10年"), so do numbers tokenised text cuts into pieces ("Dais 655 6 . JPG" for "Dais6556.JPG") and units it spaces out ("6 百 万"), and numbers in Chinese numerals ("十五", "两千三百", "五千万"); scale words are read on each language’s scale, so that "5 billion" is "5 Milliarden", and "5 Billionen", "5 billions" or "5 billones" (10¹² in German, French, Spanish and the other languages of the long scale) is a number changed; a number in words that changed into another ("struck eleven" → "schlug zwölf", "十二") is reported when both sides have one the other lacks — a two or a second too, when the other side has a larger number of its own ("Three people" → "Zwei Menschen", "second quarter" → "dritten Quartal"). A date in digits ("2.10.2024", "2024-10-02") is its day, month and year, so it matches "October 2, 2024"; a time with a period ("14.30 Uhr", "o 14.30") is hours and minutes, so it matches "2:30 p.m."; "the 1990s" are "die 90er" and "les années 90", "2019/20" is 2019 to 2020; "minus 5" and "5 degrees below zero" are −5, "25 basis points" 0.25, a Roman numeral ("XXIe siècle") its number, "1½" is 1.5, as are "anderthalb" and "półtora", "zweieinhalb" 2.5, "half a million" 500 000, and a share in words ("a third", "la moitié", "dwie trzecie") the per cent another language writes. A year of another calendar is its Western year: a Japanese era year ("平成31年", "令和元年"), Taiwan’s ("民國112年"), the Thai Buddhist era ("พ.ศ. 2545"), the Persian Solar Hijri ("۱۳۸۱"); beside that Western year ("2019年（平成31年）") it is no number of its own. A measure the translation converts into another unit ("95°F" → "35 °C", "1,000 feet" → "305 Meter", "70 mph" → "113 km/h", "8 pounds" → "3,6 kg", "90 minutes" → "1,5 Stunden", within 3 %) is the same, a conversion one side adds for its readers or drops ("40 °C (104 °F)" → "40 °C", "£2m ($2.5m)" → "2 millions de livres") is no number of its own, and a phone number with its country’s calling code added or dropped ("+44 20 …" for "020 …") is the same number; a calling code changed into another is not. A day of a month both sides name with different days ("January 12" → "13 stycznia"), and a month written in numerals where the other side names a month ("July 10" → "9月10日"; "9/11" → "11. September" is no change), are the dates check\'s findings, reported there once. The one number a translation changed carries the source\'s as its fix, written with the translation\'s own marks ("13 000" → "12 000", "3" → "2,5" in German) — not a time, a decade, another unit or scale, nor a number so far from the source\'s that the sentence says something else.',
  run(unit, ctx): Flag[] {
    const source = extractNumbers(unit.source, ctx.sourceLang);
    const target = extractNumbers(unit.target, ctx.targetLang);
    if (source.length === 0 && target.length === 0) {
      const changed = changedSpelledNumbers(unit, ctx, false, false);
      return numberFlags(unit, ctx, changed.missing, changed.extra);
    }
    // Months are looked up only for numbers left unmatched, which few sentences have.
    let sourceMonthCache: ((m: NumberMention) => boolean) | null = null;
    let targetMonthCache: ((m: NumberMention) => boolean) | null = null;
    const sourceMonth = (m: NumberMention): boolean =>
      (sourceMonthCache ??= monthNumbers(unit.source, ctx.sourceLang, unit.target, ctx.targetLang))(m);
    const targetMonth = (m: NumberMention): boolean =>
      (targetMonthCache ??= monthNumbers(unit.target, ctx.targetLang, unit.source, ctx.sourceLang))(m);
    // Like the months, the digits inside names are looked for only once a number is left unmatched.
    let glued: { source: ReadonlySet<string>; target: ReadonlySet<string> } | null = null;
    const gluedIn = (side: 'source' | 'target'): ReadonlySet<string> =>
      (glued ??= { source: gluedDigits(unit.source), target: gluedDigits(unit.target) })[side];
    const sourceLeft = unmatched(source, target);
    const targetLeft = unmatched(target, source);
    let missing = sourceLeft.filter(
      (m) =>
        !isCitationMark(unit.source, m) &&
        !(isCallingCode(unit.source, m) && !target.some((t) => isCallingCode(unit.target, t))) &&
        !m.values.some((value) => mentionsNumberWord(unit.target, ctx.targetLang, value)) &&
        !(m.values[0] === 1 && saysOne(unit.target, ctx.targetLang)) &&
        !sourceMonth(m) &&
        !tookFromMonth(m, source, sourceLeft, sourceMonth) &&
        !gluedIn('target').has(digitsOf(m)) &&
        !writtenApart(unit.target, m) &&
        !writtenTogether(unit.source, unit.target, m),
    );
    let extra = targetLeft.filter(
      (m) =>
        !isCitationMark(unit.target, m) &&
        !(isCallingCode(unit.target, m) && !source.some((t) => isCallingCode(unit.source, t))) &&
        !m.values.some((value) => mentionsNumberWord(unit.source, ctx.sourceLang, value)) &&
        !targetMonth(m) &&
        !tookFromMonth(m, target, targetLeft, targetMonth) &&
        !(m.values[0] === 1 && saysOne(unit.source, ctx.sourceLang)) &&
        !gluedIn('source').has(digitsOf(m)) &&
        !writtenTogether(unit.target, unit.source, m) &&
        !writtenApart(unit.source, m),
    );
    if (
      missing.length > 0 &&
      extra.length > 0 &&
      hasLocaleData(ctx.sourceLang) &&
      hasLocaleData(ctx.targetLang)
    ) {
      const days = changedDays(unit, ctx);
      missing = missing.filter((m) => !days.source(m));
      extra = extra.filter((m) => !days.target(m));
    }
    // A Roman numeral on the other side ("secolul XIX" for "19th century") is the same number.
    if (missing.length > 0 || extra.length > 0) {
      const romanInTarget = romanNumerals(unit.target);
      const romanInSource = romanNumerals(unit.source);
      missing = missing.filter((m) => !m.values.some((v) => romanInTarget.includes(v)));
      extra = extra.filter((m) => !m.values.some((v) => romanInSource.includes(v)));
    }
    if (missing.length > 0 && extra.length > 0) {
      const converted = conversions(unit, ctx, missing, extra);
      missing = missing.filter((m) => !converted.has(m));
      extra = extra.filter((m) => !converted.has(m));
    }
    // "40 °C (104 °F)" translated "40 °C": the conversion one side adds for its readers, the other drops.
    if (missing.length > 0) missing = withoutGlosses(unit.source, ctx.sourceLang, missing, source);
    if (extra.length > 0) extra = withoutGlosses(unit.target, ctx.targetLang, extra, target);
    if (missing.length > 0 && extra.length > 0) {
      const targetSplit = rejoinSplit(extra, unit.target, missing);
      const sourceSplit = rejoinSplit(targetSplit.whole, unit.source, targetSplit.split);
      missing = sourceSplit.split;
      extra = sourceSplit.whole;
    }
    const changed = changedSpelledNumbers(unit, ctx, missing.length > 0, extra.length > 0);
    missing = [...missing, ...changed.missing];
    extra = [...extra, ...changed.extra];
    if (missing.length > 0 || extra.length > 0) return numberFlags(unit, ctx, missing, extra);
    // The same numbers on both sides: a score or a range may still be the other way round.
    return reversedPairs(
      numberPairs(unit.source, source, ctx.sourceLang),
      numberPairs(unit.target, target, ctx.targetLang),
    ).map(({ reversed, of }) =>
      flagFrom(numbers, {
        side: 'target',
        span: { start: reversed.start, end: reversed.end },
        message: `“${unit.target.slice(reversed.start, reversed.end)}” has the numbers of the source's “${unit.source.slice(of.start, of.end)}” the other way round`,
      }),
    );
  },
} satisfies UnitCheck;

/**
 * Unmatched numbers of the source that the translation gives converted into another unit of the same
 * kind ("95°F" → "35 °C", "5 miles" → "8 km"), both of each pair: a localised translation, no change.
 */
function conversions(
  unit: { source: string; target: string },
  ctx: { sourceLang: string; targetLang: string },
  missing: readonly NumberMention[],
  extra: readonly NumberMention[],
): Set<NumberMention> {
  const converted = new Set<NumberMention>();
  for (const lost of missing) {
    const from = unitOf(unit.source, lost, ctx.sourceLang);
    if (!from) continue;
    const match = extra.find((added) => {
      if (converted.has(added)) return false;
      const to = unitOf(unit.target, added, ctx.targetLang);
      return (
        to !== null &&
        lost.values.some((value) => added.values.some((other) => isConversion(value, from, other, to)))
      );
    });
    if (match) converted.add(lost).add(match);
  }
  return converted;
}

/**
 * Unmatched numbers that restate another number of the same text in another unit ("40 °C (104 °F)",
 * "5 miles (8 km)", "£2m ($2.5m)"): a conversion written for some readers, which a translation for
 * others drops or adds.
 */
function withoutGlosses(
  text: string,
  lang: string,
  unmatchedMentions: NumberMention[],
  all: readonly NumberMention[],
): NumberMention[] {
  return unmatchedMentions.filter((mention) => {
    const unit = unitOf(text, mention, lang);
    if (!unit) return true;
    return !all.some((other) => {
      if (other === mention || unmatchedMentions.includes(other)) return false;
      const otherUnit = unitOf(text, other, lang);
      if (otherUnit === null) return false;
      // Money has no fixed rate: an amount in another currency in brackets right after ("£2m ($2.5m)").
      if (unit.kind === 'currency')
        return (
          otherUnit.kind === 'currency' &&
          !sameUnit(unit, otherUnit) &&
          BRACKETED_AFTER.test(
            text.slice(Math.max(other.end, otherUnit.end), Math.min(mention.start, unit.start)),
          )
        );
      return mention.values.some((value) =>
        other.values.some((v) => isConversion(value, unit, v, otherUnit)),
      );
    });
  });
}

/** An opening bracket, perhaps with "about", between an amount (and its scale, "£2m") and its conversion. */
const BRACKETED_AFTER =
  /^[\p{L}.]{0,12}\s*[(（]\s*(?:about|approximately|around|roughly|some|ca\.?|c\.|approx\.?|rund|etwa|około|ok\.|environ|circa|cerca de|unos|около|約|约|~|≈)?\s*$/iu;

/** A number as the text writes it, with its scale word when it has one: "5 Billionen", not "5". */
function asWritten(text: string, mention: NumberMention): string {
  if (!mention.scaled) return mention.raw;
  const word = /^\s?[\p{L}\p{M}]+/u.exec(text.slice(mention.end))?.[0] ?? '';
  return `${mention.raw}${word}`;
}

/** The unmatched numbers as flags; one changed into another is flagged once, on the translation's. */
function numberFlags(
  unit: { source: string; target: string },
  langs: { sourceLang: string; targetLang: string },
  missing: readonly NumberMention[],
  extra: readonly NumberMention[],
): Flag[] {
  const byPosition = (a: NumberMention, b: NumberMention): number => a.start - b.start;
  const { changed, lost, added } = pairInPlace(
    reported(missing, unit.source).sort(byPosition),
    reported(extra, unit.target).sort(byPosition),
  );
  const onlyChange = changed.length === 1 && lost.length === 0 && added.length === 0;
  return [
    ...changed.map(({ lost: was, added: is }) => {
      const fix = onlyChange ? numberMend(unit, langs, was, is) : null;
      return flagFrom(numbers, {
        side: 'target',
        span: { start: is.start, end: is.end },
        message: `“${asWritten(unit.target, is)}” in the translation where the source has “${asWritten(unit.source, was)}”`,
        ...(fix === null ? {} : { fix }),
      });
    }),
    ...lost.map((m) =>
      flagFrom(numbers, {
        side: 'source',
        span: { start: m.start, end: m.end },
        message: `“${asWritten(unit.source, m)}” from the source is not in the translation`,
      }),
    ),
    ...added.map((m) =>
      flagFrom(numbers, {
        side: 'target',
        span: { start: m.start, end: m.end },
        message: `“${asWritten(unit.target, m)}” in the translation is not in the source`,
      }),
    ),
  ];
}
