import lists from 'naughty-words';
import { originalSpan, withoutWhitespace } from '../../text/compact';
import { isSpacelessScript, wordSegmenter } from '../../text/languages';
import { memoize, perLanguage } from '../../text/memo';
import { wordSet, words } from '../../text/normalize';
import { allMatches, escapeRegExp } from '../../util/regexp';
import { disguisedWords, readsAs } from './disguised';
import { findInflected, isInflecting, stemTable } from './inflected';
import {
  INSULTS_TO_KEEP,
  INSULT_RENDERINGS,
  MISSING_INSULTS,
  ORDINARY_CAPITALISED,
  PROFANE_ROOTS,
  ORDINARY_INFLECTIONS,
  ORDINARY_PHRASES,
  ORDINARY_WORDS,
} from './offensive-lists';

/**
 * The list's entries that can be told from ordinary text: one Chinese character ("性" is also the
 * suffix -ness) or two Latin letters ("xx" in "Richard Xx") match far more than they mean, and some
 * entries are ordinary words (offensive-lists.ts).
 */
function usableEntries(lang: string): string[] {
  const minLength = isSpacelessScript(lang) ? 2 : 3;
  const ordinary = new Set(ORDINARY_WORDS[lang]);
  return (lists[lang] ?? []).filter(
    (entry) => [...entry].length >= minLength && !ordinary.has(entry.toLowerCase()),
  );
}

/** One regular expression per language over the naughty-words list (whole words, plural -s allowed in Latin scripts). */
const patternFor = perLanguage((lang): RegExp | null => {
  const words = usableEntries(lang);
  if (words.length === 0) return null;
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Latin entries in a list for a script without spaces ("sm") are words: not inside "smoker".
  return isSpacelessScript(lang)
    ? new RegExp(
        `(?:${[...words]
          .sort((a, b) => b.length - a.length)
          .map((w) =>
            /^[\p{Script=Latin}\s]+$/u.test(w)
              ? `(?<!\\p{Script=Latin})${escapeRegExp(w)}(?!\\p{Script=Latin})`
              : escapeRegExp(w),
          )
          .join('|')})`,
        'u',
      )
    : new RegExp(`(?<![\\p{L}])(?:${alternatives})(?:s|es)?(?![\\p{L}])`, 'iu');
});

export function hasOffensiveList(lang: string): boolean {
  return patternFor(lang) !== null;
}

const RUNS = /\p{L}+|\p{N}+/gu;
const runsOf = (text: string): string[] => text.toLowerCase().match(RUNS) ?? [];

/**
 * What a text must contain for an entry to match, as a cheap test before the expression: an entry's
 * first run of letters — as written and with a plural ending (-s, -es), since entries match plurals —
 * keyed to its second run ('' for one-word entries), and the leading digits of entries that start with
 * a number ("2 girls 1 cup"). Null when the expression must always run.
 */
interface EntryIndex {
  byWrittenRun: Map<string, string[]>;
  digitStarts: string[];
}
const indexFor = perLanguage((lang): EntryIndex | null => {
  let index: EntryIndex | null = isSpacelessScript(lang)
    ? null
    : { byWrittenRun: new Map(), digitStarts: [] };
  for (const entry of usableEntries(lang)) {
    if (!index) break;
    const runs = runsOf(entry);
    const first = runs[0];
    if (!first || !entry.toLowerCase().startsWith(first)) index = null;
    else if (/^\p{N}/u.test(first)) index.digitStarts.push(first);
    else
      for (const written of [first, `${first}s`, `${first}es`])
        index.byWrittenRun.set(written, [...(index.byWrittenRun.get(written) ?? []), runs[1] ?? '']);
  }
  return index;
});

const PLAIN_WORD = /^[a-z]+$/;

/**
 * The text's lower-case runs of letters, taken from its memoised word tokens: a plain word is its own
 * run, and only a token with an apostrophe, hyphen or mark is cut into runs. Digits count when the
 * text has any ("Area 51").
 */
function runsIn(text: string): Set<string> {
  const runs = new Set<string>();
  const add = (run: string): void => {
    runs.add(run);
    // Entries match with a plural ending, so "bitches" must find "bitch".
    if (run.endsWith('s')) runs.add(run.slice(0, -1));
    if (run.endsWith('es')) runs.add(run.slice(0, -2));
  };
  for (const word of wordSet(text)) {
    if (PLAIN_WORD.test(word)) add(word);
    else runsOf(word).forEach(add);
  }
  if (/\d/.test(text)) runsOf(text.replace(/\P{N}+/gu, ' ')).forEach(add);
  return runs;
}

