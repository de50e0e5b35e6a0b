import type { Flag } from '../domain/types';
import { hasRatePeriods, ratePeriods } from '../text/rate-periods';
import { type UnitCheck, flagFrom } from './types';

export const ratePeriod = {
  scope: 'unit',
  id: 'rate-period',
  name: 'Period of a rate changed',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A rate counted per one period in the source is counted per another in the target, and the source’s period is not there: "twice a day" as "zweimal pro Woche", "150 minutes a week" as "月に150分", "€60,000 a year" as "60.000 € im Monat" — a dose, an exercise plan or a salary multiplied. Reads "per", "a" after an amount or a count, "daily" and its kin, and each language’s own ways (pro Monat, par semaine, al día, в год, 每年, 週に, 年収). Needs the period words of both languages (en, de, fr, es, it, pt, nl, pl, cs, ru, zh, ja).',
  appliesTo: (ctx) => hasRatePeriods(ctx.sourceLang) && hasRatePeriods(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const inTarget = ratePeriods(unit.target, ctx.targetLang);
    if (inTarget.length === 0) return [];
    const inSource = ratePeriods(unit.source, ctx.sourceLang);
    if (inSource.length === 0) return [];
    const sourcePeriods = new Set(inSource.map((m) => m.period));
    // Any period in common, and the translation may well say the rest another way.
    if (inTarget.some((m) => sourcePeriods.has(m.period))) return [];
    const counted = [...new Set(inSource.map((m) => `“${m.text}”`))].join(', ');
    return inTarget.map((mention) =>
      flagFrom(ratePeriod, {
        side: 'target',
        span: { start: mention.start, end: mention.end },
        message: `“${mention.text}” (per ${mention.period}) where the source counts ${counted} (per ${[...sourcePeriods].join(', per ')})`,
      }),
    );
  },
} satisfies UnitCheck;
