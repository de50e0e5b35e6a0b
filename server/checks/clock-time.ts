import type { Flag } from '../domain/types';
import {
  type AfternoonTime,
  type WrittenHour,
  afternoonTimes,
  saysLaterInTheDay,
  writesTwentyFourHourClock,
  writtenHours,
} from '../text/clock';
import { type UnitCheck, flagFrom } from './types';

/** Whether a written hour gives the time's minutes: "7:30 pm" needs :30, "7 pm" none or :00. */
const sameMinutes = (time: AfternoonTime, written: WrittenHour): boolean =>
  (time.minutes ?? '00') === (written.minutes ?? '00');

export const clockTime = {
  scope: 'unit',
  id: 'clock-time',
  name: 'Afternoon hour read as morning',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'The source gives a time on the 12-hour clock after noon ("7 p.m.", "7:30 pm") and the translation, in a language whose news writes the 24-hour clock, gives the same hour without saying it is afternoon or evening ("um 7 Uhr", "alle 7:30", "o 7:30") rather than 19:00: seven in the morning to its readers. Not reported when the translation has the hour on the 24-hour clock, keeps "p.m.", or says "abends", "di sera", "de la tarde", "wieczorem", "вечера" and the like, nor when the source has the same number elsewhere for something else. Runs for translations into German, French, Italian, Spanish, Catalan, Portuguese, Dutch, the Slavic, Nordic and Baltic languages, Hungarian, Romanian, Greek and Turkish.',
  appliesTo: (ctx) => writesTwentyFourHourClock(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const times = afternoonTimes(unit.source);
    if (times.length === 0) return [];
    if (afternoonTimes(unit.target).length > 0 || saysLaterInTheDay(unit.target, ctx.targetLang)) return [];
    const inTarget = writtenHours(unit.target);
    const inSource = writtenHours(unit.source);
    const flags: Flag[] = [];
    for (const time of times) {
      if (inTarget.some((h) => h.hour === time.hour + 12 && sameMinutes(time, h))) continue;
      const morning = inTarget.filter((h) => h.hour === time.hour && sameMinutes(time, h));
      // The source's other mentions of the number ("7 children … at 7 p.m.") may be these.
      const others = inSource.filter(
        (h) => h.hour === time.hour && (h.end <= time.start || h.start >= time.end),
      ).length;
      const read = morning[others];
      if (!read) continue;
      flags.push(
        flagFrom(clockTime, {
          side: 'target',
          span: { start: read.start, end: read.end },
          message: `“${unit.target.slice(read.start, read.end)}” reads as morning; the source's “${time.text}” is ${time.hour + 12}:${time.minutes ?? '00'}`,
        }),
      );
    }
    return flags;
  },
} satisfies UnitCheck;
