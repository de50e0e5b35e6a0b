/**
 * Function words (stopwords-iso) as a cheap sign that a sentence is in another language than the one
 * asked for: the gate in front of ELD's n-gram identification (language-id.ts).
 */
import { createRequire } from 'node:module';
import { IDENTIFIABLE } from './language-id';
import { scriptsOf } from './scripts';

type WordLists = Readonly<Record<string, readonly string[]>>;

function isWordLists(value: unknown): value is WordLists {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((list) => Array.isArray(list) && list.every((w) => typeof w === 'string'))
  );
}

let functionWords: WordLists | null = null;

/**
 * stopwords-iso's function words by ISO 639-1 code. A JSON package: required rather than imported,
 * since an import of JSON needs an attribute that the CLI's bundler drops.
 */
function functionWordLists(): WordLists {
  if (!functionWords) {
    const lists: unknown = createRequire(import.meta.url)('stopwords-iso');
    if (!isWordLists(lists)) throw new Error('stopwords-iso: expected lists of words by language');
    functionWords = lists;
  }
  return functionWords;
}

/** Languages that share a script with `lang`: the ones a sentence in that script could be mistaken for. */
function sameScriptLanguages(lang: string): string[] {
  const scripts = scriptsOf(lang);
  if (!scripts) return [];
  return [...IDENTIFIABLE].filter((other) => {
    const theirs = scriptsOf(other);
    return theirs !== null && [...theirs].some((script) => scripts.has(script));
  });
}

interface FunctionWords {
  /** For each function word of the script group, the languages that list it: "les" only French, "de" half the Romance languages. */
  listers: ReadonlyMap<string, readonly string[]>;
  /** The expected language's function words that no other language of its script lists. */
  ownOnly: ReadonlySet<string>;
}

const functionWordsByLanguage = new Map<string, FunctionWords>();

function functionWordsFor(lang: string): FunctionWords {
  let found = functionWordsByLanguage.get(lang);
  if (!found) {
    const listers = new Map<string, string[]>();
    for (const member of sameScriptLanguages(lang))
      for (const word of functionWordLists()[member] ?? [])
        listers.set(word, [...(listers.get(word) ?? []), member]);
    const ownOnly = new Set<string>();
    for (const [word, languages] of listers)
      if (languages.length === 1 && languages[0] === lang) ownOnly.add(word);
    found = { listers, ownOnly };
    functionWordsByLanguage.set(lang, found);
  }
  return found;
}

/**
 * Whether lower-case word types (each once) look like another language than `expected`: for some
 * language of the same script, more of its function words that the expected language does not use
 * than the other way round, and fewer than two of the latter. Cheap, and true for one clean sentence
 * in twenty or fewer, so that the n-gram identification runs on few.
 */
export function looksLikeAnotherLanguage(lowerWordTypes: readonly string[], expected: string): boolean {
  const { listers, ownOnly } = functionWordsFor(expected);
  // Two words only the expected language uses settle it against every other language: most targets stop here.
  let own = 0;
  for (const word of lowerWordTypes) if (ownOnly.has(word) && ++own >= 2) return false;
  let expectedWords = 0;
  /** Per language: its function words here that the expected language lacks, and the expected language's it shares. */
  const theirs = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const word of lowerWordTypes) {
    const languages = listers.get(word);
    if (!languages) continue;
    const expectedToo = languages.includes(expected);
    if (expectedToo) expectedWords++;
    for (const language of languages) {
      if (language === expected) continue;
      const counts = expectedToo ? shared : theirs;
      counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  for (const [language, count] of theirs) {
    const ownAgainstIt = expectedWords - (shared.get(language) ?? 0);
    if (ownAgainstIt < 2 && count > ownAgainstIt) return true;
  }
  return false;
}
