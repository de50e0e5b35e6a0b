import type { NameMention } from '../../text/names';
import { fold } from '../../text/normalize';
import { allMatches } from '../../util/regexp';

/** A word of two to six capitals, as acronyms are written ("EU", "UE", "OMS", "NATO"). */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

/** The run of names joined by spaces alone around names[k] ("European Union", "Unia Europejska"). */
function phraseAround(text: string, names: readonly NameMention[], k: number): NameMention[] {
  const joined = (left: NameMention | undefined, right: NameMention | undefined): boolean =>
    left !== undefined &&
    right !== undefined &&
    !left.acronym &&
    !right.acronym &&
    // "The" opening the sentence is no word of the name.
    !(left.sentenceInitial && left.common) &&
    /^\s+$/u.test(text.slice(left.end, right.start));
  let first = k;
  while (joined(names[first - 1], names[first])) first--;
  let last = k;
  while (joined(names[last], names[last + 1])) last++;
  return names.slice(first, last + 1);
}

/** Letters in alphabetical order: "EU" and "UE" (French, Polish, Spanish word order) are the same initials. */
const lettersOf = (text: string): string => [...fold(text)].sort().join('');

/** The initials of a run of names, in alphabetical order. */
const initialsOf = (phrase: readonly NameMention[]): string =>
  lettersOf(phrase.map((name) => name.text.charAt(0)).join(''));

/**
 * Whether the multi-word name around names[k] is written in the other text as its acronym: "European
 * Union" → "EU" or "UE", "World Health Organization" → "WHO". The initials may come in another order,
 * since languages order the words of a name differently.
 */
function abbreviatedIn(text: string, names: readonly NameMention[], k: number, other: string): boolean {
  const phrase = phraseAround(text, names, k);
  if (phrase.length < 2) return false;
  const initials = initialsOf(phrase);
  for (const match of allMatches(ACRONYM, other)) if (lettersOf(match[0]) === initials) return true;
  return false;
}

/** Whether an acronym ("EU") is written out in the other text as a name whose words have its initials ("Unia Europejska"). */
function spelledOutIn(acronym: string, otherNames: readonly NameMention[], other: string): boolean {
  const letters = lettersOf(acronym);
  return otherNames.some((name, k) => {
    if (name.acronym) return false;
    const phrase = phraseAround(other, otherNames, k);
    return phrase.length === acronym.length && initialsOf(phrase) === letters;
  });
}

/**
 * Whether a name of `text` stands in `other` as its acronym, or an acronym of it written out there
 * ("European Union" ↔ "EU" / "UE", "EU" ↔ "Unia Europejska"). The other side's names are asked for
 * only when an acronym needs them.
 */
export function matchesAsInitialism(
  name: NameMention,
  side: { text: string; names: readonly NameMention[] },
  other: { text: string; names: () => readonly NameMention[] },
): boolean {
  return name.acronym
    ? spelledOutIn(name.text, other.names(), other.text)
    : name.inPhrase && abbreviatedIn(side.text, side.names, side.names.indexOf(name), other.text);
}
