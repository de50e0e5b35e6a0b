import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spellingVariants } from './spelling-variants';

const require = createRequire(import.meta.url);

/**
 * A quick Hunspell look-up for the dictionary-<lang> packages: the .dic stems with their affix flags,
 * and the .aff prefix and suffix rules applied backwards to the word asked about ("miserable" is
 * "miser" with the -able rule, "into" is "to" with the in- rule). The spelling check asks Hunspell in
 * a worker thread; the risk features look words up on the analysis thread, one at a time, and this
 * reads the files in milliseconds.
 */
const QUICK_DICTIONARIES = new Set(['en']);

interface AffixRule {
  kind: 'PFX' | 'SFX';
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

interface QuickDictionary {
  /** Lower-case stems and their flags; capitalised headwords are names ("Biden") and left out. */
  stems: Map<string, string>;
  rules: AffixRule[];
}

const dictionaries = new Map<string, QuickDictionary | null>();

export function dictionaryFiles(lang: string): { aff: Buffer; dic: Buffer } | null {
  try {
    const dir = dirname(require.resolve(`dictionary-${lang}`));
    return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  } catch {
    return null;
  }
}

function parseRules(aff: string): AffixRule[] {
  const rules: AffixRule[] = [];
  for (const line of aff.split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    // Header lines ("SFX V N 2") have four fields; rules have five.
    if ((kind !== 'PFX' && kind !== 'SFX') || !flag || strip === undefined || !add || !condition) continue;
    const affix = (add.split('/')[0] ?? '').replace(/^0$/, '');
    const stripped = strip === '0' ? '' : strip;
    const pattern = condition === '.' ? '' : condition;
    rules.push({
      kind,
      flag,
      strip: stripped,
      add: affix,
      condition: new RegExp(kind === 'SFX' ? `${pattern}$` : `^${pattern}`, 'u'),
    });
  }
  return rules;
}

/**
 * The lower-case headwords of a .dic file ("word/FLAGS" per line after the count) with their flags.
 * Read by index rather than by splitting: every CLI run that checks English pays for these 50,000 lines.
 */
function readStems(dic: string): Map<string, string> {
  const stems = new Map<string, string>();
  let start = dic.indexOf('\n') + 1;
  while (start > 0 && start < dic.length) {
    let end = dic.indexOf('\n', start);
    if (end < 0) end = dic.length;
    const slash = dic.indexOf('/', start);
    const wordEnd = slash >= 0 && slash < end ? slash : end;
    const word = dic.slice(start, wordEnd).trim();
    const first = word.charCodeAt(0);
    // Capitalised headwords are names ("Biden"): an ASCII capital settles it without lower-casing.
    if (word !== '' && !(first >= 65 && first <= 90) && word === word.toLowerCase()) {
      const nextSlash = wordEnd < end ? dic.indexOf('/', wordEnd + 1) : -1;
      const flagsEnd = nextSlash >= 0 && nextSlash < end ? nextSlash : end;
      const flags = wordEnd < end ? dic.slice(wordEnd + 1, flagsEnd).trim() : '';
      stems.set(word, `${stems.get(word) ?? ''}${flags}`);
    }
    start = end + 1;
  }
  return stems;
}

function quickDictionary(lang: string): QuickDictionary | null {
  if (!QUICK_DICTIONARIES.has(lang)) return null;
  return dictionaryOf(lang);
}

/** A dictionary package read once ("en", "en-gb"); null when it is not installed. */
function dictionaryOf(name: string): QuickDictionary | null {
  if (!dictionaries.has(name)) {
    const files = dictionaryFiles(name);
    let dictionary: QuickDictionary | null = null;
    if (files) {
      dictionary = {
        stems: readStems(files.dic.toString('utf8')),
        rules: parseRules(files.aff.toString('utf8')),
      };
    }
    dictionaries.set(name, dictionary);
  }
  return dictionaries.get(name) ?? null;
}

/**
 * Whether any spelling variant of the language knows the word (British English as well as American,
 * as the spelling check accepts both), the later variants read only when the first does not.
 */
function lookUpInVariants(lower: string, lang: string, first: QuickDictionary): boolean {
  if (lookUp(lower, first)) return true;
  for (const variant of spellingVariants(lang).slice(1)) {
    const dictionary = dictionaryOf(variant);
    if (dictionary && lookUp(lower, dictionary)) return true;
  }
  return false;
}

/** The stems a word could come from by one rule of the given kind, with the flag that rule needs. */
function unaffixed(
  word: string,
  rules: readonly AffixRule[],
  kind: 'PFX' | 'SFX',
): { stem: string; flag: string }[] {
  const found: { stem: string; flag: string }[] = [];
  for (const rule of rules) {
    if (rule.kind !== kind) continue;
    if (kind === 'SFX' ? !word.endsWith(rule.add) : !word.startsWith(rule.add)) continue;
    const rest = kind === 'SFX' ? word.slice(0, word.length - rule.add.length) : word.slice(rule.add.length);
    const stem = kind === 'SFX' ? rest + rule.strip : rule.strip + rest;
    if (stem !== '' && rule.condition.test(stem)) found.push({ stem, flag: rule.flag });
  }
  return found;
}

const ENGLISH_ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'ly'];

