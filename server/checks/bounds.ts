import type { Flag } from '../domain/types';
import { type BoundMention, findBounds, hasBoundWords } from './lang/bounds';
import { type UnitCheck, flagFrom } from './types';

const HOW: Record<BoundMention['direction'], string> = { lower: 'a lower limit', upper: 'an upper limit' };

/**
 * The target's limit that turns a source limit around: first on the same number ("no more than 2" →
 * "au moins 2", whatever else the sentence limits); else, when each side sets limits of one direction
 * only, the first of the target's.
 */
function reversedLimit(
  source: readonly BoundMention[],
  target: readonly BoundMention[],
): { original: BoundMention; reversed: BoundMention } | null {
  let compared = false;
  for (const original of source) {
    const sameNumber = target.filter((mention) => mention.limit === original.limit);
    if (sameNumber.length === 0) continue;
    compared = true;
    const reversed = sameNumber.find((mention) => mention.direction !== original.direction);
    if (reversed && !sameNumber.some((mention) => mention.direction === original.direction))
      return { original, reversed };
  }
  if (compared) return null;
  const directions = (mentions: readonly BoundMention[]) => new Set(mentions.map((m) => m.direction));
  const [original] = source;
  const [reversed] = target;
  if (!original || !reversed || directions(source).size !== 1 || directions(target).size !== 1) return null;
  return original.direction === reversed.direction ? null : { original, reversed };
}

export const bounds = {
  scope: 'unit',
  id: 'bounds',
  name: 'Limit reversed',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'The source sets a lower limit on a number ("at least 8", "more than 50") and the translation an upper one ("höchstens 8", "moins de 50"), or the other way round: a password rule or a dose turned around. Needs word lists for both languages (en, de, fr, es, it, pt, pl, cs, nl, ru, zh, ja).',
  appliesTo: (ctx) => hasBoundWords(ctx.sourceLang) && hasBoundWords(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const source = findBounds(unit.source, ctx.sourceLang);
    if (source.length === 0) return [];
    const found = reversedLimit(source, findBounds(unit.target, ctx.targetLang));
    if (!found) return [];
    const { original, reversed } = found;
    return [
      flagFrom(bounds, {
        side: 'target',
        span: { start: reversed.start, end: reversed.end },
        message: `The source sets ${HOW[original.direction]} (“${original.text} ${original.limit}”), the translation ${HOW[reversed.direction]} (“${reversed.text}”)`,
      }),
    ];
  },
} satisfies UnitCheck;
