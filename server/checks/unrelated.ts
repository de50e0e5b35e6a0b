import { type TranslationLexicon, translationAnchors } from '../bilingual/lexicon';
import { translationKeys } from '../bilingual/keys';
import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

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
 * Whether some word of one side translates some word of the other: a known target word standing for
 * any source word, or a known source word's translation standing in the target — each side's own
 * words all count, not only those the lexicon lists.
 */
function shareAWord(
  source: string,
  target: string,
  knownTarget: readonly string[],
  lexicon: TranslationLexicon,
): boolean {
  const sourceKeys = translationKeys(source, lexicon.sourceLang);
  const sourceWords = new Set(sourceKeys.map(looseKey));
  if (knownTarget.some((key) => sourceWords.has(looseKey(key)))) return true;
  const targetWords = new Set(translationKeys(target, lexicon.targetLang).map(looseKey));
  return sourceKeys.some((key) =>
    (lexicon.translations.get(key) ?? []).some((translation) => targetWords.has(looseKey(translation))),
  );
}

/**
 * A translation of something else: the language pair's learned lexicon knows several words on each side
 * and not one of them translates a word of the other. A hallucinating system writes such sentences, and
 * so does a document whose sentence was dropped and another put in its place.
 */
export const unrelated = {
  scope: 'unit',
  id: 'unrelated',
  name: 'Translation of something else',
  category: 'Accuracy/Mistranslation',
  severity: 'critical',
  description:
    "The target shares no word with the source: the learned translation lexicon of the language pair knows at least five words on each side, and no word on either side translates one on the other. A hallucination, or another sentence in this one's place. Runs for language pairs with a lexicon (en–de, en–cs, en–ja, en–zh, ro–en, or one made with `mt-review lexicon`).",
  appliesTo: (ctx) => ctx.translations !== null && ctx.translations !== undefined,
  run(unit, ctx): Flag[] {
    const lexicon = ctx.translations;
    if (!lexicon || unit.source.trim() === '' || unit.target.trim() === '') return [];
    const knownSource = new Set(translationAnchors(unit.source, 'source', lexicon).map(looseKey));
    if (knownSource.size < MIN_KNOWN) return [];
    const knownTarget = translationAnchors(unit.target, 'target', lexicon);
    if (new Set(knownTarget.map(looseKey)).size < MIN_KNOWN) return [];
    if (shareAWord(unit.source, unit.target, knownTarget, lexicon)) return [];
    return [
      flagFrom(unrelated, {
        side: 'target',
        span: { start: 0, end: unit.target.length },
        message: `Of the ${knownSource.size} source words the lexicon knows, none is translated here, and no word here translates one of the source: it may say something else entirely`,
      }),
    ];
  },
} satisfies UnitCheck;
