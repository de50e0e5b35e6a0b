function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

const folded = new Map<string, string>();

/** Removes diacritics and case so that "Łódź" and "lodz" compare equal. */
export function fold(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  const cached = folded.get(text);
  if (cached !== undefined) return cached;
  const result = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .toLowerCase();
  if (folded.size > 50_000) folded.clear();
  folded.set(text, result);
  return result;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]/gu;

const tokenCache = new Map<string, readonly Token[]>();

/** Word tokens with their UTF-16 offsets (memoised: every check tokenises the same sentences). */
export function words(text: string): readonly Token[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const tokens = tokenize(text);
  if (tokenCache.size > 20_000) tokenCache.clear();
  tokenCache.set(text, tokens);
  return tokens;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Collapses runs of white space so that comparisons ignore layout. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const wordSets = new Map<string, ReadonlySet<string>>();

/** The lower-cased word types of a text (memoised). */
export function wordSet(text: string): ReadonlySet<string> {
  const cached = wordSets.get(text);
  if (cached) return cached;
  const set = new Set(words(text).map((w) => w.text.toLowerCase()));
  if (wordSets.size > 20_000) wordSets.clear();
  wordSets.set(text, set);
  return set;
}

/** How many word types of `target` also occur in `source`. */
export function sharedWordCount(source: string, target: string): number {
  const sourceWords = wordSet(source);
  let shared = 0;
  for (const word of wordSet(target)) if (sourceWords.has(word)) shared++;
  return shared;
}
