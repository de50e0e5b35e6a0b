import { isSpacelessScript } from './languages';
import { isKnownWord } from './lexicon';
import { readNameTables } from './name-lines';
import { endingVariants, fold, words } from './normalize';

let exonyms: { places: string[][]; regions: string[][] } | null = null;

/** exonyms.json, read once for both its tables. */
function exonymTables(): { places: string[][]; regions: string[][] } {
  if (!exonyms) {
    const tables = readNameTables(new URL('./exonyms.json', import.meta.url), ['places', 'regions']);
    exonyms = { places: tables.get('places') ?? [], regions: tables.get('regions') ?? [] };
  }
  return exonyms;
}

/** The places of exonyms.json, each in several languages ("Vienna", "Wien", "Wiedeń", "Vídeň", …). */
export function gazetteer(): string[][] {
  return exonymTables().places;
}

/** The parts of the world of exonyms.json whose names of several words count only whole ("Central Europe", "中欧"). */
function regionLines(): string[][] {
  return exonymTables().regions;
}

const displayTables = new Map<string, ReadonlyMap<string, string>>();

/**
 * Intl's names in `lang` of every two-letter region code ("AT" → "Österreich", plus the Americas,
 * "019") or language code ("de" → "Deutsch"); empty for a language Intl does not know.
 */
export function displayNames(lang: string, type: 'region' | 'language'): ReadonlyMap<string, string> {
  const key = `${type}:${lang}`;
  const cached = displayTables.get(key);
  if (cached) return cached;
  const names = new Map<string, string>();
  try {
    const display = new Intl.DisplayNames([lang], { type, fallback: 'none' });
    // The Americas and the continents (UN M49 codes), which Intl names in every language: Thai "ยุโรป".
    const codes: string[] = type === 'region' ? ['019', '150', '002', '142', '009'] : [];
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        codes.push(type === 'region' ? code : code.toLowerCase());
      }
    for (const code of codes) {
      const name = display.of(code);
      // Khmer names carry zero-width spaces between their words ("សហភាព\u200bអឺរ៉ុប"), which writers may or may not type.
      if (name && name !== code) names.set(code, name.replaceAll('\u200b', ''));
    }
  } catch {
    // No display names for an unknown language code.
  }
  displayTables.set(key, names);
  return names;
}

/** Words shorter than this say too little alone ("New", "San"). */
export const MIN_WORD = 4;

interface PlaceTable {
  /** A folded word of a place's name → the places it names. */
  byWord: Map<string, string[]>;
  /** Whole names to look for inside the text: in scripts without spaces, and names of several words. */
  whole: [name: string, place: string][];
}

const tables = new Map<string, PlaceTable>();

interface NameOptions {
  nameLang?: string;
  wholeOnly?: boolean;
}

/**
 * Countries (Intl.DisplayNames in English and in `lang`) and the gazetteer's places, keyed so that
 * every language's name of a place gives the same id: "Austria", "Österreich", "Rakousko" and "奥地利"
 * are all "r:AT", "Vienna" and "Wien" one gazetteer line.
 */
function placeTable(lang: string): PlaceTable {
  const cached = tables.get(lang);
  if (cached) return cached;
  const table: PlaceTable = { byWord: new Map(), whole: [] };
  const spaceless = isSpacelessScript(lang);
  /**
   * `nameLang`: the language the name is in, whose ordinary words name nothing alone; `wholeOnly`: a
   * name of several words counts only whole, its words never alone.
   */
  const add = (name: string, place: string, { nameLang, wholeOnly = false }: NameOptions = {}): void => {
    const parts = words(name);
    // Whole names are looked for where words do not say it: in scripts without spaces, and names of
    // several words ("United States", whose words are ordinary ones).
    if ((spaceless && name.length >= 2 && !/\s/.test(name)) || (!spaceless && parts.length > 1))
      table.whole.push([name, place]);
    if (wholeOnly && parts.length > 1) return;
    for (const word of parts) {
      if (word.text.length < MIN_WORD) continue;
      // "Central African Republic": in a name of several words, the ordinary ones name nothing alone.
      if (parts.length > 1 && nameLang && isKnownWord(word.text.toLowerCase(), nameLang) === true) continue;
      for (const key of endingVariants(fold(word.text), MIN_WORD)) {
        const known = table.byWord.get(key);
        if (!known) table.byWord.set(key, [place]);
        else if (!known.includes(place)) known.push(place);
      }
    }
  };
  gazetteer().forEach((names, k) => names.forEach((name) => add(name, `g:${k}`)));
  regionLines().forEach((names, k) => names.forEach((name) => add(name, `x:${k}`, { wholeOnly: true })));
  for (const code of new Set(['en', lang]))
    for (const [region, name] of displayNames(code, 'region')) add(name, `r:${region}`, { nameLang: code });
  table.whole.sort((a, b) => b[0].length - a[0].length);
  // "United", "Republic", "South", "Islands": words of many names name none of them.
  for (const [word, named] of table.byWord) if (named.length > 2) table.byWord.delete(word);
  tables.set(lang, table);
  return table;
}

