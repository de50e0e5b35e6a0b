import type { NumberMention } from './numbers';

/** Digits in ASCII, perhaps grouped or with a decimal mark: what a number written anew can copy. */
const PLAIN = /^\d+(?:[.,\u00a0\u202f\u2009 '’]\d+)*$/u;
const SEPARATOR = /[^\d]/gu;

/** The marks a written number shows: its decimal mark, if it has a fraction, and its grouping mark. */
interface Marks {
  decimal: string | null;
  group: string | null;
  /** Integer digits written ungrouped where a grouping language would group them ("12000"). */
  ungrouped: boolean;
}

function marksOf(raw: string, value: number): Marks {
  const separators = raw.match(SEPARATOR) ?? [];
  // A fraction's mark is the last one; the marks before it group the whole part.
  const decimal = Number.isInteger(value) ? null : (separators.at(-1) ?? null);
  const groups = decimal === null ? separators : separators.slice(0, -1);
  const wholePart = decimal === null ? raw : raw.slice(0, raw.lastIndexOf(decimal));
  return {
    decimal,
    group: groups[0] ?? null,
    ungrouped: groups.length === 0 && wholePart.replace(SEPARATOR, '').length >= 4,
  };
}

function formatter(lang: string, grouped: boolean, fractionDigits: number): Intl.NumberFormat | null {
  try {
    return new Intl.NumberFormat(lang, {
      numberingSystem: 'latn',
      // The language's own rule when grouping: Polish and Spanish leave four digits alone ("1500").
      useGrouping: grouped ? 'auto' : false,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
  } catch {
    // A language tag Intl does not accept: there is no convention to write the number in.
    return null;
  }
}

/**
 * The source's number written the way the translation writes the number that stands in its place:
 * with that number's decimal and grouping marks ("12,000" where a Polish translation has "13 000" is
 * "12 000"; "2.5" where a German one has "3,5" is "2,5"), and the language's marks where that number
 * shows none (Intl's: "2.5" where German has "3" is "2,5"). Null when either is more than plain
 * digits: a negative number, another script's digits, a number in words.
 */
export function writtenLike(source: NumberMention, target: NumberMention, lang: string): string | null {
  const [value] = source.values;
  const [targetValue] = target.values;
  // Each number read first as its language writes numbers ("12,000" is 12000 in English, though MT
  // output that mixes conventions could mean 12).
  if (value === undefined || targetValue === undefined) return null;
  if (!PLAIN.test(source.raw) || !PLAIN.test(target.raw)) return null;
  const sourceMarks = marksOf(source.raw, value);
  const targetMarks = marksOf(target.raw, targetValue);
  const fractionDigits =
    sourceMarks.decimal === null ? 0 : source.raw.length - source.raw.lastIndexOf(sourceMarks.decimal) - 1;
  // The translation's own habit where its number shows one; the source's otherwise.
  const grouped = targetMarks.group !== null || (!targetMarks.ungrouped && sourceMarks.group !== null);
  const parts = formatter(lang, grouped, fractionDigits)?.formatToParts(value);
  if (!parts) return null;
  const written = parts
    .map((part) => {
      if (part.type === 'group') return targetMarks.group ?? part.value;
      if (part.type === 'decimal') return targetMarks.decimal ?? part.value;
      return part.value;
    })
    .join('');
  return PLAIN.test(written) ? written : null;
}
