import { translationKeys } from './keys';
import { type TranslationLexicon, translationAnchors } from './lexicon';

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
  const knownSource = new Set(translationAnchors(source, 'source', lexicon).map(looseKey));
  if (knownSource.size < MIN_KNOWN) return null;
  const knownTarget = translationAnchors(target, 'target', lexicon);
  if (new Set(knownTarget.map(looseKey)).size < MIN_KNOWN) return null;
  const sourceKeys = translationKeys(source, lexicon.sourceLang);
  const sourceWords = new Set(sourceKeys.map(looseKey));
  if (knownTarget.some((key) => sourceWords.has(looseKey(key)))) return null;
  const targetWords = new Set(translationKeys(target, lexicon.targetLang).map(looseKey));
  const shared = sourceKeys.some((key) =>
    (lexicon.translations.get(key) ?? []).some((translation) => targetWords.has(looseKey(translation))),
  );
  return shared ? null : knownSource.size;
}
