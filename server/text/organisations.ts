import { readNameLines } from './name-lines';
import { fold, isAllCaps, words } from './normalize';

let lines: string[][] | null = null;

/** The lines of organisations.json: one organisation each, in every rendering ("UN", "ONZ", "ООН", …). */
export function organisations(): string[][] {
  lines ??= readNameLines(new URL('./organisations.json', import.meta.url), 'organisations');
  return lines;
}

let byWord: Map<string, number[]> | null = null;

/**
 * The lines of a one-word rendering, folded ("onz" → the United Nations' line; "strg" → Ctrl's); a
 * few acronyms stand for two things ("KI" is German for both AI and a confidence interval).
 */
export function organisationsOf(folded: string): readonly number[] {
  if (!byWord) {
    const lines = new Map<string, number[]>();
    organisations().forEach((renderings, line) => {
      for (const rendering of renderings)
        if (!/\s/.test(rendering)) {
          const key = fold(rendering);
          const known = lines.get(key);
          if (!known) lines.set(key, [line]);
          else if (!known.includes(line)) known.push(line);
        }
    });
    byWord = lines;
  }
  return byWord.get(folded) ?? [];
}

/** The first line of a one-word rendering (see organisationsOf). */
export function organisationOf(folded: string): number | undefined {
  return organisationsOf(folded)[0];
}

interface Stem {
  stem: string;
  /** The word must be the stem itself (an acronym)… */
  whole: boolean;
  /** …or may hold it anywhere (a rendering in a script written without spaces); else start with it. */
  anywhere?: boolean;
}

const RUN_TOGETHER = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;

/**
 * Word starts that say a rendering is there, each matched against the start of a word of the text: an
 * acronym whole, a spelt-out name by its longer words cut to five letters (four for shorter words), so
 * that inflected forms count ("Narodów", "Наций") and "Nations" does not meet "NATO".
 */
function renderingStems(rendering: string): Stem[] {
  // Chinese, Japanese, Korean and Thai neither inflect a name nor set it off with spaces: the whole
  // rendering, anywhere in a word ("ドイツ連邦銀行の", "总裁说欧洲央行").
  if (RUN_TOGETHER.test(rendering)) return [{ stem: fold(rendering), whole: false, anywhere: true }];
  // A hyphenated rendering ("Wi-Fi") is looked for part by part, as texts are read.
  if (/^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+$/u.test(rendering))
    return rendering.split('-').map((part) => ({ stem: fold(part), whole: true }));
  const parts = words(rendering).map((w) => w.text);
  if (parts.length === 1 && isAllCaps(rendering)) return [{ stem: fold(rendering), whole: true }];
  return parts
    .filter((word) => word.length >= 4 || parts.length === 1)
    .map((word) => {
      const folded = fold(word);
      const cut = folded.length > 5 ? 5 : Math.max(3, folded.length - 1);
      return { stem: folded.slice(0, cut), whole: false };
    });
}

const stemsByLine = new Map<number, Stem[][]>();

/** Whether a text, given as its folded words, names the organisation of `line` in any of its renderings. */
export function namesOrganisation(line: number, foldedWords: readonly string[]): boolean {
  let renderings = stemsByLine.get(line);
  if (!renderings) {
    renderings = (organisations()[line] ?? []).map(renderingStems);
    stemsByLine.set(line, renderings);
  }
  return renderings.some(
    (stems) =>
      stems.length > 0 &&
      stems.every(({ stem, whole, anywhere }) =>
        foldedWords.some((word) =>
          whole ? word === stem : anywhere ? word.includes(stem) : startsWithOrAfterCompass(word, stem),
        ),
      ),
  );
}

/**
 * The points of the compass as the first part of a compound adjective, folded: Czech "jihokorejský",
 * "východoasijský", Polish "południowokoreański", German "südkoreanisch" and "südostasiatisch", Russian
 * "южнокорейский", French "sud-coréen".
 */
const COMPASS =
  /^(?:(?:jiho|severo|vychodo|zapado|stredo|juho|poludniowo|polnocno|wschodnio|zachodnio|srodkowo|sud|nord|ost|west|mittel|zuid|noord|oost|midden|syd|vast|южно|северо|восточно|западно|центрально|південно|північно|східно|західно|sur|norte|este|oeste)-?)+/u;

/** Each word's rest after a point of the compass ("asijské" of "jihoasijské"), or null: asked of every word for every stem. */
const afterCompass = new Map<string, string | null>();

/** Whether the word starts with the stem, or with a point of the compass and then the stem ("jihoasijské"). */
function startsWithOrAfterCompass(word: string, stem: string): boolean {
  if (word.startsWith(stem)) return true;
  let rest = afterCompass.get(word);
  if (rest === undefined) {
    const compass = COMPASS.exec(word);
    rest = compass ? word.slice(compass[0].length) : null;
    if (afterCompass.size > 50_000) afterCompass.clear();
    afterCompass.set(word, rest);
  }
  return rest !== null && rest.startsWith(stem);
}

interface SpeltOutIndex {
  /** Lines with a rendering of several words, by that rendering's first word stem ("europ" → the EU's). */
  byStem: Map<string, number[]>;
  /** Those stems' first three letters: a word that starts otherwise starts no such rendering. */
  starts: Set<string>;
}

let speltOut: SpeltOutIndex | null = null;

function speltOutIndex(): SpeltOutIndex {
  if (!speltOut) {
    const byStem = new Map<string, number[]>();
    organisations().forEach((renderings, line) => {
      for (const rendering of renderings) {
        if (!/\s/.test(rendering)) continue;
        const first = renderingStems(rendering)[0];
        if (!first) continue;
        const known = byStem.get(first.stem);
        if (!known) byStem.set(first.stem, [line]);
        else if (!known.includes(line)) known.push(line);
      }
    });
    speltOut = { byStem, starts: new Set([...byStem.keys()].map((stem) => stem.slice(0, 3))) };
  }
  return speltOut;
}

/**
 * The organisations a text names in words ("European Union", "Organizacja Narodów Zjednoczonych"),
 * given as its words: what a translation that writes the acronym ("EU", "ONZ") renders. The aligner
 * asks it of every sentence, and most have no word that starts like one: their words are not folded.
 */
export function organisationsSpeltOut(words: readonly string[]): number[] {
  const { byStem, starts } = speltOutIndex();
  if (!words.some((word) => word.length >= 3 && starts.has(fold(word.slice(0, 3))))) return [];
  const foldedWords = words.map(fold);
  const found: number[] = [];
  for (const word of foldedWords)
    for (let cut = 3; cut <= 5 && cut <= word.length; cut++)
      for (const line of byStem.get(word.slice(0, cut)) ?? [])
        if (!found.includes(line) && namesOrganisation(line, foldedWords)) found.push(line);
  return found;
}