/**
 * Polish and Czech soften a stem's last consonant before the locative's -e ("Praga" → "w Pradze", "Praha"
 * → "v Praze", "Ameryka" → "w Ameryce", "Kair" → "w Kairze", "Madryt" → "w Madrycie"): the stem as the
 * name's own form has it.
 */
const SOFTENED: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  pl: [
    [/dze$/, 'g'],
    [/dzie$/, 'd'],
    [/cie$/, 't'],
    [/rze$/, 'r'],
    [/ce$/, 'k'],
  ],
  cs: [
    [/ze$/, 'h'],
    [/ce$/, 'k'],
  ],
};

function nameForms(folded: string, lang: string): string[] {
  const forms = endingVariants(folded, MIN_WORD);
  for (const [ending, stem] of SOFTENED[lang] ?? []) {
    const hardened = folded.replace(ending, stem);
    if (hardened !== folded && hardened.length >= MIN_WORD) forms.push(hardened);
  }
  return forms;
}

/** The places a text names (each once), as ids that are the same in every language. */
export function placesIn(text: string, lang: string): string[] {
  const table = placeTable(lang);
  const found: string[] = [];
  for (const word of words(text)) {
    if (word.text.length < MIN_WORD) continue;
    const places = nameForms(fold(word.text), lang)
      .map((form) => table.byWord.get(form))
      .find((named) => named !== undefined);
    if (places) found.push(...places);
  }
  let unbroken = text.includes('\u200b') ? text.replaceAll('\u200b', '') : text;
  // Longest first, each found name taken out: "សហភាពអឺរ៉ុប" is the European Union, not Europe too.
  for (const [name, place] of table.whole) {
    if (!unbroken.includes(name)) continue;
    found.push(place);
    unbroken = unbroken.replaceAll(name, ' ');
  }
  return [...new Set(found)];
}

/** The names found whole (of several words, or in a script without spaces), longest first, with their places. */
export function wholePlaceNames(lang: string): readonly [string, string][] {
  return placeTable(lang).whole;
}

/** Whether a word names a country or a part of the world ("Europoje", in Europe), as Intl knows them. */
export function namesRegion(word: string, lang: string): boolean {
  return placesIn(word, lang).some((place) => place.startsWith('r:'));
}

const singleWordNames = new Map<string, ReadonlySet<string>>();

/**
 * Whether a word is by itself the name of a country or a gazetteer place ("Warschau", "Frankreich",
 * or "Frankreichs" with a genitive s): in German, where every noun is capitalised, such a word is
 * surely a name, while words of longer names ("Staaten", "Insel", "Meer") are ordinary nouns too.
 */
export function isPlaceName(word: string, lang: string): boolean {
  let names = singleWordNames.get(lang);
  if (!names) {
    const single = new Set<string>();
    const add = (name: string): void => {
      if (!/[\s-]/u.test(name)) single.add(fold(name));
    };
    for (const line of gazetteer()) line.forEach(add);
    for (const name of displayNames(lang, 'region').values()) add(name);
    names = single;
    singleWordNames.set(lang, names);
  }
  const folded = fold(word);
  return names.has(folded) || (folded.endsWith('s') && names.has(folded.slice(0, -1)));
}
