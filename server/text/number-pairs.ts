import type { NumberMention } from './numbers';

/** Two numbers joined by a hyphen, a dash or a colon: a score ("7-6", "3:1") or a range ("5–10"). */
const JOINED = /^ ?[-‐–—:] ?$/u;
/** Hebrew and Arabic script, in which a writer may type a score or a range in either order. */
const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

export interface NumberPair {
  first: NumberMention;
  second: NumberMention;
  /** "7-6": the numbers of the pair, in order. */
  key: string;
  start: number;
  end: number;
}

const joins = (text: string, a: NumberMention | undefined, b: NumberMention | undefined): boolean =>
  a !== undefined && b !== undefined && JOINED.test(text.slice(a.end, b.start));

/**
 * The scores and ranges of a text: two numbers joined by a hyphen, a dash or a colon, not part of a
 * longer chain (a date "12-05-2020"). None in text written right to left.
 */
export function numberPairs(text: string, mentions: readonly NumberMention[]): NumberPair[] {
  if (RIGHT_TO_LEFT_SCRIPT.test(text)) return [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const pairs: NumberPair[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const first = sorted[k];
    const second = sorted[k + 1];
    if (!first || !second || !joins(text, first, second)) continue;
    if (joins(text, sorted[k - 1], first) || joins(text, second, sorted[k + 2])) continue;
    const [a] = first.values;
    const [b] = second.values;
    if (a === undefined || b === undefined || a < 0 || b < 0) continue;
    pairs.push({ first, second, key: `${a}-${b}`, start: first.start, end: second.end });
  }
  return pairs;
}

/** Numbers this large are years or amounts, never a score, whose order a language may turn round. */
const NO_SCORE = 1000;

/**
 * The target's pairs that hold a source pair's numbers the other way round ("2019–2020" → "2020–2019"),
 * where the target has that pair in its order fewer times than the source. A score may be turned round
 * by convention ("lost 2-1" is German "verlor 1:2", the losing side's goals first), and then every
 * score of the sentence is: one is reported when it is a range of years or amounts, or when another
 * pair of the sentence kept its order ("6-3, 7-6, 6-3" → "6:3, 6:7, 6:3").
 */
export function reversedPairs(
  source: readonly NumberPair[],
  target: readonly NumberPair[],
): { reversed: NumberPair; of: NumberPair }[] {
  const count = (pairs: readonly NumberPair[], key: string): number =>
    pairs.filter((p) => p.key === key).length;
  const flip = (key: string): string => key.split('-').reverse().join('-');
  const kept = source.some((p) => flip(p.key) !== p.key && count(target, p.key) > 0);
  const reversed: { reversed: NumberPair; of: NumberPair }[] = [];
  const seen = new Set<string>();
  for (const pair of source) {
    const flipped = flip(pair.key);
    if (flipped === pair.key || seen.has(pair.key)) continue;
    seen.add(pair.key);
    const large = pair.key.split('-').every((n) => Number(n) >= NO_SCORE);
    if (!large && !kept) continue;
    const lost = count(source, pair.key) - count(target, pair.key);
    const gained = count(target, flipped) - count(source, flipped);
    if (lost <= 0 || gained <= 0) continue;
    for (const found of target.filter((p) => p.key === flipped).slice(0, Math.min(lost, gained)))
      reversed.push({ reversed: found, of: pair });
  }
  return reversed;
}
