import type { NumberMention } from '../../text/numbers';
import { writtenLike } from '../../text/number-style';
import { sameUnit, unitOf } from '../../text/units';

/** What follows an hour ("16:00", "13 h", "7 p.m.", "9時"): a time is the clock check's, and 6 p.m. is no "6:00". */
const TIME_AFTER = /^\s?(?:[:.hH]\s?[0-5]\d|[hH](?![\p{L}])|Uhr|[ap]\.?\s?m(?![\p{L}])|[時时点點시])/u;
/** An hour's minutes ("10:30"), or the rest of a number tokenised MT cut in two ("1 , 9"). */
const CONTINUES = /\d\s?[:.,]\s?$/u;
/** A decade ("the 1900s") is no year: "des 19. Jahrhunderts" is not mended by writing 1900 there. */
const DECADE_AFTER = /^['’]?s(?![\p{L}])/u;

function standsAlone(text: string, mention: NumberMention): boolean {
  return (
    !TIME_AFTER.test(text.slice(mention.end, mention.end + 6)) &&
    !CONTINUES.test(text.slice(Math.max(0, mention.start - 4), mention.start))
  );
}

/** The significant digits, without separators and the zeros that end a round number: "23 000" → "23". */
const significant = (raw: string): string => raw.replace(/\D/g, '').replace(/0+$/, '');

/**
 * A slip rather than another number: within a factor of ten ("13" for "12", "2,000" for "20,000", "7 %"
 * for "19 %"), or one's digits inside the other's ("15 million" for "1,500 million"). A translation
 * that has "paragraph 6" where the source has "1931" says something else entirely, and writing the year
 * in does not mend it.
 */
function nearEachOther(was: NumberMention, is: NumberMention): boolean {
  const [a = 0, b = 0] = [Math.abs(was.values[0] ?? 0), Math.abs(is.values[0] ?? 0)];
  if (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 10) return true;
  const [x, y] = [significant(was.raw), significant(is.raw)];
  return Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x));
}

const scaleOf = (m: NumberMention): number => (m.scaled?.[0] ?? m.values[0] ?? 0) / (m.values[0] || 1);

/**
 * The source's number to write in place of the one the translation changed, when that is certain:
 * the caller asks only when it is the one number changed (pairing several by their order can mismatch
 * them); neither is part of a date or a time, both count in the same unit and on the same scale ("5
 * billion" → "6 Milliarden"), the change looks like a slip, and both are plain digits.
 */
export function numberMend(
  unit: { source: string; target: string },
  langs: { sourceLang: string; targetLang: string },
  was: NumberMention,
  is: NumberMention,
): string | null {
  if (was.date || is.date || !standsAlone(unit.source, was) || !standsAlone(unit.target, is)) return null;
  if (DECADE_AFTER.test(unit.source.slice(was.end, was.end + 3))) return null;
  if (scaleOf(was) !== scaleOf(is) || !nearEachOther(was, is)) return null;
  const sourceUnit = unitOf(unit.source, was, langs.sourceLang);
  const targetUnit = unitOf(unit.target, is, langs.targetLang);
  if ((sourceUnit === null) !== (targetUnit === null)) return null;
  if (sourceUnit && targetUnit && !sameUnit(sourceUnit, targetUnit)) return null;
  return writtenLike(was, is, langs.targetLang);
}
