import { nameKey } from '../align/anchors';
import { fold, isAllCaps, isCapitalized, words } from './normalize';

export interface NameMention {
  text: string;
  key: string;
  start: number;
  end: number;
  acronym: boolean;
  sentenceInitial: boolean;
}

/**
 * Capitalised words and acronyms. A capital after a sentence break says nothing, so those are kept
 * apart (`sentenceInitial`) and each check decides whether to trust them.
 */
export function findNames(text: string): NameMention[] {
  // "US-Russia" is two names.
  const tokens = words(text).flatMap((token) => {
    let offset = token.start;
    return token.text.split('-').map((part) => {
      const piece = { text: part, start: offset, end: offset + part.length };
      offset += part.length + 1;
      return piece;
    });
  });
  return tokens.flatMap((token, k) => {
    if (token.text === '') return [];
    const word = token.text.replace(/['’]s$/u, '');
    const acronym = isAllCaps(word);
    if (!acronym && !isCapitalized(word)) return [];
    const before = text.slice(tokens[k - 1]?.end ?? 0, token.start);
    const sentenceInitial = k === 0 || /[.!?:;„“"«]\s*$/u.test(before);
    return [
      {
        text: word,
        key: acronym ? fold(word) : nameKey(word),
        start: token.start,
        end: token.start + word.length,
        acronym,
        sentenceInitial,
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
