import { isSpacelessScript, wordLikeSegments } from '../text/languages';
import { findOffensive } from '../checks/lang/offensive';
import { isKnownWord } from '../text/lexicon';
import { wordSet, words } from '../text/normalize';
import type { RiskReason } from '../domain/types';
import type { FeatureVector } from './features';

/**
 * A learned risk lexicon: for each source word seen often enough in labeled data, how much more (or
 * less) often the sentences that contain it were mistranslated than the average, in log-odds. Source
 * words say what is hard to translate (slang, insults, typos, rare terms) in any language pair.
 */
export type RiskLexicon = Readonly<Record<string, number>>;

export interface LexiconRow {
  text: string;
  erroneous: boolean;
}

export interface LexiconOptions {
  /** Words in fewer training sentences than this are left out: one sentence says nothing about a word. */
  minCount?: number;
  /** Pseudo-sentences at the average error rate added to every word, which shrinks rare words towards 0. */
  smoothing?: number;
  /** Entries whose shift is smaller than this are not stored. */
  minShift?: number;
}

const CJK_SPACE =
  /(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\s+(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu;

/**
 * The distinct lower-case words of a text; for scripts written without spaces, the words ICU's
 * dictionary finds, with the spaces of tokenised Chinese or Japanese taken out first, so that "你 是
 * 白痴" and "你是白痴" give the same words (character pairs had named topics and names more than errors).
 */
export function lexiconTokens(text: string, lang: string): string[] {
  if (isSpacelessScript(lang)) {
    const joined = text.replace(CJK_SPACE, '');
    return [...new Set(wordLikeSegments(joined, lang).map((w) => w.toLowerCase()))];
  }
  return [...new Set(words(text).map((w) => w.text.toLowerCase()))];
}

export function learnLexicon(
  rows: readonly LexiconRow[],
  lang: string,
  options: LexiconOptions = {},
): RiskLexicon {
  const minCount = options.minCount ?? 3;
  const smoothing = options.smoothing ?? 2;
  const minShift = options.minShift ?? 0.2;
  const seen = new Map<string, number>();
  const inErrors = new Map<string, number>();
  let errors = 0;
  for (const row of rows) {
    if (row.erroneous) errors++;
    for (const token of lexiconTokens(row.text, lang)) {
      seen.set(token, (seen.get(token) ?? 0) + 1);
      if (row.erroneous) inErrors.set(token, (inErrors.get(token) ?? 0) + 1);
    }
  }
  if (rows.length === 0 || errors === 0 || errors === rows.length) return {};
  const base = errors / rows.length;
  const logit = (p: number): number => Math.log(p / (1 - p));
  const lexicon: Record<string, number> = {};
  for (const [token, count] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count < minCount) continue;
    const rate = ((inErrors.get(token) ?? 0) + smoothing * base) / (count + smoothing);
    const shift = logit(rate) - logit(base);
    if (Math.abs(shift) >= minShift) lexicon[token] = Math.round(shift * 1000) / 1000;
  }
  return lexicon;
}

const tables = new WeakMap<RiskLexicon, ReadonlyMap<string, number>>();

/**
 * The lexicon as a Map: looking a freshly cut word up in a large object makes V8 intern the string
 * first, which cost more than the rest of the lexicon features together.
 */
function tableOf(lexicon: RiskLexicon): ReadonlyMap<string, number> {
  let table = tables.get(lexicon);
  if (!table) {
    table = new Map(Object.entries(lexicon));
    tables.set(lexicon, table);
  }
  return table;
}

/** Source words' features are `lexicon:…`, the translation's `target-lexicon:…`. */
export type LexiconPrefix = 'lexicon' | 'target-lexicon';

/** The strongest risk word of the sentence, and the sum of all risk words (capped). */
export function lexiconFeatures(
  text: string,
  lang: string,
  lexicon: RiskLexicon,
  prefix: LexiconPrefix = 'lexicon',
): FeatureVector {
  const table = tableOf(lexicon);
  let strongest = 0;
  let sum = 0;
  // Distinct words: each counts once, however often the sentence repeats it.
  const add = (token: string): void => {
    const shift = table.get(token);
    if (shift === undefined || shift <= 0) return;
    strongest = Math.max(strongest, shift);
    sum += shift;
  };
  if (isSpacelessScript(lang)) lexiconTokens(text, lang).forEach(add);
  else wordSet(text).forEach(add);
  return { [`${prefix}:max`]: strongest, [`${prefix}:sum`]: Math.min(5, sum) };
}

/**
 * Whether a risky word says something to a reviewer when named: an insult or profanity (the language's
 * offensive-word list, or the source language's for an insult a translation kept untranslated), or a
 * word the dictionary does not know that the text writes in lower case (a typo or slang: "awsome",
 * "ahole"). Everyday words that happened to lean towards errors in the training data ("roadway",
 * "considerable") and names ("Josef") would only puzzle.
 */
function worthNaming(
  word: string,
  lang: string,
  lowerCaseInText: ReadonlySet<string>,
  sourceLang: string | undefined,
): boolean {
  const kind = wordKind(word, lang);
  if (kind === 'offensive' || (kind === 'unknown' && lowerCaseInText.has(word))) return true;
  return sourceLang !== undefined && sourceLang !== lang && wordKind(word, sourceLang) === 'offensive';
}

const wordKinds = new Map<string, Map<string, 'offensive' | 'unknown' | 'ordinary'>>();

/** Whether a risky word is an insult, a word the dictionary lacks, or neither: the same few words come back in sentence after sentence. */
function wordKind(word: string, lang: string): 'offensive' | 'unknown' | 'ordinary' {
  let kinds = wordKinds.get(lang);
  if (!kinds) {
    kinds = new Map();
    wordKinds.set(lang, kinds);
  }
  let kind = kinds.get(word);
  if (kind === undefined) {
    if (findOffensive(word, lang) !== null) kind = 'offensive';
    else kind = isKnownWord(word, lang) === false ? 'unknown' : 'ordinary';
    kinds.set(word, kind);
  }
  return kind;
}

/**
 * The sentence's riskiest words by the lexicon that are worth naming, strongest first, for the
 * reviewer's explanation: only words whose sentences went wrong at least e (about 2.7) times as often
 * as average.
 */
export function riskiestWords(
  text: string,
  lang: string,
  lexicon: RiskLexicon,
  { limit = 3, minShift = 1, sourceLang }: { limit?: number; minShift?: number; sourceLang?: string } = {},
): string[] {
  const table = tableOf(lexicon);
  const found = new Map<string, number>();
  const consider = (token: string): void => {
    const shift = table.get(token);
    if (shift !== undefined && shift >= minShift) found.set(token, shift);
  };
  if (isSpacelessScript(lang)) lexiconTokens(text, lang).forEach(consider);
  else wordSet(text).forEach(consider);
  if (found.size === 0) return [];
  const lowerCase = new Set(words(text).flatMap((w) => (w.text === w.text.toLowerCase() ? [w.text] : [])));
  return [...found]
    .filter(([word]) => worthNaming(word, lang, lowerCase, sourceLang))
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([word]) => word);
}

