import type { Flag } from '../domain/types';
import { findMonths } from '../text/dates';
import { hasLocaleData } from '../text/languages';
import { type UnitCheck, flagFrom } from './types';

const MONTH_NAMES = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number): string => MONTH_NAMES.format(new Date(Date.UTC(2021, month, 15)));

export const dates = {
  scope: 'unit',
  id: 'dates',
  name: 'Dates differ',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A month (with its day, when one is written) in the source is missing or different in the target. Month names come from Intl.DateTimeFormat in both languages, so "January 12" matches "12 stycznia" and not "13 stycznia".',
  appliesTo: (ctx) => hasLocaleData(ctx.sourceLang) && hasLocaleData(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const source = findMonths(unit.source, ctx.sourceLang);
    if (source.length === 0) return [];
    const target = findMonths(unit.target, ctx.targetLang);
    const used = new Set<number>();
    const flags: Flag[] = [];
    for (const mention of source) {
      const exact = target.findIndex(
        (t, k) =>
          !used.has(k) &&
          t.month === mention.month &&
          (mention.day === null || t.day === null || t.day === mention.day),
      );
      if (exact >= 0) {
        used.add(exact);
        continue;
      }
      const sameMonth = target.find((t) => t.month === mention.month);
      const written =
        mention.day === null ? monthName(mention.month) : `${monthName(mention.month)} ${mention.day}`;
      flags.push(
        sameMonth
          ? flagFrom(dates, {
              side: 'target',
              span: { start: sameMonth.start, end: sameMonth.end },
              message: `The source says ${written}; the translation has day ${sameMonth.day ?? '?'}`,
            })
          : flagFrom(dates, {
              side: 'source',
              span: { start: mention.start, end: mention.end },
              message: `${written} from the source is not in the translation`,
            }),
      );
    }
    return flags;
  },
} satisfies UnitCheck;
