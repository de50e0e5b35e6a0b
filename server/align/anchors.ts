import { fold, isAllCaps, isCapitalized, words } from '../text/normalize';

/**
 * Features of a sentence that survive translation: numbers, acronyms, capitalised names (folded and
 * cut to a four-letter prefix, so "Ukraine"/"Ukrainie" meet), URLs, and ? ! marks.
 */
export interface SentenceFeatures {
  length: number;
  anchors: Int32Array;
  question: boolean;
  exclamation: boolean;
  quoted: boolean;
}

const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d+)*/g;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+/g;

export function nameKey(word: string): string {
  const folded = fold(word);
  return folded.length > 4 ? folded.slice(0, 4) : folded;
}

export function anchorStrings(text: string): string[] {
  const anchors: string[] = [];
  for (const match of text.matchAll(URL)) anchors.push(`u:${match[0].toLowerCase()}`);
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[0].replace(/\D/g, '');
    // One- and two-digit numbers are often written as words on one side; they still count, just less often.
    anchors.push(`n:${digits}`);
  }
  words(text).forEach((token, position) => {
    const word = token.text.replace(/['’]s$/u, '');
    if (isAllCaps(word)) anchors.push(`a:${fold(word)}`);
    // A capital at the start of a sentence says nothing about names.
    else if (position > 0 && isCapitalized(word)) anchors.push(`c:${nameKey(word)}`);
  });
  return anchors;
}

export class AnchorInterner {
  private readonly ids = new Map<string, number>();

  features(text: string): SentenceFeatures {
    const anchors = anchorStrings(text).map((anchor) => {
      let id = this.ids.get(anchor);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(anchor, id);
      }
      return id;
    });
    return {
      length: text.length,
      anchors: Int32Array.from(anchors).sort(),
      question: /[?？]/.test(text),
      exclamation: /[!！]/.test(text),
      quoted: /["“”„«»「」]/.test(text),
    };
  }
}

/** Dice overlap of two sorted multisets of anchor ids. */
export function anchorOverlap(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

export function mergeAnchors(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length);
  merged.set(a);
  merged.set(b, a.length);
  return merged.sort();
}
