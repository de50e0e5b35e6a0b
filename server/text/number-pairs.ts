import type { NumberMention } from './numbers';

/** Two numbers joined by a hyphen, a dash or a colon: a score ("7-6", "3:1") or a range ("5–10"). */
const JOINED = /^ ?[-‐–—:] ?$/u;
/** Hebrew and Arabic script, in which a writer may type a score or a range in either order. */
const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

export interface NumberPair {
  /** A score or range written with a hyphen, dash or colon, or a change "from … to …" in words. */
  kind: 'joined' | 'change';
  /** The two numbers, in the order written. */
  values: readonly [number, number];
  start: number;
  end: number;
}

/** "7-6": a pair's numbers in order, to compare pairs by. */
const keyOf = (a: number, b: number): string => `${a}-${b}`;

/**
 * How a language says a change from one number to another, as whole words: "from 3 % to 5 %", "von 3 %
 * auf 5 %", "从3%增至5%", "3%から5%に" (Japanese and Chinese need no word break; Japanese says it
 * with から between the numbers alone). Every language writes the first number first.
 */
const CHANGE_WORDS: Readonly<Record<string, { from: readonly string[]; to: readonly string[] }>> = {
  en: { from: ['from'], to: ['to'] },
  de: { from: ['von'], to: ['auf', 'bis', 'zu'] },
  fr: { from: ['de', "d'", 'du'], to: ['à', 'a', 'au'] },
  es: { from: ['de', 'desde'], to: ['a', 'al', 'hasta'] },
  it: { from: ['da', 'dal', 'dallo', 'dalla'], to: ['a', 'al', 'allo', 'alla'] },
  pt: { from: ['de', 'do', 'da'], to: ['para', 'a', 'até', 'ao'] },
  nl: { from: ['van'], to: ['naar', 'tot'] },
  pl: { from: ['z', 'ze', 'od'], to: ['do', 'na'] },
  cs: { from: ['z', 'ze', 'od'], to: ['na', 'do'] },
  sk: { from: ['z', 'zo', 'od'], to: ['na', 'do'] },
  ru: { from: ['с', 'со', 'от'], to: ['до', 'к'] },
  uk: { from: ['з', 'із', 'від'], to: ['до'] },
  ro: { from: ['de la'], to: ['la'] },
  sv: { from: ['från'], to: ['till'] },
  da: { from: ['fra'], to: ['til'] },
  nb: { from: ['fra'], to: ['til'] },
  zh: { from: ['从', '由'], to: ['到', '至'] },
  ja: { from: [], to: ['から'] },
};

const CURRENCY_CODES = '(?:usd|eur|gbp|chf|jpy|cny|rmb|pln|czk|rub|uah|sek|nok|dkk|inr|ron|huf)';

interface ChangePattern {
  /** The text just before the first number ends with the word for "from". */
  before: RegExp | null;
  /** The text between the numbers holds the word for "to" and no digit. */
  between: RegExp;
}

const alternatives = (list: readonly string[]): string => list.map((w) => w.replace("'", "['’]")).join('|');

const CHANGE_PATTERNS = new Map<string, ChangePattern>(
  Object.entries(CHANGE_WORDS).map(([lang, { from, to }]) => {
    const spaceless = lang === 'zh' || lang === 'ja';
    const edge = spaceless ? '' : '(?<![\\p{L}])';
    const after = spaceless ? '' : '(?![\\p{L}])';
    return [
      lang,
      {
        // A currency sign or code may stand between the word and the number: "from $3", "von EUR 3".
        before:
          from.length === 0
            ? null
            : new RegExp(`${edge}(?:${alternatives(from)})\\s*(?:${CURRENCY_CODES}\\s*|[$€£¥₹]\\s*)?$`, 'iu'),
        between: new RegExp(`^[^\\d]{0,30}${edge}(?:${alternatives(to)})${after}[^\\d]{0,12}$`, 'iu'),
      },
    ];
  }),
);

/** Whether the two numbers are a change from the first to the second, as the language words one. */
function saysChange(text: string, first: NumberMention, second: NumberMention, lang: string): boolean {
  const pattern = CHANGE_PATTERNS.get(lang);
  if (!pattern || !pattern.between.test(text.slice(first.end, second.start))) return false;
  return (
    pattern.before === null || pattern.before.test(text.slice(Math.max(0, first.start - 16), first.start))
  );
}

const joins = (text: string, a: NumberMention | undefined, b: NumberMention | undefined): boolean =>
  a !== undefined && b !== undefined && JOINED.test(text.slice(a.end, b.start));

/**
 * The scores, ranges and changes of a text: two numbers joined by a hyphen, a dash or a colon, not
 * part of a longer chain (a date "12-05-2020"), or by the words for "from … to …". None in text written
 * right to left.
 */
export function numberPairs(text: string, mentions: readonly NumberMention[], lang: string): NumberPair[] {
  if (RIGHT_TO_LEFT_SCRIPT.test(text)) return [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const pairs: NumberPair[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const first = sorted[k];
    const second = sorted[k + 1];
    if (!first || !second) continue;
    let kind: NumberPair['kind'] | null = null;
    if (joins(text, first, second))
      kind = joins(text, sorted[k - 1], first) || joins(text, second, sorted[k + 2]) ? null : 'joined';
    else if (saysChange(text, first, second, lang)) kind = 'change';
    const [a] = first.values;
    const [b] = second.values;
    if (kind === null || a === undefined || b === undefined || a < 0 || b < 0) continue;
    pairs.push({ kind, values: [a, b], start: first.start, end: second.end });
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
  const inOrder = (pair: NumberPair): string => keyOf(pair.values[0], pair.values[1]);
  const turned = (pair: NumberPair): string => keyOf(pair.values[1], pair.values[0]);
  const count = (pairs: readonly NumberPair[], key: string): number =>
    pairs.filter((p) => inOrder(p) === key).length;
  const kept = source.some((p) => p.values[0] !== p.values[1] && count(target, inOrder(p)) > 0);
  const reversed: { reversed: NumberPair; of: NumberPair }[] = [];
  const seen = new Set<string>();
  for (const pair of source) {
    const key = inOrder(pair);
    if (pair.values[0] === pair.values[1] || seen.has(key)) continue;
    seen.add(key);
    const large = pair.values.every((n) => n >= NO_SCORE);
    if (pair.kind === 'joined' && !large && !kept) continue;
    const lost = count(source, key) - count(target, key);
    const gained = count(target, turned(pair)) - count(source, turned(pair));
    if (lost <= 0 || gained <= 0) continue;
    for (const found of target.filter((p) => inOrder(p) === turned(pair)).slice(0, Math.min(lost, gained)))
      reversed.push({ reversed: found, of: pair });
  }
  return reversed;
}
