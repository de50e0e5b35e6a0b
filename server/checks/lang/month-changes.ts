import { type MonthMention, findMonths } from '../../text/dates';

/** A source month the translation lacks, or has with another day (then `target` is that mention). */
export interface MonthChange {
  source: MonthMention;
  target: MonthMention | null;
}

const NEAR = 20;
const dayIn = (text: string, day: number): boolean => new RegExp(`(?<!\\d)${day}(?!\\d)`).test(text);

/** Whether the day stands shortly before `at`: the first day of a range written the other way round. */
function dayShortlyBefore(text: string, at: number, day: number): boolean {
  return dayIn(text.slice(Math.max(0, at - NEAR), at), day);
}

/** Whether the day stands close to a month mention, on either side of it. */
function dayNear(text: string, month: MonthMention, day: number): boolean {
  return dayIn(text.slice(Math.max(0, month.start - NEAR), month.end + NEAR), day);
}

/**
 * The source's months (with their days) that the translation does not name alike: what the dates check
 * reports, and what the numbers check then leaves to it, so that "January 12" → "13 stycznia" is one
 * finding and not three.
 */
export function monthChanges(
  source: string,
  sourceLang: string,
  target: string,
  targetLang: string,
): MonthChange[] {
  const inSource = findMonths(source, sourceLang);
  if (inSource.length === 0) return [];
  const translated = findMonths(target, targetLang);
  // A month left in the source language ("April 2008" in a Czech warning template) is not a lost one.
  const inTarget =
    translated.length < inSource.length ? [...translated, ...findMonths(target, sourceLang)] : translated;
  const used = new Set<number>();
  const changes: MonthChange[] = [];
  for (const mention of inSource) {
    const exact = inTarget.findIndex(
      (t, k) =>
        !used.has(k) &&
        t.month === mention.month &&
        (mention.day === null || t.day === null || t.day === mention.day),
    );
    if (exact >= 0) {
      used.add(exact);
      continue;
    }
    const sameMonth = inTarget.find((t) => t.month === mention.month) ?? null;
    // A range written the other way round ("July 18 to 23" → "vom 18. bis 23. Juli"): the source's day
    // stands a little before the month, with the other day between.
    if (sameMonth && mention.day !== null && dayShortlyBefore(target, sameMonth.start, mention.day)) continue;
    // Two days of one month, each side naming the month beside the other one ("the 16 or 17th October"
    // → "10月16日または17日"): the same days.
    if (
      sameMonth?.day != null &&
      mention.day !== null &&
      dayNear(source, mention, sameMonth.day) &&
      dayNear(target, sameMonth, mention.day)
    )
      continue;
    changes.push({ source: mention, target: sameMonth });
  }
  return changes;
}
