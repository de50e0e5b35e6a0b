import { allMatches } from '../util/regexp';
import { URL_SOURCE } from '../text/urls';
import { type TranslationLexicon, translationAnchors } from '../bilingual/lexicon';
import { asciiDigits } from '../text/digits';
import { findMonths, findWeekdays } from '../text/dates';
import { type NumberMention, extractNumbers } from '../text/numbers';
import { westernYear } from '../text/calendar-years';
import { hasLocaleData, spellsWordsWithoutSpaces } from '../text/languages';
import { fold, isAllCaps, isCapitalized, looseSpelling, words } from '../text/normalize';
import { organisationOf, organisationsSpeltOut } from '../text/organisations';
import { LABELLED } from './unmatched-in-joined';
import { placesIn } from '../text/places';
import { nameSoundKeys, scriptSoundKeys } from '../text/sound-alike';
import { hasTransliterable, transliterate } from '../text/transliterate';

/**
 * What in a sentence survives translation, in three strengths:
 * - strong: numbers, acronyms (and the organisations they stand for, spelt out), URLs, months and weekdays —
 *   present on one side only, they speak against a link;
 * - names: capitalised words, folded and cut to four letters ("Ukraine"/"Ukrainie" meet) — evidence for a link only,
 *   since languages capitalise differently (German nouns);
 * - lexical: any longer word, folded, loosely spelt (c/k, doubled letters…) and cut to five letters —
 *   cognates between related languages ("voluntarii"/"volunteers", "eficienți"/"efficient").
 */
export interface SentenceFeatures {
  length: number;
  strong: Int32Array;
  names: Int32Array;
  lexical: Int32Array;
  /** The source words a sentence's words stand for, by a learned translation lexicon. */
  translations: Int32Array;
  /** Inner punctuation (commas, brackets, quotes, colons…), which MT mostly carries over. */
  punctuation: Int32Array;
  question: boolean;
  exclamation: boolean;
  /** Ends with a full stop, question mark or other end mark. */
  terminated: boolean;
  /** Opens with a short label and a colon ("Read also: …", "Key figures:"). */
  labelled: boolean;
  /** Has a colon anywhere, where a label may stand. */
  colon: boolean;
}

const URL = new RegExp(`${URL_SOURCE}|\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+`, 'gu');
const LEXICAL_MIN = 5;
/**
 * A sentence that ends with an end mark, perhaps inside quotes or brackets (a headline or byline has
 * none). Closing quotes include the marks Unicode calls opening ones, which close a quotation in
 * German („…“), Slovene, Danish and Czech (»…«) and Polish (‚…‘).
 */
const TERMINATED = /[.!?:;…。！？：；][\p{Pf}\p{Pe}\p{Pi}"'»]*\s*$/u;

/** "Year" or the era's abbreviation before a number, in Thai and Lao: "ปี 2545", "พ.ศ. 2545", "ປີ 2545". */
const YEAR_BEFORE = /(?:ปี|พ\.\s?ศ\.|ປີ|ພ\.\s?ສ\.)\s*$/u;

/**
 * A number's digits, whatever the separators ("2,5" and "2.5", "12 000" and "12,000" meet); a number
 * with a scale word or a myriad by its whole value ("€50 million" and "5000万", "12,000" and "1万2000").
 */
function numberAnchor(mention: NumberMention, text: string, lang: string): string {
  const digits = asciiDigits(mention.raw).replace(/\D/g, '');
  const plain = Number(digits);
  // A Thai year of the Buddhist era ("ปี 2545") meets the Western year ("2002"); 2,600 people do not.
  const western = westernYear(plain, lang);
  if (western !== null && YEAR_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start)))
    return String(western);
  const scaled = mention.values.find((value) => Number.isInteger(value) && value > plain * 10);
  return scaled === undefined ? digits : String(scaled);
}

