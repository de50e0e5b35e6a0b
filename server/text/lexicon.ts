import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';

const require = createRequire(import.meta.url);

/** Hunspell dictionaries small enough to load synchronously on first use (English: ~150 ms). */
const QUICK_DICTIONARIES = new Set(['en']);
const spellers = new Map<string, ReturnType<typeof nspell> | null>();

export function dictionaryFiles(lang: string): { aff: Buffer; dic: Buffer } | null {
  try {
    const dir = dirname(require.resolve(`dictionary-${lang}`));
    return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  } catch {
    return null;
  }
}

function quickSpeller(lang: string): ReturnType<typeof nspell> | null {
  if (!QUICK_DICTIONARIES.has(lang)) return null;
  if (!spellers.has(lang)) {
    const files = dictionaryFiles(lang);
    spellers.set(lang, files ? nspell(files) : null);
  }
  return spellers.get(lang) ?? null;
}

/**
 * Whether a capitalised word is an ordinary word ("Name", "List", "Security") rather than a name
 * ("Biden", "Uchiha"): its lower-case form is in the language's dictionary. Null when we have no
 * quick dictionary for the language.
 */
const verdicts = new Map<string, boolean>();

export function isCommonWord(word: string, lang: string): boolean | null {
  const speller = quickSpeller(lang);
  if (!speller) return null;
  const key = `${lang}\u0000${word}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    const lower = word.toLowerCase();
    verdict = lower !== word && speller.correct(lower);
    if (verdicts.size > 100_000) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}
