import { translationKeys } from './keys';
import type { TranslationLexicon } from './lexicon';

/**
 * How many words each side must have that the lexicon knows before "none of them translate each other"
 * means something. On the held-out development pairs, five on each side find 10 pairs of the ro-en file
 * (all of them erroneous: hallucinations), none of en-de, en-cs and en-ja, one of en-zh, and seven in
 * eight pairs of unrelated sentences.
 */
const MIN_KNOWN = 5;

/**
 * Keys compared by their first four letters: the lexicon's stems are cut by length, and "warned" must
 * meet "warning" (which the lexicon knows for 警告).
 */
const looseKey = (key: string): string => key.slice(0, 4);

/**
 * Whether two texts say different things by the lexicon: it knows at least five words on each side, and
 * no word of either side translates one of the other — a known target word standing for any source
 * word, or a known source word's translation standing in the target. Returns how many source words the
 * lexicon knows when unrelated, null otherwise.
 */
export function unrelatedByLexicon(
  source: string,
  target: string,
  lexicon: TranslationLexicon,
): number | null {
  const sourceKeys = translationKeys(source, lexicon.sourceLang);
  const knownSource = new Set<string>();
  for (const key of sourceKeys) if (lexicon.translations.has(key)) knownSource.add(looseKey(key));
  if (knownSource.size < MIN_KNOWN) return null;
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
  if (knownTarget.size < MIN_KNOWN) return null;
  const targetWords = new Set(targetKeys.map(looseKey));
  for (const key of sourceKeys)
    for (const translation of lexicon.translations.get(key) ?? [])
      if (targetWords.has(looseKey(translation))) return null;
  return knownSource.size;
}
