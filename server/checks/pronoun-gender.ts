import type { Flag } from '../domain/types';
import {
  canTellPerson,
  hasGenderedPronouns,
  otherGenderPronoun,
  personGender,
} from './lang/gendered-pronouns';
import { type UnitCheck, flagFrom } from './types';

const NAMED = { m: 'a man (he)', f: 'a woman (she)' } as const;

export const pronounGender = {
  scope: 'unit',
  id: 'pronoun-gender',
  name: 'Pronoun of the other gender',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'The source speaks of a woman with "she" or "her" and the translation of a man ("er", "il", "он", "他"), or the other way round: MT falls back on the gender its training data made usual ("The doctor said she …" → "Der Arzt sagte, er …"). Read where English, Chinese or Japanese — whose pronouns give a person\'s gender and nothing else — is one side, when that side uses one gender\'s pronouns only and no "it" (which the other language may render as "er" or "il"), and the other side surely uses the other gender\'s and none that may be the first\'s (German "sie" is also "they"). Languages: en, zh, ja, de, nl, fr, es, it, pt, pl, cs, ru, uk.',
  appliesTo: (ctx) =>
    hasGenderedPronouns(ctx.sourceLang) &&
    hasGenderedPronouns(ctx.targetLang) &&
    (canTellPerson(ctx.sourceLang) || canTellPerson(ctx.targetLang)),
  run(unit, ctx): Flag[] {
    const source = { text: unit.source, lang: ctx.sourceLang };
    const target = { text: unit.target, lang: ctx.targetLang };
    // The side that says the person's gender, read against the other.
    const [person, other] = canTellPerson(source.lang) ? [source, target] : [target, source];
    const gender = personGender(person.text, person.lang);
    if (!gender) return [];
    const pronoun = otherGenderPronoun(other.text, other.lang, gender, person);
    if (!pronoun) return [];
    const otherGender = gender === 'm' ? 'f' : 'm';
    return [
      flagFrom(pronounGender, {
        side: other === target ? 'target' : 'source',
        span: { start: pronoun.start, end: pronoun.end },
        message:
          other === target
            ? `The source speaks of ${NAMED[gender]}; the translation's “${pronoun.text}” speaks of ${NAMED[otherGender]}`
            : `The source's “${pronoun.text}” speaks of ${NAMED[otherGender]}; the translation speaks of ${NAMED[gender]}`,
      }),
    ];
  },
} satisfies UnitCheck;
