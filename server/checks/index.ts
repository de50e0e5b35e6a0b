import { addition } from './addition';
import { brackets } from './brackets';
import { brokenCharacters } from './broken-characters';
import { clockTime } from './clock-time';
import { codes } from './codes';
import { countryChanged } from './country-changed';
import { dates } from './dates';
import { doubleSpace } from './double-space';
import { doubledWords } from './doubled-words';
import { endPunctuation } from './end-punctuation';
import { entityAdded } from './entity-added';
import { entityAddedTransliterated } from './entity-added-transliterated';
import { entityDuplication } from './entity-duplication';
import { entityMissing } from './entity-missing';
import { entityMissingTransliterated } from './entity-missing-transliterated';
import { imperative } from './imperative';
import { inconsistentSource } from './inconsistent-source';
import { inconsistentTranslation } from './inconsistent-translation';
import { lengthRatio } from './length-ratio';
import { localeFormat } from './locale-format';
import { lowSimilarity } from './low-similarity';
import { lowercaseStart } from './lowercase-start';
import { markup } from './markup';
import { nameVariants } from './name-variants';
import { negation } from './negation';
import { numbers } from './numbers';
import { offensive } from './offensive';
import { placeholders } from './placeholders';
import { polarity } from './polarity';
import { allegation } from './allegation';
import { pronounGender } from './pronoun-gender';
import { ratePeriod } from './rate-period';
import { bounds } from './bounds';
import { changeAmount } from './change-amount';
import { shortcuts } from './shortcuts';
import { omission } from './omission';
import { repetitionLoop } from './repetition-loop';
import { segmentation } from './segmentation';
import { sentenceUnmatched } from './sentence-unmatched';
import { spelling } from './spelling';
import { terminology } from './terminology';
import { translationMemory } from './translation-memory';
import type { Check } from './types';
import { truncated } from './truncated';
import { units } from './units';
import { untranslated } from './untranslated';
import { verbatim } from './verbatim';
import { unrelated } from './unrelated';
import { wrongLanguage } from './wrong-language';

/** Every check, in the order their flags are listed. Adding a check means adding it here. */
export const CHECKS: readonly Check[] = [
  omission,
  addition,
  segmentation,
  sentenceUnmatched,
  truncated,
  untranslated,
  wrongLanguage,
  numbers,
  codes,
  units,
  ratePeriod,
  clockTime,
  dates,
  entityDuplication,
  entityMissing,
  entityMissingTransliterated,
  entityAdded,
  entityAddedTransliterated,
  countryChanged,
  negation,
  polarity,
  allegation,
  pronounGender,
  imperative,
  bounds,
  changeAmount,
  lowSimilarity,
  unrelated,
  offensive,
  placeholders,
  shortcuts,
  markup,
  verbatim,
  lengthRatio,
  repetitionLoop,
  brokenCharacters,
  spelling,
  doubledWords,
  brackets,
  endPunctuation,
  lowercaseStart,
  doubleSpace,
  localeFormat,
  terminology,
  translationMemory,
  inconsistentTranslation,
  inconsistentSource,
  nameVariants,
];

export function assertUniqueIds(checks: readonly Check[]): void {
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.id)) throw new Error(`Two checks share the id "${check.id}"`);
    seen.add(check.id);
  }
}

assertUniqueIds(CHECKS);

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
