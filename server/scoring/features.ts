import { lengthZ } from '../checks/length-ratio';
import type { LengthStats } from '../checks/types';
import type { Flag, RiskReason } from '../domain/types';
import { findNames } from '../text/names';
import { knownWordTest } from '../text/lexicon';
import { languageName } from '../text/language-id';
import { isCapitalized, words } from '../text/normalize';
import { type RiskLexicon, lexiconFeatures } from './lexicon';
import { findOffensive } from '../checks/lang/offensive';

export type FeatureVector = Record<string, number>;

const SEVERITY_VALUE = { minor: 1, major: 2, critical: 3 } as const;

export interface FeatureInput {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  lengthStats: LengthStats;
  similarity: number | null;
  /** Similarity relative to the document's own baseline (z-score), when a model ran. */
  similarityZ: number | null;
  /** The learned risk lexicon of the source language, when training produced one. */
  sourceLexicon: RiskLexicon | null;
  /** The learned risk lexicon of the translation's language, when training produced one. */
  targetLexicon?: RiskLexicon | null;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Share of the source's letters in upper case: shouted text is often toxic, and MT handles it badly. */
function capitalsShare(source: string): number {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
    else if (code < 97 || code > 122) {
      // Outside plain ASCII letters only: most text is, and asking Unicode per character is slow.
      if (code < 128 || !LETTER.test(source.charAt(i))) continue;
      if (UPPER.test(source.charAt(i))) capitals++;
    }
    letters++;
  }
  return letters < 8 ? 0 : capitals / letters;
}

/**
 * A text's lower-case words the language's dictionary does not know, and how many lower-case words it
 * has: in a source, typos, slang and noise; in a translation, words the MT system left untranslated or
 * garbled ("evlavious", "podeposit"). A hyphenated word is known when its parts are ("well-developed").
 */
function unknownWords(text: string, lang: string): { unknown: string[]; ordinary: number } | null {
  const isKnown = knownWordTest(lang);
  if (!isKnown) return null;
  let ordinary = 0;
  const unknown: string[] = [];
  for (const word of words(text)) {
    if (word.text.length <= 1 || isCapitalized(word.text) || afterDigit(text, word.start)) continue;
    ordinary++;
    const lower = word.text.toLowerCase();
    if (isKnown(lower) || lower.split(HYPHEN).every((part) => part.length <= 1 || isKnown(part))) continue;
    // Not words of the language to begin with: "et al.", "iPhone", "mmHg", the parts of an address.
    if (lower.length > 2 && lower === word.text && !insideAddress(text, word.start, word.end))
      unknown.push(word.text);
  }
  return { unknown, ordinary };
}

function unknownWordShare(text: string, lang: string): number | null {
  const counts = unknownWords(text, lang);
  return counts === null || counts.ordinary < 3 ? null : counts.unknown.length / counts.ordinary;
}

/**
 * The reason the translation's unknown words give, naming them: “evlavious”, “podeposit” tells a
 * reviewer where to look, "words the dictionary does not know" does not.
 */
export function unknownWordsReason(reasons: RiskReason[], target: string, targetLang: string): RiskReason[] {
  return reasons.map((reason) => {
    if (reason.feature !== 'target:unknown-words') return reason;
    const named = [...new Set(unknownWords(target, targetLang)?.unknown ?? [])].slice(0, 3);
    return named.length === 0
      ? reason
      : {
          ...reason,
          label: `${named.map((w) => `“${w}”`).join(', ')}: not in the ${languageName(targetLang)} dictionary`,
        };
  });
}

const HYPHEN = /[-‐]/;

/** A word that is part of a URL, an e-mail address or a file name ("https://", "sarah.jones@…"). */
function insideAddress(text: string, start: number, end: number): boolean {
  const after = text.charAt(end);
  if (ADDRESS_BEFORE.has(text.charAt(start - 1)) || ADDRESS_AFTER.has(after)) return true;
  return (after === '.' || after === ':') && /[\p{L}\d/]/u.test(text.charAt(end + 1));
}

const ADDRESS_BEFORE = new Set(['/', '@', '.', '_', '\\']);
const ADDRESS_AFTER = new Set(['@', '_', '/']);

/** A word written against a number is its suffix or unit ("15th", "10km"), not a word of its own. */
function afterDigit(text: string, start: number): boolean {
  const code = text.charCodeAt(start - 1);
  return code >= 48 && code <= 57;
}

interface MarkCounts {
  digits: number;
  marks: number;
  quotes: number;
}

const MARKS = new Set(['!', '?', '！', '？']);
const SOURCE_QUOTES = new Set(['"', '“', '”', '„', '«', '»']);
const TARGET_QUOTES = new Set([...SOURCE_QUOTES, '「', '」']);

/** Digits, ? and !, and quotation marks, counted in one pass over the text. */
function countMarks(text: string, quotes: ReadonlySet<string>): MarkCounts {
  const counts = { digits: 0, marks: 0, quotes: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) counts.digits++;
    else if (code === 32 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) continue;
    else if (MARKS.has(text.charAt(i))) counts.marks++;
    else if (quotes.has(text.charAt(i))) counts.quotes++;
  }
  return counts;
}

