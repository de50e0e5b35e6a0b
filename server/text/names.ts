import { nameKey } from '../align/anchors';
import { isCommonWord } from './lexicon';
import { fold, isAllCaps, isCapitalized, words } from './normalize';

export interface NameMention {
  text: string;
  key: string;
  start: number;
  end: number;
  acronym: boolean;
  sentenceInitial: boolean;
  /** Part of a run of capitalised words ("White House", "Organization for Security"). */
  inPhrase: boolean;
  /** An ordinary word written with a capital ("Name", "Security"), per the language's dictionary. */
  common: boolean;
}

/** Words that may stand inside a multi-word name: "Organization for Security and Co-operation in Europe". */
const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'in',
  'on',
  'de',
  'la',
  'del',
  'der',
  'von',
  'van',
  'du',
  'des',
]);

/**
 * Capitalised words and acronyms. A capital after a sentence break says nothing, so those are kept
 * apart (`sentenceInitial`) and each check decides whether to trust them.
 */
export function findNames(text: string, lang = ''): NameMention[] {
  // Text written in capitals ("GET A LIFE") has no acronyms to find.
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 12 && letters.replace(/[^\p{Lu}]/gu, '').length > 0.6 * letters.length;
  // "US-Russia" is two names.
  const tokens = words(text).flatMap((token) => {
    let offset = token.start;
    return token.text.split('-').map((part) => {
      const piece = { text: part, start: offset, end: offset + part.length };
      offset += part.length + 1;
      return piece;
    });
  });
  const capital = tokens.map((t) => t.text !== '' && (isAllCaps(t.text) || isCapitalized(t.text)));
  const joinsPhrase = (k: number): boolean => {
    const token = tokens[k];
    if (!token) return false;
    if (capital[k]) return true;
    return NAME_CONNECTORS.has(token.text) && capital[k - 1] === true && capital[k + 1] === true;
  };
  return tokens.flatMap((token, k) => {
    if (token.text === '' || shouting) return [];
    const word = token.text.replace(/['’]s$/u, '');
    const acronym = isAllCaps(word);
    if (!acronym && !isCapitalized(word)) return [];
    const before = text.slice(tokens[k - 1]?.end ?? 0, token.start);
    const sentenceInitial = k === 0 || /[.!?:;„“"«=]\s*$/u.test(before);
    const inPhrase = (!sentenceInitial && joinsPhrase(k - 1)) || joinsPhrase(k + 1);
    const common = !acronym && isCommonWord(word, lang) === true;
    const key = acronym ? fold(word) : nameKey(word);
    return [
      {
        text: word,
        key,
        start: token.start,
        end: token.start + word.length,
        acronym,
        sentenceInitial,
        inPhrase,
        common,
      },
    ];
  });
}

const regionNames = new Map<string, Map<string, Set<string>>>();

/**
 * Country names in two languages from Intl.DisplayNames, keyed by name key: "Germany" → {niem}
 * for Polish, so "Niemcy" counts as the translation of "Germany".
 */
export function exonymKeys(sourceLang: string, targetLang: string): Map<string, Set<string>> {
  const cacheKey = `${sourceLang}>${targetLang}`;
  const cached = regionNames.get(cacheKey);
  if (cached) return cached;
  const table = new Map<string, Set<string>>();
  try {
    const sourceNames = new Intl.DisplayNames([sourceLang], { type: 'region', fallback: 'none' });
    const targetNames = new Intl.DisplayNames([targetLang], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const sourceName = sourceNames.of(code);
        const targetName = targetNames.of(code);
        if (!sourceName || !targetName || sourceName === code) continue;
        const targetKeys = words(targetName).map((w) => fold(w.text).slice(0, 3));
        for (const word of words(sourceName)) {
          const key = nameKey(word.text);
          const set = table.get(key) ?? new Set<string>();
          targetKeys.forEach((k) => set.add(k));
          table.set(key, set);
        }
      }
    }
  } catch {
    // An unknown language code has no display names: the table stays empty.
  }
  regionNames.set(cacheKey, table);
  return table;
}
