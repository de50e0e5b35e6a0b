/**
 * Which scripts a language is written in, and which script a letter is written in: a translation into
 * Russian written in Latin letters, or into German in Cyrillic, went to the wrong language (multilingual
 * MT models do that: "off-target" output).
 */

/**
 * ISO 15924 codes of the scripts a letter can be told apart by (Unicode's regular expressions take
 * the codes as names), each with its test.
 */
const SCRIPT_LETTERS: readonly [script: string, letter: RegExp][] = [
  'Latn',
  'Cyrl',
  'Grek',
  'Arab',
  'Hebr',
  'Deva',
  'Beng',
  'Hani',
  'Hira',
  'Kana',
  'Hang',
  'Thai',
  'Sinh',
  'Khmr',
  'Geor',
  'Armn',
  'Ethi',
  'Taml',
  'Telu',
  'Gujr',
  'Guru',
  'Knda',
  'Mlym',
].map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')]);

const otherLetters = new Map<string, RegExp>();

/**
 * Whether the text has a letter in none of the language's scripts: one pass of the expression engine,
 * which spares the letter-by-letter count for nearly every text.
 */
export function hasLetterOutside(text: string, scripts: ReadonlySet<string>): boolean {
  const key = [...scripts].sort().join(' ');
  let pattern = otherLetters.get(key);
  if (!pattern) {
    const own = [...scripts].map((script) => `\\p{Script=${script}}`).join('');
    pattern = new RegExp(`(?![${own}])\\p{L}`, 'u');
    otherLetters.set(key, pattern);
  }
  return pattern.test(text);
}

/** Writing systems that mix scripts: Japanese writes kanji and kana, Korean hangul and some hanja. */
const WRITING_SYSTEMS: Readonly<Record<string, readonly string[]>> = {
  Jpan: ['Hani', 'Hira', 'Kana'],
  Hans: ['Hani'],
  Hant: ['Hani'],
  Kore: ['Hang', 'Hani'],
};

/** Languages written in two scripts every day: Serbian in Cyrillic and in Latin letters. */
const SECOND_SCRIPT: Readonly<Record<string, string>> = { sr: 'Latn', bs: 'Cyrl', uz: 'Cyrl', az: 'Cyrl' };

/** The locale of a language's second everyday script ("sr-Latn"), for names Intl gives in the first. */
export function secondScriptLocale(lang: string): string | null {
  const script = SECOND_SCRIPT[lang];
  return script === undefined ? null : `${lang}-${script}`;
}

const expected = new Map<string, ReadonlySet<string> | null>();

/** The scripts a language is written in, from ICU's likely subtags; null for a language ICU does not know. */
export function scriptsOf(lang: string): ReadonlySet<string> | null {
  let scripts = expected.get(lang);
  if (scripts !== undefined) return scripts;
  scripts = null;
  try {
    const likely = lang === 'und' ? undefined : new Intl.Locale(lang).maximize().script;
    if (likely) {
      const set = new Set(WRITING_SYSTEMS[likely] ?? [likely]);
      const second = SECOND_SCRIPT[lang];
      if (second) set.add(second);
      scripts = set;
    }
  } catch {
    // Not a language tag ICU accepts.
  }
  expected.set(lang, scripts);
  return scripts;
}

const letterScripts = new Map<number, string | null>();

/** The script of a letter; null for one this table does not tell apart (or no letter at all). */
export function scriptOfLetter(letter: string): string | null {
  const code = letter.codePointAt(0) ?? 0;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'Latn';
  if (code < 128) return null;
  // Asked of every letter of every non-ASCII target: each code point is looked up once.
  let script = letterScripts.get(code);
  if (script === undefined) {
    script = SCRIPT_LETTERS.find(([, test]) => test.test(letter))?.[0] ?? null;
    letterScripts.set(code, script);
  }
  return script;
}

const names = new Map<string, string>();

/** "Cyrillic", "Latin", "Han": the script's English name. */
export function scriptName(script: string): string {
  let name = names.get(script);
  if (name === undefined) {
    name = new Intl.DisplayNames(['en'], { type: 'script' }).of(script) ?? script;
    names.set(script, name);
  }
  return name;
}