/** Relative difference of two counts, 0 when equal, towards 1 when one side has none. */
function relativeGap(a: number, b: number): number {
  return Math.abs(a - b) / (1 + Math.max(a, b));
}

const checkFeatureKeys = new Map<string, string>();

/** "check:<id>", built once per check: a fresh key string per flag has to be interned on every look-up. */
function checkFeature(check: string): string {
  let key = checkFeatureKeys.get(check);
  if (key === undefined) {
    key = `check:${check}`;
    checkFeatureKeys.set(check, key);
  }
  return key;
}

/**
 * The check a flag counts as: a sentence with no counterpart that the segmentation check finds inside a
 * joined unit is the same finding as one the aligner left standing alone, and weighs as much.
 */
function countsAs(flag: Flag): string {
  if (flag.check !== 'segmentation') return flag.check;
  if (flag.category === 'Accuracy/Addition') return 'addition';
  if (flag.category === 'Accuracy/Omission') return 'omission';
  return flag.check;
}

/**
 * A greeting, a thanks or a signature a translation left out ("Thanks.", "Cheers!", "Greta Refert"):
 * an omission to report, minor, but no sign of a critical error — in the critical-error training
 * comments such rows were erroneous at the base rate (11 of 85 in en-ja) — so not a risk feature.
 */
function isShortSentenceDropped(flag: Flag): boolean {
  return flag.check === 'sentence-unmatched' && flag.severity === 'minor';
}

/**
 * One feature per check that flagged the unit: its strongest flag's severity. Style notes (two whole
 * sentences joined, one split in two whole ones: how translators write) tell the reviewer what
 * happened but say nothing of an error.
 */
export function flagFeatures(flags: readonly Flag[]): FeatureVector {
  const features: FeatureVector = {};
  for (const flag of flags) {
    if (flag.category === 'Style' || isShortSentenceDropped(flag)) continue;
    const key = checkFeature(countsAs(flag));
    features[key] = Math.max(features[key] ?? 0, SEVERITY_VALUE[flag.severity]);
  }
  return features;
}

/**
 * The measures taken from the texts themselves, which need no check's verdict: with flagFeatures(),
 * the numbers the risk model sees for one unit — a few continuous measures that no single check turns
 * into a flag.
 */
export function textFeatures(input: FeatureInput): FeatureVector {
  const features: FeatureVector = {};
  const z = lengthZ(input.source, input.target, input.lengthStats);
  if (z !== null) {
    features['length:abs-z'] = Math.min(6, Math.abs(z));
    features['length:short-z'] = Math.min(6, Math.max(0, -z));
  }
  const sourceWords = words(input.source).length;
  features['source:log-length'] = Math.log1p(input.source.length) / 5;
  // Months and weekdays are no names, though English capitalises them ("January" is "stycznia").
  features['gap:names'] = relativeGap(
    findNames(input.source, input.sourceLang).filter((n) => !n.sentenceInitial && !n.common && !n.calendar)
      .length,
    findNames(input.target, input.targetLang).filter((n) => !n.sentenceInitial && !n.calendar).length,
  );
  const sourceMarks = countMarks(input.source, SOURCE_QUOTES);
  const targetMarks = countMarks(input.target, TARGET_QUOTES);
  features['gap:digits'] = relativeGap(sourceMarks.digits, targetMarks.digits);
  features['gap:marks'] = relativeGap(sourceMarks.marks, targetMarks.marks);
  features['gap:quotes'] = relativeGap(sourceMarks.quotes, targetMarks.quotes);
  features['source:short'] = sourceWords <= 4 ? 1 : 0;
  features['source:capitals'] = capitalsShare(input.source);
  features['source:offensive'] = findOffensive(input.source, input.sourceLang) === null ? 0 : 1;
  const unknown = unknownWordShare(input.source, input.sourceLang);
  if (unknown !== null) features['source:unknown-words'] = unknown;
  const unknownInTarget =
    input.targetLang === input.sourceLang ? null : unknownWords(input.target, input.targetLang);
  if (unknownInTarget !== null)
    features['target:unknown-words'] = Math.min(2, unknownInTarget.unknown.length);
  if (input.sourceLexicon)
    Object.assign(features, lexiconFeatures(input.source, input.sourceLang, input.sourceLexicon));
  if (input.targetLexicon)
    Object.assign(
      features,
      lexiconFeatures(input.target, input.targetLang, input.targetLexicon, 'target-lexicon'),
    );
  if (input.similarity !== null) {
    features['model:similarity'] = input.similarity;
    features['model:low-similarity'] = Math.max(0, 0.6 - input.similarity);
  }
  if (input.similarityZ !== null)
    features['model:similarity-z'] = Math.max(-5, Math.min(5, input.similarityZ));
  return features;
}