/**
 * A longer word folded, loosely spelt and cut to five letters; Cyrillic and Greek in Latin letters
 * first, so that the international words of Russian, Ukrainian, Bulgarian or Greek news meet their
 * English kin ("президент" and "president", "μετρό" and "metro", "институт" and "institute").
 */
function lexicalKey(word: string, transliterable: boolean): string {
  const latin = transliterable && hasTransliterable(word) ? transliterate(word) : word;
  return looseSpelling(fold(latin)).slice(0, LEXICAL_MIN);
}

export function nameKey(word: string): string {
  const folded = fold(word);
  return folded.length > 4 ? folded.slice(0, 4) : folded;
}

/** An acronym, under one id for every language's rendering of a known organisation ("UN", "ONZ", "ООН"). */
function acronymAnchor(acronym: string): string {
  const folded = fold(acronym);
  const line = organisationOf(folded);
  return line === undefined ? `a:${folded}` : `o:${line}`;
}

export interface AnchorStrings {
  strong: string[];
  names: string[];
  lexical: string[];
  punctuation: string[];
}

const FULL_WIDTH: Record<string, string> = {
  '，': ',',
  '、': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '「': '"',
  '」': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '％': '%',
};
const PUNCTUATION = /[,;:()"%/[\]，、；：（）「」“”„«»％]/g;

export function anchorStrings(text: string, lang = ''): AnchorStrings {
  const strong: string[] = [];
  const names: string[] = [];
  const lexical: string[] = [];
  for (const match of allMatches(URL, text)) strong.push(`u:${match[0].toLowerCase()}`);
  for (const mention of extractNumbers(text, lang)) strong.push(`n:${numberAnchor(mention, text, lang)}`);
  // Months and weekdays meet across languages through Intl ("January", "stycznia" and "1月" are month
  // 0, "Sunday", "w niedzielę" and "星期日" day 6); like a number, a date on one side only speaks
  // against the link.
  if (lang !== '' && hasLocaleData(lang)) {
    for (const month of findMonths(text, lang)) strong.push(`m:${month.month}`);
    for (const day of findWeekdays(text, lang)) strong.push(`w:${day}`);
  }
  // Asked once of the sentence: most hold no Cyrillic or Greek, and their words need not be asked one by one.
  const transliterable = hasTransliterable(text);
  const plainWords: string[] = [];
  words(text).forEach((token, position) => {
    const word = token.text.replace(/['’]s$/u, '');
    plainWords.push(word);
    // Acronyms inside compounds count too: "PDF-Dateien", "NATO-Gipfel", "EU-Kommission".
    if (word.includes('-'))
      for (const part of word.split('-')) if (isAllCaps(part)) strong.push(acronymAnchor(part));
    if (isAllCaps(word)) strong.push(acronymAnchor(word));
    // A capital at the start of a sentence says nothing about names.
    else if (position > 0 && isCapitalized(word)) names.push(nameKey(word));
    if (word.length >= LEXICAL_MIN) lexical.push(lexicalKey(word, transliterable));
  });
  // Countries and known places under one id in every language ("Austria"/"Österreich"/"奥地利").
  if (lang !== '') names.push(...placesIn(text, lang));
  // An organisation spelt out on one side is its acronym on the other ("European Union" and "EU").
  for (const line of organisationsSpeltOut(plainWords)) {
    const id = `o:${line}`;
    if (!strong.includes(id)) strong.push(id);
  }
  const punctuation = allMatches(PUNCTUATION, text).map((m) => `p:${FULL_WIDTH[m[0]] ?? m[0]}`);
  return { strong, names, lexical, punctuation };
}

/** Consonant classes a sound anchor keeps: enough to tell names apart, few enough to survive the script. */
const SOUND_ANCHOR = 3;

/**
 * Names as they sound, for a pair of languages of which one writes names in Latin letters and the
 * other by their sounds in its own script: the Latin side's capitalised words and the other side's
 * katakana runs, runs of name characters and words, each cut to its first three consonant classes
 * ("Tesla" and テスラ both TSR).
 */
export function soundAnchors(text: string, lang: string, writing: 'latin' | 'sounds'): string[] {
  const keys = new Set<string>();
  if (writing === 'sounds') {
    // Thai, Lao and Khmer run a sentence's words together: a key of the whole run names nothing.
    if (spellsWordsWithoutSpaces(lang)) return [];
    for (const key of scriptSoundKeys(text, lang))
      if (key.length >= SOUND_ANCHOR) keys.add(key.slice(0, SOUND_ANCHOR));
  } else {
    words(text).forEach((token, position) => {
      if (position === 0 || !isCapitalized(token.text) || isAllCaps(token.text)) return;
      for (const key of nameSoundKeys(token.text))
        if (key.length >= SOUND_ANCHOR) keys.add(key.slice(0, SOUND_ANCHOR));
    });
  }
  return [...keys].map((key) => `s:${key}`);
}

/**
 * The sound keys of a Latin-script text's lower-case words of four letters or more, for a language
 * that writes its borrowed words by their sounds in a script of their own (Japanese katakana):
 * "account" and アカウント, "block" and ブロック, "model" and モデル. Kept apart from the names' keys;
 * the aligner keeps only those the other side of the document has (loanwordAnchors in aligner.ts).
 */
export function loanwordSoundAnchors(text: string): string[] {
  const keys = new Set<string>();
  for (const token of words(text)) {
    if (token.text.length < 4 || token.text !== token.text.toLowerCase()) continue;
    for (const key of nameSoundKeys(token.text))
      if (key.length >= SOUND_ANCHOR) keys.add(`w:${key.slice(0, SOUND_ANCHOR)}`);
  }
  return [...keys];
}

/** The same keys of the katakana side's runs. */
export function katakanaLoanwordAnchors(text: string, lang: string): string[] {
  const keys = new Set<string>();
  for (const key of scriptSoundKeys(text, lang))
    if (key.length >= SOUND_ANCHOR) keys.add(`w:${key.slice(0, SOUND_ANCHOR)}`);
  return [...keys];
}

/** One side of a language pair that has a learned translation lexicon. */
export interface TranslationSide {
  side: 'source' | 'target';
  lexicon: TranslationLexicon;
}

const EMPTY = new Int32Array(0);

export class AnchorInterner {
  private readonly ids = new Map<string, number>();

  private intern(values: readonly string[]): Int32Array {
    return Int32Array.from(
      values.map((value) => {
        let id = this.ids.get(value);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(value, id);
        }
        return id;
      }),
    ).sort();
  }

  features(
    text: string,
    lang = '',
    translations?: TranslationSide,
    sounds?: 'latin' | 'sounds',
    loanwords: readonly string[] = [],
  ): SentenceFeatures {
    const anchors = anchorStrings(text, lang);
    const names = anchors.names.map((n) => `c:${n}`);
    return {
      length: text.length,
      strong: this.intern(anchors.strong),
      names: this.intern(sounds ? [...names, ...soundAnchors(text, lang, sounds), ...loanwords] : names),
      lexical: this.intern([...new Set(anchors.lexical)].map((l) => `l:${l}`)),
      translations: translations
        ? this.intern(translationAnchors(text, translations.side, translations.lexicon).map((t) => `x:${t}`))
        : EMPTY,
      punctuation: this.intern(anchors.punctuation),
      question: /[?？]/.test(text),
      exclamation: /[!！]/.test(text),
      terminated: TERMINATED.test(text),
      labelled: LABELLED.test(text.trim()),
      colon: /[:：]/.test(text),
    };
  }
}

/** How many anchor ids two sorted multisets share. */
export function commonCount(a: Int32Array, b: Int32Array): number {
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
  return common;
}

/** Dice overlap of two sorted multisets of anchor ids. */
export function anchorOverlap(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * commonCount(a, b)) / (a.length + b.length);
}

export function mergeAnchors(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length);
  merged.set(a);
  merged.set(b, a.length);
  return merged.sort();
}
