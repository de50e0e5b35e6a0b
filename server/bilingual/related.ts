import { isSpacelessScript } from '../text/languages';
import { findNames } from '../text/names';
import { translationKeys } from './keys';
import type { TranslationLexicon } from './lexicon';

/**
 * How many words each side must have that the lexicon knows before "none of them translate each other"
 * means something. On the held-out development pairs, five on each side find 10 pairs of the ro-en file
 * (all of them erroneous: hallucinations), none of en-de and en-cs, and seven in eight pairs of unrelated
 * sentences.
 */
const MIN_KNOWN = 5;
/**
 * Chinese and Japanese need more: their lexicons, learned from comments, know fewer words and split
 * them differently (with five, correct translations were found unrelated: three of the five Chinese
 * training pairs found, "The article does a good job …" among them).
 */
const MIN_KNOWN_SPACELESS = 7;

/**
 * Keys compared by their first four letters: the lexicon's stems are cut by length, and "warned" must
 * meet "warning" (which the lexicon knows for 警告).
 */
const looseKey = (key: string): string => key.slice(0, 4);
const SHORT_WORD = 4;

/** A name on both sides ties them together, and is cheap to ask: the name checks have found them already. */
function shareAName(source: string, target: string, lexicon: TranslationLexicon): boolean {
  const names = findNames(target, lexicon.targetLang);
  if (names.length === 0) return false;
  const keys = new Set(names.filter((n) => !n.common && !n.sentenceInitial).map((n) => n.key));
  return findNames(source, lexicon.sourceLang).some(
    (n) => !n.common && !n.sentenceInitial && keys.has(n.key),
  );
}

/**
 * Whether two texts say different things by the lexicon (a name on both sides says they do not): it
 * knows enough words on each side, and
 * no word of either side translates one of the other — a known target word standing for any source
 * word, or a known source word's translation standing in the target. Returns how many source words the
 * lexicon knows when unrelated, null otherwise.
 */
export function unrelatedByLexicon(
  source: string,
  target: string,
  lexicon: TranslationLexicon,
): number | null {
  if (shareAName(source, target, lexicon)) return null;
  const sourceKeys = translationKeys(source, lexicon.sourceLang);
  const knownSource = new Set<string>();
  for (const key of sourceKeys) if (lexicon.translations.has(key)) knownSource.add(looseKey(key));
  const minKnown =
    isSpacelessScript(lexicon.sourceLang) || isSpacelessScript(lexicon.targetLang)
      ? MIN_KNOWN_SPACELESS
      : MIN_KNOWN;
  if (knownSource.size < minKnown) return null;
  const sourceWords = new Set(sourceKeys.map(looseKey));
  const targetKeys = translationKeys(target, lexicon.targetLang);
  // Most pairs are translations: the first known target word that stands for a source word settles it.
  const knownTarget = new Set<string>();
  for (const key of targetKeys)
    for (const word of lexicon.sources.get(key) ?? []) {
      const loose = looseKey(word);
      if (sourceWords.has(loose)) return null;
      knownTarget.add(loose);
    }
  if (knownTarget.size < minKnown) return null;
  // Short target words are mostly function words, whose first four letters meet a longer word's by
  // chance: German "nach" (after) is not "nächste" (next).
  const targetWords = new Set(targetKeys.filter((key) => key.length > SHORT_WORD).map(looseKey));
  for (const key of sourceKeys)
    for (const translation of lexicon.translations.get(key) ?? [])
      if (targetWords.has(looseKey(translation))) return null;
  return knownSource.size;
}