/** Whether the text holds what some entry needs; most texts do not, and skip the expression. */
function mayContainEntry(text: string, lang: string): boolean {
  const index = indexFor(lang);
  if (!index) return true;
  if (index.digitStarts.some((digits) => text.includes(digits))) return true;
  let runs: Set<string> | null = null;
  const matches = (run: string): boolean => {
    const seconds = index.byWrittenRun.get(run);
    if (!seconds) return false;
    if (seconds.includes('')) return true;
    // Two-word entries ("blow job"): only then are all the text's runs needed.
    runs ??= runsIn(text);
    const all = runs;
    return seconds.some((second) => all.has(second));
  };
  for (const word of wordSet(text)) {
    if (PLAIN_WORD.test(word) ? matches(word) : runsOf(word).some(matches)) return true;
  }
  return false;
}

export interface OffensiveMatch {
  text: string;
  start: number;
  end: number;
}

/**
 * The first offensive entry in a text. Scripts written without spaces are searched with white space
 * taken out: tokenised MT output splits "妈的" into "妈 的". Memoised: the check and the risk features
 * search the same source.
 */
export const findOffensive: (text: string, lang: string) => OffensiveMatch | null = memoize(searchOffensive);

function searchOffensive(text: string, lang: string): OffensiveMatch | null {
  const pattern = patternFor(lang);
  if (!pattern) return null;
  if (!isSpacelessScript(lang))
    return (
      findListed(text, lang, pattern) ??
      findDisguised(text, lang) ??
      findDeclined(text, lang) ??
      findRooted(text, lang)
    );
  const compact = withoutWhitespace(text);
  const searched = withoutOrdinaryPhrases(compact.text, lang);
  // In tokenised MT output a space ends a word: a match must not run on into the characters written
  // against it — katakana in Japanese ("ディック ヘッド"), Chinese characters in tokenised Chinese ("肉棒"
  // is not in "牛肉 棒", a beef stick, nor "做爱" in "做 爱国者", be a patriot).
  const joins = lang === 'ja' ? isKatakana : lang === 'zh' && TOKENISED_HAN.test(text) ? isHan : null;
  const match = WHOLE_WORDS_ONLY.has(lang)
    ? wholeWordMatch(searched, lang, pattern)
    : joins
      ? firstMatchWhere(searched, pattern, (index, found) => {
          // In Japanese only a katakana match is a word that must stand whole.
          if (lang === 'ja' && !KATAKANA.test(found)) return true;
          const { start, end } = originalSpan(compact, index, found.length);
          return !joins(text[start - 1]) && !joins(text[end]);
        })
      : pattern.exec(searched);
  if (!match) return null;
  const { start, end } = originalSpan(compact, match.index, match[0].length);
  return { text: text.slice(start, end), start, end };
}

/**
 * Spaceless languages whose entries must be whole words by ICU's dictionary: Thai entries are one or
 * two syllables ("กู", rude "I") that run on inside ordinary words ("กู้ภัย", rescue). Chinese and
 * Japanese keep the substring search, which their lists were tuned with.
 */
const WHOLE_WORDS_ONLY = new Set(['th']);

const globalPatterns = new WeakMap<RegExp, RegExp>();

function globalPattern(pattern: RegExp): RegExp {
  let everywhere = globalPatterns.get(pattern);
  if (!everywhere) {
    everywhere = new RegExp(pattern.source, `${pattern.flags}g`);
    globalPatterns.set(pattern, everywhere);
  }
  return everywhere;
}

/** The first match of the pattern anywhere in the text that `accept` takes. */
function firstMatchWhere(
  text: string,
  pattern: RegExp,
  accept: (index: number, found: string) => boolean,
): { index: number; 0: string } | null {
  for (const match of allMatches(globalPattern(pattern), text))
    if (accept(match.index, match[0])) return { index: match.index, 0: match[0] };
  return null;
}

/** The first match that starts and ends where the language's word segmenter puts a word break. */
function wholeWordMatch(text: string, lang: string, pattern: RegExp): { index: number; 0: string } | null {
  const breaks = new Set<number>([text.length]);
  for (const piece of wordSegmenter(lang).segment(text)) breaks.add(piece.index);
  return firstMatchWhere(
    text,
    pattern,
    (index, found) => breaks.has(index) && breaks.has(index + found.length),
  );
}

