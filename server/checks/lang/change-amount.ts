import { perLanguage } from '../../text/memo';
import { polesIn } from './polarity';
import { allMatches } from '../../util/regexp';

/**
 * A rise or fall by a share against a rise or fall to one: "rose by 2 %" is "stieg um 2 %", "rose to
 * 2 %" is "stieg auf 2 %". News MT turns one into the other, and the reader gets another number.
 * Read before a percentage only, in a text that says something rose or fell (the polarity lists'
 * up and down), so that "equal to 77 %" or "a share of 5 %" are no change.
 */
export type ChangeBasis = 'by' | 'to';

export interface ChangeAmount {
  basis: ChangeBasis;
  value: number;
  start: number;
  end: number;
  text: string;
}

/** The words for "by" and "to" just before the number, per language. */
const WORDS: Readonly<Record<string, { by: readonly string[]; to: readonly string[] }>> = {
  en: { by: ['by'], to: ['to'] },
  de: { by: ['um'], to: ['auf'] },
  fr: { by: ['de'], to: ['à'] },
  es: { by: ['un', 'en un', 'en'], to: ['al', 'hasta el', 'hasta un'] },
  it: { by: ['del', "dell'"], to: ['al', 'fino al', "all'"] },
  pt: { by: ['em'], to: ['para'] },
  nl: { by: ['met'], to: ['tot', 'naar'] },
  pl: { by: ['o'], to: ['do'] },
  cs: { by: ['o'], to: ['na'] },
  ru: { by: ['на'], to: ['до'] },
  ro: { by: ['cu'], to: ['la'] },
  zh: { by: [], to: ['到', '至'] },
};

const PERCENT =
  '(\\d+(?:[.,]\\d+)?)\\s?(?:%|％|percent\\b|per cent\\b|prozent|pour cent|por ciento|per cento|por cento|procent\\p{L}*|процент\\p{L}*)';

const searchFor = perLanguage((lang: string): RegExp | null => {
  const words = WORDS[lang];
  if (!words) return null;
  const alternatives = (list: readonly string[]): string =>
    list.map((w) => w.replace(/'/g, "['’]").replace(/\s+/g, '\\s+')).join('|');
  const edge = lang === 'zh' ? '' : '(?<![\\p{L}])';
  // "up to 5 %" is a limit, not a level reached.
  const notUpTo = lang === 'en' ? '(?<!up\\s)' : '';
  // A group either way, so that the number is always the third.
  const by = words.by.length > 0 ? `(${edge}(?:${alternatives(words.by)})\\s*)` : '((?!))';
  const to = `(${edge}${notUpTo}(?:${alternatives(words.to)})\\s*)`;
  return new RegExp(`(?:${by}|${to})${PERCENT}`, 'giu');
});

/** The shares a text says something rose or fell by, or to. */
export function changeAmounts(text: string, lang: string): ChangeAmount[] {
  const search = searchFor(lang);
  if (!search || !/\d/.test(text)) return [];
  const moves = polesIn(text, lang).some((mention) => mention.pole === 'up' || mention.pole === 'down');
  if (!moves) return [];
  const found: ChangeAmount[] = [];
  for (const match of allMatches(search, text)) {
    const value = Number((match[3] ?? '').replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const start = match.index;
    found.push({
      basis: match[1] !== undefined ? 'by' : 'to',
      value,
      start,
      end: start + match[0].length,
      text: match[0].trim(),
    });
  }
  return found;
}
