import type { Flag } from '../domain/types';
import { type NumberMention, extractNumbers, sameNumber } from '../text/numbers';
import { numbersInWords } from '../text/number-words';
import { type UnitMention, sameUnit, unitOf } from '../text/units';
import { type UnitCheck, flagFrom } from './types';

interface Measure {
  number: NumberMention;
  unit: UnitMention;
}

/** The number with its unit as the text writes them: "€50", "50 €", "500 mg". */
function asWritten(text: string, measure: Measure): string {
  return text.slice(
    Math.min(measure.number.start, measure.unit.start),
    Math.max(measure.number.end, measure.unit.end),
  );
}

/** The numbers a text writes in digits or in words. */
function numbersIn(text: string, lang: string): NumberMention[] {
  return [...extractNumbers(text, lang), ...numbersInWords(text, lang)];
}

/**
 * Units written alike in every language — currency signs and codes, SI and computing symbols — so that
 * the source's is what the translation should have ("500 g" for "500 mg", "180 °F" for "180 °C", "50 $"
 * for "€50"). A unit's name ("Stunden", "ドル") is the language's own word, and is left to the reviewer.
 */
const INTERNATIONAL =
  /^(?:[$€£¥￥₹₽₩₺₴%‰]|US\$|[A-Z]{3}|°[CF]|[kmcµμ]?[glL]|[kcm]?m[²³]?|km\/h|[kMGT]?(?:B|Hz|W|Wh)|k?cal|ppm|ppb|mmHg|rpm|mph)$/u;

/** A wrong unit on a dose or an amount can harm someone; a wrong currency or distance misleads. */
const HARMFUL = new Set(['mass', 'volume']);

export const units = {
  scope: 'unit',
  id: 'units',
  name: 'Unit or currency differs',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'The same number carries another unit or currency in the target: "500 mg" as "500 g", "€50" as "50 $", "180 °C" as "180 °F", "10 minutes" as "10 horas", "70 mph" as "70 km/h", "2 percentage points" as "2 Prozent". Symbols, codes and unit names in many languages count as one ("$" = "USD" = "dolarów" = "美元"); units of time are named as Intl names them in each language ("Minuten", "минут", "分钟", "時間"). A unit written alike in every language (a currency sign or code, an SI or computing symbol) carries the source\'s as its fix; a unit\'s name does not.',
  run(unit, ctx): Flag[] {
    // Spelt out too: "ten minutes" is "10時間", "десять часов" or "十小时" in a wrong translation.
    const sourceNumbers = numbersIn(unit.source, ctx.sourceLang);
    if (sourceNumbers.length === 0) return [];
    const targetNumbers = numbersIn(unit.target, ctx.targetLang);
    const flags: Flag[] = [];
    for (const number of sourceNumbers) {
      const sourceUnit = unitOf(unit.source, number, ctx.sourceLang);
      if (!sourceUnit) continue;
      const targetUnits = targetNumbers
        .filter((other) => sameNumber(number, other))
        .map((other) => ({ number: other, unit: unitOf(unit.target, other, ctx.targetLang) }))
        .filter((found): found is Measure => found.unit !== null && found.unit.kind === sourceUnit.kind);
      // No unit found beside the number in the target says nothing: it may stand further away.
      if (targetUnits.length === 0 || targetUnits.some((found) => sameUnit(found.unit, sourceUnit))) continue;
      const wrong = targetUnits[0];
      if (!wrong) continue;
      const mendable = INTERNATIONAL.test(sourceUnit.text) && INTERNATIONAL.test(wrong.unit.text);
      flags.push(
        flagFrom(units, {
          side: 'target',
          span: { start: wrong.unit.start, end: wrong.unit.end },
          severity: HARMFUL.has(sourceUnit.kind) ? 'critical' : 'major',
          message: `“${asWritten(unit.source, { number, unit: sourceUnit })}” in the source is “${asWritten(unit.target, wrong)}” in the translation`,
          ...(mendable ? { fix: sourceUnit.text } : {}),
        }),
      );
    }
    return flags;
  },
} satisfies UnitCheck;
