import type { Flag } from '../domain/types';
import { type NumberMention, extractNumbers, mentionsNumberWord, sameNumber } from '../text/numbers';
import { type UnitCheck, flagFrom } from './types';

/** Pairs each mention on one side with an equal one on the other; returns those left over. */
function unmatched(mine: NumberMention[], theirs: NumberMention[]): NumberMention[] {
  const used = new Set<number>();
  return mine.filter((mention) => {
    const partner = theirs.findIndex((other, k) => !used.has(k) && sameNumber(mention, other));
    if (partner < 0) return true;
    used.add(partner);
    return false;
  });
}

export const numbers = {
  scope: 'unit',
  id: 'numbers',
  name: 'Numbers differ',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A number in the source is missing or different in the target, or the target has a number the source does not. Decimal and thousands separators are read per locale ("1,5" = "1.5", "1 000" = "1,000"); small numbers written as words count.',
  run(unit, ctx): Flag[] {
    const source = extractNumbers(unit.source, ctx.sourceLang);
    const target = extractNumbers(unit.target, ctx.targetLang);
    if (source.length === 0 && target.length === 0) return [];
    const missing = unmatched(source, target).filter(
      (m) => !mentionsNumberWord(unit.target, ctx.targetLang, m.values[0] ?? -1),
    );
    const extra = unmatched(target, source).filter(
      (m) => !mentionsNumberWord(unit.source, ctx.sourceLang, m.values[0] ?? -1),
    );
    return [
      ...missing.map((m) =>
        flagFrom(numbers, {
          side: 'source',
          span: { start: m.start, end: m.end },
          message: `“${m.raw}” from the source is not in the translation`,
        }),
      ),
      ...extra.map((m) =>
        flagFrom(numbers, {
          side: 'target',
          span: { start: m.start, end: m.end },
          message: `“${m.raw}” in the translation is not in the source`,
        }),
      ),
    ];
  },
} satisfies UnitCheck;