const REASON_LABELS: Record<LexiconPrefix, { named: string; unnamed: string }> = {
  lexicon: {
    named: 'often mistranslated in the training data',
    unnamed: 'source words that often went wrong in the training data',
  },
  'target-lexicon': {
    named: 'in the translation, often with an error in the training data',
    unnamed: 'words of the translation that often came with an error in the training data',
  },
};

/**
 * A lexicon's two features become one reason, which names the words when some are strong enough:
 * “fucking”, “awsome” says more to a reviewer than "source words that often went wrong". A
 * translation's lexicon is given the source language, whose insults it may have kept.
 */
export function lexiconReason(
  reasons: RiskReason[],
  text: string,
  lang: string,
  lexicon: RiskLexicon,
  { prefix = 'lexicon', sourceLang }: { prefix?: LexiconPrefix; sourceLang?: string } = {},
): RiskReason[] {
  const ownFeature = (r: RiskReason): boolean => r.feature.startsWith(`${prefix}:`);
  const fromLexicon = reasons.filter(ownFeature);
  if (fromLexicon.length === 0) return reasons;
  const named = riskiestWords(text, lang, lexicon, { sourceLang }).map((w) => `“${w}”`);
  const labels = REASON_LABELS[prefix];
  const merged: RiskReason = {
    feature: prefix,
    label: named.length > 0 ? `${named.join(', ')}: ${labels.named}` : labels.unnamed,
    contribution: Math.round(fromLexicon.reduce((sum, r) => sum + r.contribution, 0) * 1000) / 1000,
  };
  return [...reasons.filter((r) => !ownFeature(r)), merged].sort((a, b) => b.contribution - a.contribution);
}

/** A fold chosen by the text itself, so that a sentence repeated across training files stays in one fold. */
function foldOf(text: string, folds: number): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash % folds;
}

/**
 * Lexicon features for the training rows themselves, each from a lexicon learned without its own
 * fold: a lexicon scoring the sentences it was counted on would look far more telling than it is.
 */
export function crossFittedLexiconFeatures(
  rows: readonly LexiconRow[],
  lang: string,
  usable: (index: number) => boolean,
  folds = 10,
  options: LexiconOptions = {},
  prefix: LexiconPrefix = 'lexicon',
): FeatureVector[] {
  const foldOfRow = rows.map((row) => foldOf(row.text, folds));
  const features: FeatureVector[] = rows.map(() => ({}));
  for (let fold = 0; fold < folds; fold++) {
    const lexicon = learnLexicon(
      rows.filter((_, i) => foldOfRow[i] !== fold && usable(i)),
      lang,
      options,
    );
    rows.forEach((row, i) => {
      if (foldOfRow[i] === fold) features[i] = lexiconFeatures(row.text, lang, lexicon, prefix);
    });
  }
  return features;
}
