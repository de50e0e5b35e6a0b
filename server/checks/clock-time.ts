import type { Flag } from '../domain/types';
import {
  type HalfDayTime,
  type WrittenHour,
  halfDayTimes,
  saysLaterInTheDay,
  twentyFourHour,
  writesTwentyFourHourClock,
  writtenHours,
} from '../text/clock';
import { type UnitCheck, flagFrom } from './types';

/** Whether two times give the same minutes: "7:30 pm" needs :30, "7 pm" none or :00. */
const sameMinutes = (a: HalfDayTime, b: { minutes: string | null }): boolean =>
  (a.minutes ?? '00') === (b.minutes ?? '00');

const clock = (time: HalfDayTime): string =>
  `${String(twentyFourHour(time)).padStart(2, '0')}:${time.minutes ?? '00'}`;

export const clockTime = {
  scope: 'unit',
  id: 'clock-time',
  name: 'Time in the wrong half of the day',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A time whose half of the day the source says ("7 p.m.", "7:30 am", 午後7時, 下午7点, 오후 7시) is given in the other half by the translation: "7 a.m." for 午後7時, or, in a language whose news writes the 24-hour clock, the same hour without saying it is afternoon or evening ("um 7 Uhr", "alle 7:30", "o 7:30" for "7:30 p.m.") rather than 19:30 — seven in the morning to its readers. Not reported when the translation has the hour on the 24-hour clock, keeps the half of the day, or says "abends", "di sera", "de la tarde", "wieczorem", "вечера" and the like, nor when the source has the same number elsewhere for something else.',
  run(unit, ctx): Flag[] {
    const times = halfDayTimes(unit.source);
    if (times.length === 0) return [];
    const inTarget = halfDayTimes(unit.target);
    const flags: Flag[] = [];
    for (const time of times) {
      const same = inTarget.filter((t) => t.hour === time.hour && sameMinutes(time, t));
      if (same.some((t) => t.half === time.half)) continue;
      const other = same[0];
      if (other) {
        flags.push(
          flagFrom(clockTime, {
            side: 'target',
            span: { start: other.start, end: other.end },
            message: `“${other.text}” is ${clock(other)}; the source's “${time.text}” is ${clock(time)}`,
          }),
        );
        continue;
      }
      const read = readAsMorning(unit, ctx.targetLang, time, inTarget);
      if (read)
        flags.push(
          flagFrom(clockTime, {
            side: 'target',
            span: { start: read.start, end: read.end },
            message: `“${unit.target.slice(read.start, read.end)}” reads as morning; the source's “${time.text}” is ${clock(time)}`,
          }),
        );
    }
    return flags;
  },
} satisfies UnitCheck;

/**
 * In a translation that writes the 24-hour clock, the hour of an afternoon time written as it stands
 * ("7" for "7 p.m."), with nothing saying it is afternoon or evening and no 19 beside it.
 */
function readAsMorning(
  unit: { source: string; target: string },
  targetLang: string,
  time: HalfDayTime,
  inTarget: readonly HalfDayTime[],
): WrittenHour | null {
  if (time.half !== 'pm' || time.hour === 12 || !writesTwentyFourHourClock(targetLang)) return null;
  if (inTarget.length > 0 || saysLaterInTheDay(unit.target, targetLang)) return null;
  const written = writtenHours(unit.target);
  if (written.some((h) => h.hour === time.hour + 12 && sameMinutes(time, h))) return null;
  const morning = written.filter((h) => h.hour === time.hour && sameMinutes(time, h));
  // The source's other mentions of the number ("7 children … at 7 p.m.") may be these.
  const others = writtenHours(unit.source).filter(
    (h) => h.hour === time.hour && (h.end <= time.start || h.start >= time.end),
  ).length;
  return morning[others] ?? null;
}