const knownWordTests = new Map<string, ((lower: string) => boolean) | null>();

/**
 * Whether a lower-case word is in the language's quick dictionary, affixes undone, as a function for
 * one language (null without a dictionary): callers asking about every word of a text look it up once.
 */
export function knownWordTest(lang: string): ((lower: string) => boolean) | null {
  const existing = knownWordTests.get(lang);
  if (existing !== undefined) return existing;
  const dictionary = quickDictionary(lang);
  let test: ((lower: string) => boolean) | null = null;
  if (dictionary) {
    // Every sentence asks about its words again, and undoing affixes tries every rule: remember answers.
    const answers = new Map<string, boolean>();
    test = (lower) => {
      const known = answers.get(lower);
      if (known !== undefined) return known;
      if (answers.size > 100_000) answers.clear();
      const answer = lookUpInVariants(lower, lang, dictionary);
      answers.set(lower, answer);
      return answer;
    };
  }
  knownWordTests.set(lang, test);
  return test;
}

/** Whether a lower-case word is in the language's quick dictionary, affixes undone; null without one. */
export function isKnownWord(lower: string, lang: string): boolean | null {
  const test = knownWordTest(lang);
  return test ? test(lower) : null;
}

function lookUp(lower: string, dictionary: QuickDictionary): boolean {
  const { stems, rules } = dictionary;
  if (stems.has(lower)) return true;
  const hasFlag = (stem: string, flag: string): boolean => stems.get(stem)?.includes(flag) ?? false;
  for (const { stem, flag } of unaffixed(lower, rules, 'SFX')) {
    if (hasFlag(stem, flag)) return true;
    // A prefix and a suffix together: "unidentified" is "identify" with un- and -ed.
    if (unaffixed(stem, rules, 'PFX').some((p) => hasFlag(p.stem, p.flag) && hasFlag(p.stem, flag)))
      return true;
  }
  if (unaffixed(lower, rules, 'PFX').some((p) => hasFlag(p.stem, p.flag))) return true;
  return ENGLISH_ENDINGS.some(
    (ending) => lower.endsWith(ending) && stems.has(lower.slice(0, -ending.length)),
  );
}

/**
 * Whether a capitalised word is an ordinary word ("Name", "List", "Security") rather than a name
 * ("Biden", "Uchiha"): its lower-case form is in the language's dictionary. Null when we have no
 * quick dictionary for the language.
 */
export function isCommonWord(word: string, lang: string): boolean | null {
  const lower = word.toLowerCase();
  if (quickDictionary(lang) === null) return null;
  if (lower === word) return false;
  return isKnownWord(lower, lang) === true || isLearnedCompound(lower, lang);
}

/**
 * English combining forms of science and technology, which join any word ("hydro" + "meteorological")
 * into words the dictionary need not list: the names of institutes are built from them.
 */
const COMBINING_FORMS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'aero',
    'agro',
    'astro',
    'bio',
    'electro',
    'geo',
    'glacio',
    'hydro',
    'micro',
    'neuro',
    'petro',
    'radio',
    'seismo',
    'thermo',
    'volcano',
  ],
};
/** Letters the word after a combining form must have: "Microsoft" and "Geoffrey" stay names. */
const MIN_COMBINED = 7;

/** A combining form and a word the dictionary knows: "hydrometeorological", "volcanological". */
function isLearnedCompound(lower: string, lang: string): boolean {
  return (COMBINING_FORMS[lang] ?? []).some(
    (form) =>
      lower.startsWith(form) &&
      lower.length - form.length >= MIN_COMBINED &&
      isKnownWord(lower.slice(form.length), lang) === true,
  );
}