/**
 * Japanese: a match written in katakana counts only as a whole katakana word — loanwords and names run
 * their sounds together, and "ビッチ" ends ジョコビッチ (Djokovic), "カント" starts カントリー (country),
 * "ファック" starts ファックス (fax).
 */
const KATAKANA = /^[\u30A1-\u30FA\u30FC-\u30FF]+$/u;
/** Chinese characters with a space between them: text a tokeniser has cut into words. */
const TOKENISED_HAN = /\p{Script=Han} \p{Script=Han}/u;
const HAN = /^\p{Script=Han}$/u;
const isHan = (character: string | undefined): boolean => character !== undefined && HAN.test(character);
const isKatakana = (character: string | undefined): boolean =>
  character !== undefined && KATAKANA.test(character);

/** The first entry of the list as written, in a language written with spaces. */
function findListed(text: string, lang: string, pattern: RegExp): OffensiveMatch | null {
  if (!mayContainEntry(text, lang)) return null;
  const match = pattern.exec(text);
  if (!match) return null;
  if (!isOrdinaryMatch(match[0], lang))
    return { text: match[0], start: match.index, end: match.index + match[0].length };
  // The first match was an ordinary word: look on past it.
  const offset = match.index + match[0].length;
  const rest = findListed(text.slice(offset), lang, pattern);
  return rest ? { text: rest.text, start: rest.start + offset, end: rest.end + offset } : null;
}

interface SingleWordEntries {
  words: ReadonlySet<string>;
  byLength: ReadonlyMap<number, readonly string[]>;
}
/** The list's one-word entries in small letters, also by length (for readings with stars). */
const singleWordsOf = perLanguage((lang): SingleWordEntries => {
  const words = new Set(
    usableEntries(lang)
      .map((entry) => entry.toLowerCase())
      .filter((entry) => /^\p{L}+$/u.test(entry)),
  );
  const byLength = new Map<number, string[]>();
  for (const word of words) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  return { words, byLength };
});

/** Stars read as any letter need this many letters in all: "f*ck" is a word, "a*s" could be many. */
const MIN_STARRED_LENGTH = 4;

/** Whether a plain reading of a disguised word is an entry (or its plural). */
function readsAsEntry(reading: string, entries: SingleWordEntries): boolean {
  const forms = [reading, reading.replace(/e?s$/u, ''), reading.replace(/s$/u, '')];
  if (!reading.includes('*')) return forms.some((form) => entries.words.has(form));
  if (reading.length < MIN_STARRED_LENGTH) return false;
  return forms.some((form) => (entries.byLength.get(form.length) ?? []).some((word) => readsAs(form, word)));
}

/** The first disguised entry ("f*ck", "sh1t", "fuuuck"): insults written so that a filter misses them. */
function findDisguised(text: string, lang: string): OffensiveMatch | null {
  const disguised = disguisedWords(text);
  if (disguised.length === 0) return null;
  const entries = singleWordsOf(lang);
  for (const word of disguised) {
    if (word.readings.some((reading) => readsAsEntry(reading, entries) && !isOrdinaryMatch(reading, lang)))
      return { text: word.text, start: word.start, end: word.end };
  }
  return null;
}

/** A word starting with one of the language's profane roots: one expression, before any word is read. */
const rootPattern = perLanguage((lang): RegExp | null => {
  const roots = PROFANE_ROOTS[lang];
  return roots ? new RegExp(`(?<![\\p{L}])(?:${roots.map(escapeRegExp).join('|')})`, 'iu') : null;
});

/** The first word that starts with one of the language's profane roots ("fucked", "Arschgeige"). */
function findRooted(text: string, lang: string): OffensiveMatch | null {
  const roots = PROFANE_ROOTS[lang];
  if (!roots || !rootPattern(lang)?.test(text)) return null;
  for (const token of words(text)) {
    const word = token.text.toLowerCase();
    if (roots.some((root) => word.startsWith(root)))
      return { text: token.text, start: token.start, end: token.end };
  }
  return null;
}

const entryStems = perLanguage((lang) => stemTable(usableEntries(lang), lang));
const insultStems = perLanguage((lang) => stemTable(MISSING_INSULTS[lang] ?? [], lang));

