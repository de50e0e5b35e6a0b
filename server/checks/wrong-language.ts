import type { Flag } from '../domain/types';
import { franc } from 'franc';
import { toIso3 } from '../text/languages';
import { sharedWordCount, wordSet } from '../text/normalize';
import { type UnitCheck, flagFrom } from './types';

/** franc is unreliable on short strings; below this many letters we do not ask it. */
const MIN_LETTERS = 40;
/**
 * A target in the source language shares most of its words with the source; below this share of
 * shared word types, franc (the costly part) is not asked.
 */
const MIN_SHARED_WORDS = 0.5;

function sharedWordShare(source: string, target: string): number {
  const types = wordSet(target).size;
  return types === 0 ? 0 : sharedWordCount(source, target) / types;
}

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
    // The shared-word share comes from memoised word sets; counting letters builds a new string.
    if (sharedWordShare(unit.source, unit.target) < MIN_SHARED_WORDS) return [];
    if (unit.target.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return [];
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
