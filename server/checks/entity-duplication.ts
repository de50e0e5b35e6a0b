import type { Flag } from '../domain/types';
import { findNames } from '../text/names';
import { fold, words } from '../text/normalize';
import { nameKey } from '../align/anchors';
import { hasTransliterable, transliterate } from '../text/transliterate';
import { type UnitCheck, flagFrom } from './types';

/** Two forms of one name: they differ at most in an ending of two letters ("Ukraina", "Ukrainie"). */
function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared >= Math.max(4, Math.min(x.length, y.length) - 2);
}

/** How often a word of the same name stands in a text, capitalised or not. */
function inAnyCase(text: string, name: string): number {
  return words(text).filter((word) => sameName(word.text, name)).length;
}

export const entityDuplication = {
  scope: 'unit',
  id: 'entity-duplication',
  name: 'Name repeated',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'A name appears in the target more often than in the source — typically a pronoun or a passive turned into the name itself ("Ukraina nie pozwoli Ukrainie" for "Ukraine will not be allowed").',
  run(unit, ctx): Flag[] {
    const sourceCounts = new Map<string, number>();
    for (const name of findNames(unit.source, ctx.sourceLang)) {
      // "Name", "List": capitalised ordinary words would meet every German noun with the same stem.
      if (!name.common) sourceCounts.set(name.key, (sourceCounts.get(name.key) ?? 0) + 1);
    }
    const seen = new Map<string, { first: string; count: number }>();
    const flags: Flag[] = [];
    // A Russian or Greek name meets a Latin one in Latin letters: "Украина … Украине" is "Ukraine" twice.
    const latinSource = !hasTransliterable(unit.source);
    for (const name of findNames(unit.target, ctx.targetLang)) {
      const latin = latinSource && hasTransliterable(name.text) ? transliterate(name.text) : name.text;
      const inSource = sourceCounts.get(latin === name.text ? name.key : nameKey(latin)) ?? 0;
      const earlier = seen.get(name.key);
      // Words that only start alike are two words ("Melodoholisch" and "Melodien" in German, where
      // every noun has a capital), not one name said twice.
      if (earlier && !sameName(earlier.first, name.text)) continue;
      const count = (earlier?.count ?? 0) + 1;
      seen.set(name.key, { first: earlier?.first ?? name.text, count });
      // The source may write the name in small letters too ("joel gilbert is Joel Gilbert").
      if (inSource > 0 && count === inSource + 1 && count > inAnyCase(unit.source, latin)) {
        flags.push(
          flagFrom(entityDuplication, {
            side: 'target',
            span: { start: name.start, end: name.end },
            message: `“${name.text}” appears ${count} times here but ${inSource === 1 ? 'once' : `${inSource} times`} in the source`,
          }),
        );
      }
    }
    return flags;
  },
} satisfies UnitCheck;
