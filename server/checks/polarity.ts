import type { Flag } from '../domain/types';
import { OPPOSITE, hasPolarityWords, polesIn } from './lang/polarity';
import { negationMarker } from './lang/negation';
import { type UnitCheck, flagFrom } from './types';

export const polarity = {
  scope: 'unit',
  id: 'polarity',
  name: 'Opposite meaning',
  category: 'Accuracy/Mistranslation',
  severity: 'critical',
  description:
    'The translation says the opposite of what the source reports: up for down ("Prices increased" → "Los precios bajaron"), lost for won, rejected for approved ("approved by the Senate" → "vom Senat abgelehnt"), a loss for a profit, admitted or confirmed for denied ("denied that he had resigned" → "承认他已经辞职"), a comparison turned round: higher or lower, larger or smaller, better or worse, cheaper or dearer ("higher than expected" → "niedriger als erwartet"), a prohibition made optional or the other way round ("must not open" → "müssen … nicht öffnen", need not; "do not have to" → "dürfen … nicht"), and hate for love ("I hate people" → "Ich liebe Leute"). Reported when the source names one side and not the other, and the translation names the other side and not the source\'s, and both or neither are negated ("did not make a profit" may well be "machte einen Verlust"). Reads the words news uses for each in en, de, fr, es, it, pt, ro, nl, pl, cs, ru, zh and ja.',
  appliesTo: (ctx) => hasPolarityWords(ctx.sourceLang) && hasPolarityWords(ctx.targetLang),
  run(unit, ctx): Flag[] {
    const inSource = polesIn(unit.source, ctx.sourceLang);
    if (inSource.length === 0) return [];
    const inTarget = polesIn(unit.target, ctx.targetLang);
    if (inTarget.length === 0) return [];
    // "did not make a profit" → "machte einen Verlust": one side negated, the other saying the opposite.
    if (!negationMarker(unit.source, ctx.sourceLang) !== !negationMarker(unit.target, ctx.targetLang))
      return [];
    const sourcePoles = new Set(inSource.map((m) => m.pole));
    const targetPoles = new Set(inTarget.map((m) => m.pole));
    const flags: Flag[] = [];
    for (const said of inSource) {
      const opposite = OPPOSITE[said.pole];
      if (sourcePoles.has(opposite) || targetPoles.has(said.pole)) continue;
      const reversed = inTarget.find((m) => m.pole === opposite);
      if (!reversed) continue;
      flags.push(
        flagFrom(polarity, {
          side: 'target',
          span: { start: reversed.start, end: reversed.end },
          message: `“${reversed.text}” says the opposite of the source's “${said.text}”`,
        }),
      );
    }
    return flags;
  },
} satisfies UnitCheck;
