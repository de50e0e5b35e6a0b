import { unrelatedByLexicon } from '../bilingual/related';
import type { Flag } from '../domain/types';
import { type UnitCheck, flagFrom } from './types';

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
    "The target shares no word with the source: the learned translation lexicon of the language pair knows at least five words on each side (seven with Chinese or Japanese), and no word on either side translates one on the other. A hallucination, or another sentence in this one's place. Runs for language pairs with a lexicon (en–de, en–cs, en–ja, en–zh, ro–en, or one made with `mt-review lexicon`).",
  appliesTo: (ctx) => ctx.translations !== null && ctx.translations !== undefined,
  run(unit, ctx): Flag[] {
    const lexicon = ctx.translations;
    if (!lexicon || unit.source.trim() === '' || unit.target.trim() === '') return [];
    const known = unrelatedByLexicon(unit.source, unit.target, lexicon);
    if (known === null) return [];
    return [
      flagFrom(unrelated, {
        side: 'target',
        span: { start: 0, end: unit.target.length },
        message: `Of the ${known} source words the lexicon knows, none is translated here, and no word here translates one of the source: it may say something else entirely`,
      }),
    ];
  },
} satisfies UnitCheck;
