import { franc } from 'franc';
import { languageName } from './language-id';
import { words } from './normalize';

/** ISO 639-3 → 639-1 for the languages people are likely to review; others keep their 639-3 code. */
const ISO3_TO_ISO1: Record<string, string> = {
  eng: 'en',
  pol: 'pl',
  deu: 'de',
  ces: 'cs',
  fra: 'fr',
  spa: 'es',
  rus: 'ru',
  ukr: 'uk',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  ron: 'ro',
  jpn: 'ja',
  cmn: 'zh',
  zho: 'zh',
  kor: 'ko',
  ara: 'ar',
  tur: 'tr',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  nor: 'no',
  fin: 'fi',
  hun: 'hu',
  slk: 'sk',
  slv: 'sl',
  hrv: 'hr',
  srp: 'sr',
  bul: 'bg',
  ell: 'el',
  heb: 'he',
  hin: 'hi',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  est: 'et',
  lav: 'lv',
  lit: 'lt',
  cat: 'ca',
  glg: 'gl',
  eus: 'eu',
  bel: 'be',
  fas: 'fa',
  pes: 'fa',
  nep: 'ne',
  sin: 'si',
  ben: 'bn',
  urd: 'ur',
  msa: 'ms',
  zsm: 'ms',
  afr: 'af',
  isl: 'is',
  gle: 'ga',
  ekk: 'et',
  lvs: 'lv',
  npi: 'ne',
  arb: 'ar',
  als: 'sq',
  sqi: 'sq',
  khm: 'km',
  pus: 'ps',
  pbu: 'ps',
  mya: 'my',
  amh: 'am',
  kat: 'ka',
  hye: 'hy',
  swh: 'sw',
  swa: 'sw',
  tgl: 'tl',
  tam: 'ta',
  tel: 'te',
  mar: 'mr',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  kaz: 'kk',
  uzb: 'uz',
  uzn: 'uz',
  azj: 'az',
  aze: 'az',
  khk: 'mn',
  mon: 'mn',
  som: 'so',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  xho: 'xh',
};
const ISO1_TO_ISO3: Record<string, string> = Object.fromEntries(
  Object.entries(ISO3_TO_ISO1).map(([three, one]) => [one, three]),
);
ISO1_TO_ISO3.zh = 'cmn';
ISO1_TO_ISO3.de = 'deu';
ISO1_TO_ISO3.no = 'nob';
ISO1_TO_ISO3.fa = 'pes';
ISO1_TO_ISO3.ms = 'zsm';
ISO1_TO_ISO3.ps = 'pbu';
// franc's codes, where they differ from the macrolanguage code (Standard Estonian, Standard Arabic, …).
ISO1_TO_ISO3.et = 'ekk';
ISO1_TO_ISO3.lv = 'lvs';
ISO1_TO_ISO3.ne = 'npi';
ISO1_TO_ISO3.ar = 'arb';
ISO1_TO_ISO3.sq = 'als';
ISO1_TO_ISO3.sw = 'swh';
ISO1_TO_ISO3.uz = 'uzn';
ISO1_TO_ISO3.az = 'azj';
ISO1_TO_ISO3.mn = 'khk';

export class LanguageCodeError extends Error {}

/**
 * A tag's language without its region or script, lower case ("pl-PL" → "pl", "zh_Hans" → "zh"); empty for
 * none. How files that tag their languages loosely (TMX, TBX) are matched to a document's pair.
 */
export function primaryLanguage(code: string | undefined): string {
  return (code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Accepts 639-1 ("pl"), 639-3 ("pol") and region tags ("pl-PL", "zh_Hans"); returns 639-1 when one exists. */
export function normalizeLanguage(code: string): string {
  const base = primaryLanguage(code);
  const normalized = /^[a-z]{2}$/.test(base)
    ? base
    : /^[a-z]{3}$/.test(base)
      ? (ISO3_TO_ISO1[base] ?? base)
      : null;
  // "und" says the language is unknown: the language-independent checks run.
  if (normalized !== null && (normalized === 'und' || isKnownLanguage(normalized))) return normalized;
  throw new LanguageCodeError(`"${code}" is not an ISO 639-1 or 639-3 language code`);
}

/** Whether ICU names the language: "xx" and "qq" are shaped like codes but name none. */
function isKnownLanguage(code: string): boolean {
  return languageName(code) !== code;
}

export function toIso3(code: string): string {
  return ISO1_TO_ISO3[code] ?? code;
}

/**
 * The languages detection chooses among: the ones with a 639-1 code in the table above. franc knows
 * hundreds, and on short news text it confuses English with Scots or Polish with Silesian.
 */
const DETECTABLE = [...new Set(Object.keys(ISO3_TO_ISO1))];

/** Detects the language of a text; 'und' when franc cannot tell. */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const detected = franc(sample, { minLength: 10, only: DETECTABLE });
  return detected === 'und' ? 'und' : (ISO3_TO_ISO1[detected] ?? detected);
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** ICU's word segmenter for a language, one per language: its dictionary finds the words of Thai or Chinese. */
export function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    wordSegmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The words of a text as ICU's word segmenter finds them (its dictionary for Thai, Chinese, Khmer…). */
export function wordLikeSegments(text: string, lang: string): string[] {
  const found: string[] = [];
  for (const piece of wordSegmenter(lang).segment(text))
    if (piece.isWordLike === true) found.push(piece.segment);
  return found;
}

/** Words in a text, by ICU's dictionary where the language writes no spaces ("官员周日公布了这一消息" is six). */
export function wordCount(text: string, lang: string): number {
  return isSpacelessScript(lang) ? wordLikeSegments(text, lang).length : words(text).length;
}

const SPACELESS = new Set(['ja', 'zh', 'th', 'ko', 'km', 'lo']);

/** Scripts whose words are not separated by spaces: word-based checks must not assume spaces. */
export function isSpacelessScript(lang: string): boolean {
  return SPACELESS.has(lang);
}

/**
 * Thai, Lao and Khmer: written in letters without spaces between words, so that a stretch of any
 * sentence sounds like something and its characters recur; ICU's dictionary finds their words.
 */
export function spellsWordsWithoutSpaces(lang: string): boolean {
  return lang === 'th' || lang === 'lo' || lang === 'km';
}

/**
 * Whether the language ends its sentences with a mark. Thai and Lao separate them with a space, which
 * also separates clauses and names, so a segmenter cannot count their sentences.
 */
export function marksSentenceEnds(lang: string): boolean {
  return lang !== 'th' && lang !== 'lo';
}

const localeData = new Map<string, boolean>();

/** Whether Intl has data for the language (month names, segmentation rules); false for "und" and unknown codes. */
export function hasLocaleData(lang: string): boolean {
  if (lang === 'und' || lang === '') return false;
  // Asked once per sentence by the aligner and the date checks; Intl answers slowly.
  let known = localeData.get(lang);
  if (known === undefined) {
    try {
      known = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
    } catch {
      known = false;
    }
    localeData.set(lang, known);
  }
  return known;
}
