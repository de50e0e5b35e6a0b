import type { Flag } from '../domain/types';
import { changeAmounts } from './lang/change-amount';
import { turnedRound } from './lang/turned-round';
import { type UnitCheck, flagFrom } from './types';

const SAID = { by: 'by', to: 'to' } as const;

export const changeAmount = {
  scope: 'unit',
  id: 'change-amount',
  name: 'A change given as a level',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'Something rose or fell by a share in the source and to that share in the translation, or the other way round: "rose by 2 %" as "stieg auf 2 %" (to 2 %), "fell to 3 %" as "spadla o 3 %" (by 3 %). Read before a percentage, in sentences that say something rose or fell, with the words for "by" and "to" in en, de, fr, es, it, pt, nl, pl, cs, ru, ro and zh.',
  run(unit, ctx): Flag[] {
    const source = changeAmounts(unit.source, ctx.sourceLang);
    if (source.length === 0) return [];
    const target = changeAmounts(unit.target, ctx.targetLang);
    return turnedRound(
      source,
      target,
      (a, b) => a.value === b.value,
      (a, b) => a.basis === b.basis,
    ).map(({ said, turned }) =>
      flagFrom(changeAmount, {
        side: 'target',
        span: { start: turned.start, end: turned.end },
        message: `The source's “${said.text}” is ${SAID[said.basis]} ${said.value} %; the translation's “${turned.text}” is ${SAID[turned.basis]} ${turned.value} %`,
      }),
    );
  },
} satisfies UnitCheck;
