import type { Flag } from '../domain/types';
import { franc } from 'franc';
import { toIso3 } from '../text/languages';
import { type UnitCheck, flagFrom } from './types';

/** franc is unreliable on short strings; below this many letters we do not ask it. */
const MIN_LETTERS = 40;

export const wrongLanguage = {
  scope: 'unit',
  id: 'wrong-language',
  name: 'Target in the wrong language',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  description:
    'franc says the target sentence is in the source language rather than the target language (only on sentences long enough to tell).',
  appliesTo: (ctx) =>
    ctx.sourceLang !== ctx.targetLang && ctx.targetLang !== 'und' && ctx.sourceLang !== 'und',
  run(unit, ctx): Flag[] {
    const letters = unit.target.replace(/[^\p{L}]/gu, '').length;
    if (letters < MIN_LETTERS) return [];
    const expected = toIso3(ctx.targetLang);
    const sourceCode = toIso3(ctx.sourceLang);
    const detected = franc(unit.target, { minLength: 10, only: [expected, sourceCode] });
    if (detected !== sourceCode) return [];
    return [
      flagFrom(wrongLanguage, {
        side: 'target',
        span: { start: 0, end: unit.target.length },
        message: `This reads as ${ctx.sourceLang}, not ${ctx.targetLang}`,
      }),
    ];
  },
} satisfies UnitCheck;
