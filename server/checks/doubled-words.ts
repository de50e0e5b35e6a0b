import type { Flag } from '../domain/types';
import { isAllCaps, words } from '../text/normalize';
import { type UnitCheck, flagFrom } from './types';

interface Doubled {
  word: string;
  start: number;
  end: number;
}

const ONLY_SPACE = /^\s+$/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The same word twice with only white space between ("się się"); case ignored. */
function findDoubledWords(text: string): Doubled[] {
  const tokens = words(text);
  const found: Doubled[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const first = tokens[k - 1];
    const second = tokens[k];
    // Equal lengths first: it spares lower-casing nearly every pair of neighbours.
    if (!first || !second || first.text.length !== second.text.length) continue;
    if (first.text.toLowerCase() !== second.text.toLowerCase()) continue;
    // A word beside an acronym spelt the same: "an AN/I", "it IT".
    if (isAllCaps(first.text) !== isAllCaps(second.text)) continue;
    // One letter twice is a tokenised word of a script without spaces ("い い" is いい) or an initial.
    if (first.text.length < 2) continue;
    if (!LETTERS_ONLY.test(first.text) || !ONLY_SPACE.test(text.slice(first.end, second.start))) continue;
    // "10ty ty" or "ty ty5" are not a doubled word.
    if (LETTER_OR_DIGIT.test(text[first.start - 1] ?? '') || LETTER_OR_DIGIT.test(text[second.end] ?? ''))
      continue;
    found.push({ word: first.text, start: first.start, end: second.end });
    k++; // "ha ha ha ha" is two doubles, not three
  }
  return found;
}

/**
 * Words a language writes twice in a row by its grammar: German "die die" (the article, then the
 * relative pronoun), French "nous nous" (a reflexive verb), English "had had", Dutch "dat dat".
 */
const GRAMMATICAL_DOUBLES: Readonly<Record<string, ReadonlySet<string>>> = {
  // "holen Sie sie nach": the polite you, then her or it; "dass es es nicht ausschließt": it, then it.
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'sie', 'es']),
  fr: new Set(['nous', 'vous']),
  en: new Set(['had', 'that']),
  nl: new Set(['dat']),
  // Czech and Slovak: the reflexive "se", then the preposition "se" (with) before s-/z- words
  // ("sešel se se svými kolegy"); Slovak "sa" is not a preposition. And "to", then "to, co" (that
  // which): "Možná je to to, co určuje", as Slovak "je to to, čo" and Polish "to to, co".
  cs: new Set(['se', 'to']),
  sk: new Set(['to']),
  pl: new Set(['to']),
};

export const doubledWords = {
  scope: 'unit',
  id: 'doubled-words',
  name: 'Doubled word',
  category: 'Fluency/Grammar',
  severity: 'minor',
  description:
    'The same word twice in a row ("się się", "the the"), unless the source doubles a word too ("Fine fine" → "Gut gut") or the grammar does ("die die", "nous nous").',
  run(unit, ctx): Flag[] {
    const doubles = findDoubledWords(unit.target);
    if (doubles.length === 0) return [];
    const sourceDoubles = findDoubledWords(unit.source);
    // A source that doubles words has its doubles translated, in other words.
    if (sourceDoubles.length >= doubles.length) return [];
    const grammatical = GRAMMATICAL_DOUBLES[ctx.targetLang];
    return doubles
      .filter((d) => !grammatical?.has(d.word.toLowerCase()))
      .map((d) =>
        flagFrom(doubledWords, {
          side: 'target',
          span: { start: d.start, end: d.end },
          message: `“${d.word}” is repeated`,
          fix: d.word,
        }),
      );
  },
} satisfies UnitCheck;
