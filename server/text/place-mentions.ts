import { findNames } from './names';
import { fold } from './normalize';
import { MIN_WORD, gazetteer, wholePlaceNames } from './places';

/** A gazetteer place ("g:…": a city, a region, a sea) a text names, where it names it. */
export interface PlaceMention {
  place: string;
  start: number;
  end: number;
  text: string;
}

let exactNames: ReadonlyMap<string, string> | null = null;

/** Every one-word name of the gazetteer, folded, with its place, when it names only that one. */
function exactPlaceNames(): ReadonlyMap<string, string> {
  if (exactNames) return exactNames;
  const byName = new Map<string, string | null>();
  gazetteer().forEach((names, k) => {
    for (const name of names) {
      if (/[\s-]/u.test(name) || name.length < MIN_WORD) continue;
      const key = fold(name);
      const known = byName.get(key);
      byName.set(key, known === undefined || known === `g:${k}` ? `g:${k}` : null);
    }
  });
  const names = new Map<string, string>();
  for (const [name, place] of byName) if (place) names.set(name, place);
  exactNames = names;
  return names;
}

/**
 * The gazetteer's places a text names, with where, read strictly: a capitalised word that is one of
 * its names as written (no ending taken off: "Video" is no "Vidin"), and names of several words or in
 * scripts without spaces found whole. placesIn() reads loosely, for telling that a place is there.
 */
export function gazetteerPlaces(text: string, lang: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const exact = exactPlaceNames();
  // Capitalised words, as the names already found in the text have them.
  for (const name of findNames(text, lang)) {
    const place = exact.get(fold(name.text));
    if (place) found.push({ place, start: name.start, end: name.end, text: name.text });
  }
  const { starts, byFirst } = wholeNameIndex(lang);
  for (let at = 0; at < text.length; at++) {
    const first = text.charCodeAt(at);
    if (starts[first] === 0) continue;
    for (const [name, place] of byFirst.get(first) ?? []) {
      const end = at + name.length;
      if (!text.startsWith(name, at) || found.some((m) => m.start < end && at < m.end)) continue;
      found.push({ place, start: at, end, text: name });
      at = end - 1;
      break;
    }
  }
  return found;
}

interface WholeNameIndex {
  /** 1 for each character some whole name starts with: most characters of a text start none. */
  starts: Uint8Array;
  byFirst: ReadonlyMap<number, readonly [string, string][]>;
}

const wholeNameIndexes = new Map<string, WholeNameIndex>();

/** The gazetteer's whole names (of several words, or in a script without spaces) by their first character, longest first. */
function wholeNameIndex(lang: string): WholeNameIndex {
  let index = wholeNameIndexes.get(lang);
  if (!index) {
    const starts = new Uint8Array(0x10000);
    const byFirst = new Map<number, [string, string][]>();
    for (const [name, place] of wholePlaceNames(lang)) {
      if (!place.startsWith('g:')) continue;
      const first = name.charCodeAt(0);
      starts[first] = 1;
      const names = byFirst.get(first);
      if (names) names.push([name, place]);
      else byFirst.set(first, [[name, place]]);
    }
    index = { starts, byFirst };
    wholeNameIndexes.set(lang, index);
  }
  return index;
}