/** The first entry declined as the language declines it ("kurvy", "v prdeli", "бляди"). */
function findDeclined(text: string, lang: string): OffensiveMatch | null {
  if (!isInflecting(lang)) return null;
  return findInflected(text, entryStems(lang), (word) => isOrdinaryMatch(word, lang));
}

/** A match that is an ordinary word as written: a plural the list did not mean, a capitalised noun. */
function isOrdinaryMatch(word: string, lang: string): boolean {
  return (
    ORDINARY_INFLECTIONS[lang]?.includes(word.toLowerCase()) === true ||
    ORDINARY_CAPITALISED[lang]?.includes(word) === true
  );
}

const ordinaryPhrases = perLanguage((lang): RegExp | null => {
  const phrases = ORDINARY_PHRASES[lang];
  return phrases ? new RegExp(phrases.map(escapeRegExp).join('|'), 'gu') : null;
});

/** The text with ORDINARY_PHRASES blanked out (same length, so offsets hold). */
function withoutOrdinaryPhrases(text: string, lang: string): string {
  const pattern = ordinaryPhrases(lang);
  return pattern ? text.replace(pattern, (phrase) => '\u0000'.repeat(phrase.length)) : text;
}

const insultPattern = perLanguage((lang): RegExp | null => {
  const words = MISSING_INSULTS[lang];
  if (!words) return null;
  return isSpacelessScript(lang)
    ? new RegExp(words.map(escapeRegExp).join('|'), 'u')
    : new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
});

/** Whether the text keeps an everyday insult its language's list lacks ("クソ", "混蛋"). */
export function hasEverydayInsult(text: string, lang: string): boolean {
  const pattern = insultPattern(lang);
  // Tokenised text in scripts without spaces ("ク ソ") is read without them.
  if (pattern?.test(isSpacelessScript(lang) ? text.replace(/\s+/g, '') : text)) return true;
  return isInflecting(lang) && findInflected(text, insultStems(lang), () => false) !== null;
}

const keptInsultPattern = perLanguage((lang): RegExp | null => {
  const words = INSULTS_TO_KEEP[lang];
  if (!words) return null;
  const alternatives = words.map(escapeRegExp).join('|');
  // Whole words where the language spaces them; not the verb of "dumb it down". Katakana runs whole in
  // Japanese: "バカンス" (holidays) is no "バカ".
  const katakana = '[\\p{sc=Katakana}\\u30fc]';
  return isSpacelessScript(lang)
    ? new RegExp(`(?<!${katakana})(?:${alternatives})(?!${katakana})`, 'u')
    : new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])(?!\\s+(?:\\p{L}+\\s+)?down)`, 'iu');
});

/** The first insult of the source that a translation must keep in some form ("idiot", "stupid"). */
export function findInsultToKeep(text: string, lang: string): OffensiveMatch | null {
  const match = keptInsultPattern(lang)?.exec(text);
  return match ? { text: match[0], start: match.index, end: match.index + match[0].length } : null;
}

const renderingPattern = perLanguage((lang): RegExp | null => {
  const words = INSULT_RENDERINGS[lang];
  if (!words) return null;
  // Word starts, for the endings of declined and compounded forms ("dummen", "Dummkopf", "hloupá"); a
  // final "=" asks for the whole word (French "con", not "contre").
  const alternatives = words
    .map((word) =>
      word.endsWith('=') ? `${escapeRegExp(word.slice(0, -1))}(?![\\p{L}])` : escapeRegExp(word),
    )
    .join('|');
  return isSpacelessScript(lang)
    ? new RegExp(alternatives, 'u')
    : new RegExp(`(?<![\\p{L}])(?:${alternatives})`, 'iu');
});

/** Whether the language has words to tell an insult kept in a translation from one dropped. */
export function rendersInsults(lang: string): boolean {
  return INSULT_RENDERINGS[lang] !== undefined && hasOffensiveList(lang);
}

/** Whether a translation renders an insult in any form its language has: a listed word, an everyday one, a milder one. */
export function rendersInsult(text: string, lang: string): boolean {
  const searched = isSpacelessScript(lang) ? text.replace(/\s+/g, '') : text;
  return (
    findOffensive(text, lang) !== null ||
    hasEverydayInsult(text, lang) ||
    renderingPattern(lang)?.test(searched) === true
  );
}
