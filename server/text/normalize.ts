import { foldText } from '../domain/fold';

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

const folded = new Map<string, string>();

/** Removes diacritics and case so that "Łódź" and "lodz" compare equal. */
export function fold(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  const cached = folded.get(text);
  if (cached !== undefined) return cached;
  const result = foldText(text);
  if (folded.size > 50_000) folded.clear();
  folded.set(text, result);
  return result;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

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

const CASED = /^[\p{Lu}\p{Ll}\p{Lt}]$/u;
const UNCASED = /^\p{Lo}$/u;
const EITHER = /^[\p{Lm}\p{M}]$/u;

/** What a code point is to a word: a letter of a script with case (Latin, Cyrillic, Greek…), one of a script without, or a mark or modifier that goes with either. */
const NONE = 2;
const CASED_LETTER = 1;
const UNCASED_LETTER = 3;
const ANY_LETTER = 4;

function letterClass(character: string): number {
  if (CASED.test(character)) return CASED_LETTER;
  if (UNCASED.test(character)) return UNCASED_LETTER;
  return EITHER.test(character) ? ANY_LETTER : NONE;
}

/** Per UTF-16 code unit: 0 not yet known, else its letterClass() (Unicode tables are slow to ask). */
const letterTable = new Uint8Array(0x10000);

function unitClass(code: number): number {
  let known = letterTable[code] ?? 0;
  if (known === 0) {
    known = letterClass(String.fromCharCode(code));
    letterTable[code] = known;
  }
  return known;
}

/** The class of the letter or mark at `i` and its length (1 or 2 code units); length 0 when there is none. */
function letterAt(text: string, i: number): { size: number; kind: number } {
  const code = text.charCodeAt(i);
  const kind = code >= 0xd800 && code <= 0xdbff ? letterClass(text.slice(i, i + 2)) : unitClass(code);
  if (kind === NONE) return NO_LETTER;
  return code >= 0xd800 && code <= 0xdbff ? { size: 2, kind } : (LETTERS[kind] ?? NO_LETTER);
}

const NO_LETTER = { size: 0, kind: NONE };
/** One object per class for the one-unit letters: the scanner asks for every character of every text. */
const LETTERS: readonly { size: number; kind: number }[] = [0, 1, 2, 3, 4].map((kind) => ({ size: 1, kind }));

/** ' ’ - and the zero-width (non-)joiners that Persian and the Indic scripts write inside words ("سه‌شنبه"). */
const isJoiner = (code: number): boolean =>
  code === 39 || code === 0x2019 || code === 45 || code === 0x200c || code === 0x200d;

/**
 * Runs of letters and marks, with apostrophes, hyphens and zero-width joiners allowed inside ("don't",
 * "US-Russia", Persian "سه‌شنبه", Tuesday, not "شنبه", Saturday) but not at either end. A run ends where
 * letters of a script with case meet letters of one without: Japanese and Chinese write Latin words
 * against their own ("BRCA1およびBRCA2", "4 °Cで", "用iPhone"). A scanner rather than a Unicode
 * expression: this runs on every sentence of every file.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const first = letterAt(text, i);
    if (first.size === 0) {
      i++;
      continue;
    }
    const start = i;
    let end = i + first.size; // end of the last letter seen
    let kind = first.kind; // cased or uncased, once a letter says which
    let j = end;
    while (j < text.length) {
      const next = letterAt(text, j);
      if (next.size > 0) {
        if (next.kind !== ANY_LETTER) {
          if (kind !== ANY_LETTER && next.kind !== kind) break;
          kind = next.kind;
        }
        j += next.size;
        end = j;
      } else if (isJoiner(text.charCodeAt(j))) j++;
      else break;
    }
    tokens.push({ text: text.slice(start, end), start, end });
    i = end;
  }
  return tokens;
}

const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;
const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;

export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // Plain ASCII letters are most words; only the rest pay for case conversion.
  if (isAsciiUpper(code)) return true;
  if (code < 128) return false;
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  if (isAsciiLower(word.charCodeAt(0)) || isAsciiLower(word.charCodeAt(1))) return false;
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Collapses runs of white space so that comparisons ignore layout. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A text as searches and the memory compare it: case, accents and spacing aside. */
export function searchable(text: string): string {
  return squash(fold(text));
}

const wordSets = new Map<string, ReadonlySet<string>>();

/** The lower-cased word types of a text (memoised). */
export function wordSet(text: string): ReadonlySet<string> {
  const cached = wordSets.get(text);
  if (cached) return cached;
  const set = new Set<string>();
  // Lower-casing the text once and slicing it is a third faster than lower-casing word by word; a
  // text whose length changes in lower case (İ, some ligatures) would shift the offsets.
  const lower = text.toLowerCase();
  if (lower.length === text.length)
    for (const word of words(text)) set.add(lower.slice(word.start, word.end));
  else for (const word of words(text)) set.add(word.text.toLowerCase());
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

/**
 * A spelling that ignores what languages change when they borrow a name: c/k/q, z/s, sch/sh/s, ph/f,
 * th/t, y/j/i, w/v, a silent h and doubled letters ("Pomerania" and "Pommern" both start "pomer",
 * "Scandinavians" and "Skandinavier" "skandi", "Slavs" and "Slawen" "slav", "Yugoslavia" and
 * "Jugoslawien" "iugoslav", "Iroquois" and "Irokesen" "irok", "Shiite" and "schiitisch" "siit").
 */
export function looseSpelling(folded: string): string {
  if (!isAscii(folded)) return looseSpellingByRules(folded);
  // One pass over ASCII text (most text once folded): the rules below, without eight regular expressions.
  let result = '';
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    let code = folded.charCodeAt(i);
    const next = folded.charCodeAt(i + 1);
    if ((code === 112 || code === 116) && next === 104) {
      code = code === 112 ? 102 : 116; // ph → f, th → t
      i++;
    } else if (code === 115 && next === 99 && folded.charCodeAt(i + 2) === 104)
      i += 2; // sch → s: German "Schiit" and English "Shiite"
    else if (code === 104)
      continue; // a silent h: "hydro" and "idro", "Washington" and "Waszyngton"
    else if (code === 99)
      code = 107; // c → k
    else if (code === 122)
      code = 115; // z → s
    else if (code === 121 || code === 106)
      code = 105; // y, j → i
    else if (code === 113)
      code = 107; // q → k
    else if (code === 119) code = 118; // w → v
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (letter && code === previous) continue;
    result += String.fromCharCode(code);
    previous = code;
  }
  return result;
}

function looseSpellingByRules(folded: string): string {
  return folded
    .replace(/sch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/h/g, '')
    .replace(/[cq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * A folded word and the same without its last one or two letters, never shorter than `minLength`:
 * names and weekdays inflect ("Австрия"/"Австрии", "środa"/"środę"), and two forms meet on a shared
 * shortened one.
 */
export function endingVariants(folded: string, minLength: number): string[] {
  const forms = [folded];
  for (let cut = 1; cut <= 2 && folded.length - cut >= minLength; cut++) forms.push(folded.slice(0, -cut));
  return forms;
}
