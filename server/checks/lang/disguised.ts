import { allMatches } from '../../util/regexp';

/**
 * Words written so that a filter misses them: "f*ck", "f**king", "sh1t", "a$$hole", "fuuuck",
 * "biiitch". Comment writers disguise insults this way, and machine translation garbles them or
 * drops them, so the offensive-word check must read them as what they are.
 */

/** Digits and signs that stand for letters; "!" and "|" only between letters ("p!ss", not "Help!"). */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  $: 's',
  '@': 'a',
  '!': 'i',
  '|': 'i',
};

/** A run of letters, stars and look-alike signs from a letter to a letter, star or "$" ("***ing" is too little to read). */
const TOKEN = /[\p{L}][\p{L}\d*$@!|]*[\p{L}*$]|[\p{L}]/gu;
/** What a disguise leaves in a token: a star or sign inside, a digit between letters, a letter tripled. */
export const HINT = /[*$@]|\p{L}[\d!|]+\p{L}|(\p{L})\1\1/u;
const TRIPLED = /(\p{L})\1{2,}/gu;

export interface DisguisedWord {
  /** The token as written. */
  text: string;
  start: number;
  end: number;
  /**
   * The plain spellings it may stand for, lower case: look-alike signs read as letters, a letter
   * repeated three or more times read once and twice ("fuuuck" fuck, "asss" as or ass). A star
   * stands for one unknown letter and stays a star.
   */
  readings: string[];
}

/** Roughly a letter: ASCII letters, and anything outside ASCII (the precise test comes later). */
const isLetterLike = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
/** Digits, "!" and "|": letters only between letters. */
const isLookAlike = (code: number): boolean => (code >= 48 && code <= 57) || code === 33 || code === 124;

/**
 * Whether a text may hold a disguised word at all: nearly every sentence does not, and stops here. A
 * scan of character codes rather than HINT, which costs a Unicode match with a back-reference for
 * every sentence of every file.
 */
export function mayHoldDisguise(text: string): boolean {
  let previous = -1;
  let repeats = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 42 || code === 36 || code === 64) return true; // * $ @
    if (isLookAlike(code) && isLetterLike(previous)) {
      let j = i + 1;
      while (j < text.length && isLookAlike(text.charCodeAt(j))) j++;
      if (j < text.length && isLetterLike(text.charCodeAt(j))) return true;
    }
    repeats = code === previous && isLetterLike(code) ? repeats + 1 : 1;
    if (repeats === 3) return true;
    previous = code;
  }
  return false;
}

/** The disguised words of a text, with their possible plain readings. */
export function disguisedWords(text: string): DisguisedWord[] {
  if (!mayHoldDisguise(text)) return [];
  const found: DisguisedWord[] = [];
  for (const match of allMatches(TOKEN, text)) {
    const token = match[0];
    if (!HINT.test(token)) continue;
    const letters = token.replace(/[^\p{L}]/gu, '');
    // Two letters at least say which word it is ("f**k", not "a*" or "*").
    if (letters.length < 2) continue;
    const plain = [...token.toLowerCase()].map((c) => LEET[c] ?? c).join('');
    const readings = new Set([plain.replace(TRIPLED, '$1'), plain.replace(TRIPLED, '$1$1')]);
    found.push({
      text: token,
      start: match.index,
      end: match.index + token.length,
      readings: [...readings].filter((reading) => reading !== token.toLowerCase() || token.includes('*')),
    });
  }
  return found.filter((word) => word.readings.length > 0);
}

/** Whether a reading with stars (one unknown letter each) spells the word. */
export function readsAs(reading: string, word: string): boolean {
  if (reading.length !== word.length) return false;
  for (let i = 0; i < reading.length; i++) {
    const c = reading.charAt(i);
    if (c !== '*' && c !== word.charAt(i)) return false;
  }
  return true;
}
