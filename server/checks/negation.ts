import type { Flag } from '../domain/types';
import { NEGATION_PATTERNS, negationMarker } from './lang/negation';
import { negatesByMeaning, negativeMeaningSpans } from './lang/negative-meaning';
import { withoutBounds } from './lang/bounds';
import { type UnitCheck, flagFrom } from './types';

export const negation = {
  scope: 'unit',
  id: 'negation',
  name: 'Negation on one side only',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'One side is negated ("not", "nie", "nicht", "不", …) and the other is not — the meaning may be reversed. Not reported when the other side says it with a word that negates by meaning ("impossible", "useless", "unmöglich"), or when the negation is part of such a phrase ("not … until", "Isn\'t it …?"). Needs negation lists for both languages.',
  appliesTo: (ctx) => ctx.sourceLang in NEGATION_PATTERNS && ctx.targetLang in NEGATION_PATTERNS,
  run(unit, ctx): Flag[] {
    if (unit.source.trim() === '' || unit.target.trim() === '') return [];
    // A negated limit ("not more than 6", "nicht über 25 °C") is a limit, compared by the bounds check.
    const source = negationMarker(withoutBounds(unit.source, ctx.sourceLang), ctx.sourceLang);
    const target = negationMarker(withoutBounds(unit.target, ctx.targetLang), ctx.targetLang);
    if (!source === !target) return [];
    // The side without a negation may say it by a word's meaning ("not possible" as "unmöglich"), and
    // the negation found may be part of such a phrase ("not … until", "non-profit"): nothing reversed.
    const [negated, plain] = source
      ? [
          { marker: source, text: unit.source, lang: ctx.sourceLang },
          { text: unit.target, lang: ctx.targetLang },
        ]
      : [
          { marker: target, text: unit.target, lang: ctx.targetLang },
          { text: unit.source, lang: ctx.sourceLang },
        ];
    if (negatesByMeaning(plain.text, plain.lang)) return [];
    const { marker } = negated;
    if (
      marker &&
      negativeMeaningSpans(negated.text, negated.lang).some(
        (s) => s.start <= marker.start && marker.end <= s.end,
      )
    )
      return [];
    if (source && !target) {
      return [
        flagFrom(negation, {
          side: 'source',
          span: { start: source.start, end: source.end },
          message: `The source is negated (“${source.text}”) but the translation is not`,
        }),
      ];
    }
    if (target && !source) {
      return [
        flagFrom(negation, {
          side: 'target',
          span: { start: target.start, end: target.end },
          message: `The translation is negated (“${target.text}”) but the source is not`,
        }),
      ];
    }
    return [];
  },
} satisfies UnitCheck;
