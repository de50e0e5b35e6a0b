import type { Flag } from '../domain/types';
import { attributionsIn, hedges, readsAttributions } from './lang/hedges';
import { type UnitCheck, flagFrom } from './types';

export const allegation = {
  scope: 'unit',
  id: 'allegation',
  name: 'Allegation stated as fact',
  category: 'Accuracy/Mistranslation',
  severity: 'critical',
  description:
    'The source makes a claim someone else\'s ("the alleged killer", "reportedly fled", "a suspected smuggler"; "mutmaßlich", "présumé", "presunto", "rzekomy", "údajně", "якобы", "涉嫌", "容疑者") and the translation keeps nothing of it — no such word, no conditional of reported speech ("aurait", "habría", "soll"), no "according to", no suspicion or likelihood: it states the allegation as fact, which in news is a legal risk. The other way round, a translation that calls a claim what the source states as fact ("resigned" → "ist angeblich zurückgetreten") casts a doubt the source does not (major). Reads attributions in en, de, fr, es, it, pt, pl, cs, ru, zh and ja, and the ways of keeping a claim someone else\'s in those and uk, nl, sv, ko, tr, ar and hi.',
  appliesTo: (ctx) =>
    readsAttributions(ctx.sourceLang, ctx.targetLang) || readsAttributions(ctx.targetLang, ctx.sourceLang),
  run(unit, ctx): Flag[] {
    const [first] = attributionsIn(unit.source, ctx.sourceLang);
    if (first && !hedges(unit.target, ctx.targetLang))
      return [
        flagFrom(allegation, {
          side: 'source',
          span: { start: first.start, end: first.end },
          message: `“${first.text}” makes the claim someone else's; the translation states it as fact`,
        }),
      ];
    // The other way round: a fact the translation calls a claim ("resigned" → "ist angeblich
    // zurückgetreten") casts a doubt the source does not.
    const [added] = attributionsIn(unit.target, ctx.targetLang);
    if (first || !added || hedges(unit.source, ctx.sourceLang)) return [];
    return [
      flagFrom(allegation, {
        side: 'target',
        span: { start: added.start, end: added.end },
        severity: 'major',
        message: `“${added.text}” makes a claim of what the source states as fact`,
      }),
    ];
  },
} satisfies UnitCheck;
