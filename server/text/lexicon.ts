import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Lower-case headwords of a Hunspell dictionary (the dictionary-<lang> packages). Reading the .dic
 * stems takes milliseconds where building a full speller takes seconds; plural and verb endings are
 * stripped before the look-up instead of expanding affixes.
 */
const QUICK_DICTIONARIES = new Set(['en']);
const headwords = new Map<string, ReadonlySet<string> | null>();

export function dictionaryFiles(lang: string): { aff: Buffer; dic: Buffer } | null {
  try {
    const dir = dirname(require.resolve(`dictionary-${lang}`));
    return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  } catch {
    return null;
  }
}

function headwordsFor(lang: string): ReadonlySet<string> | null {
  if (!QUICK_DICTIONARIES.has(lang)) return null;
  if (!headwords.has(lang)) {
    const files = dictionaryFiles(lang);
    const set = new Set<string>();
    if (files) {
      for (const line of files.dic.toString('utf8').split('\n').slice(1)) {
        const word = line.split('/')[0] ?? '';
        // Capitalised headwords are names ("Biden", "Russia"); only lower-case ones are ordinary words.
        if (word !== '' && word === word.toLowerCase()) set.add(word);
      }
    }
    headwords.set(lang, files ? set : null);
  }
  return headwords.get(lang) ?? null;
}

const ENGLISH_ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'ly'];

/** Whether a lower-case word is in the language's quick dictionary, endings aside; null without one. */
export function isKnownWord(lower: string, lang: string): boolean | null {
  const words = headwordsFor(lang);
  if (!words) return null;
  if (words.has(lower)) return true;
  return ENGLISH_ENDINGS.some(
    (ending) => lower.endsWith(ending) && words.has(lower.slice(0, -ending.length)),
  );
}

/**
 * Whether a capitalised word is an ordinary word ("Name", "List", "Security") rather than a name
 * ("Biden", "Uchiha"): its lower-case form is in the language's dictionary. Null when we have no
 * quick dictionary for the language.
 */
export function isCommonWord(word: string, lang: string): boolean | null {
  const lower = word.toLowerCase();
  if (headwordsFor(lang) === null) return null;
  return lower === word ? false : isKnownWord(lower, lang);
}
