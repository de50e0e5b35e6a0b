import { type Token, words } from '../../text/normalize';
import { escapeRegExp } from '../../util/regexp';

/**
 * Offensive words as inflecting languages write them. The naughty-words lists give one form
 * ("kurva", "hovno", "prdel", "блядь"), and a translation declines it: "kurvy", "hovna", "v prdeli",
 * "бляди". Read by the whole-word list alone, such a target has "nothing offensive", so the source's
 * insult reads as softened (on the Czech comment translations most of the check's false alarms were
 * this) and an insult the translation adds goes unseen.
 *
 * A noun's or adjective's stem is the entry without its final vowel; a word made of a stem of four
 * letters or more and one of the language's endings is read as that entry. Verbs in the
 * infinitive are left as written: their stems are too often ordinary words (Polish "pieprzyć" to
 * screw, "pieprz" pepper).
 */

/**
 * Languages that decline nouns and adjectives, with the endings a declined entry may take (case
 * endings, the adjective endings that make "debilní" of "debil", and the colloquial Czech "-ej" of
 * "zasranej") and the endings of their infinitives. Only these endings, so that names and ordinary
 * words that start like an entry stay apart: "Kundera" (kunda), "мандат" (манда), "хохолок".
 */
interface Inflection {
  endings: ReadonlySet<string>;
  infinitive: RegExp;
}

const WEST_SLAVIC_ADJECTIVE = ['ní', 'ný', 'ná', 'né', 'ním', 'ních', 'ními'];
const CZECH = [
  ...['a', 'e', 'ě', 'i', 'í', 'o', 'u', 'ů', 'y', 'ý', 'á', 'é', 'ou', 'em', 'ám', 'ách', 'ami'],
  ...['ech', 'ích', 'ům', 'ovi', 'ové', 'ých', 'ým', 'ými', 'ího', 'ímu', 'ého', 'ému', 'ej', 'ejch'],
  ...['ejm', 'ejma', 'ýma', 'ama', ...WEST_SLAVIC_ADJECTIVE],
];
const POLISH = [
  ...['a', 'ą', 'ę', 'e', 'i', 'y', 'o', 'u', 'om', 'em', 'ami', 'ach', 'ie', 'owi', 'ów', 'ego'],
  ...['emu', 'ym', 'ymi', 'ych', 'ej', 'owy', 'owa', 'owe', 'owego', 'owej', 'owym', 'owych'],
];
const EAST_SLAVIC = [
  ...['а', 'я', 'у', 'ю', 'ы', 'и', 'е', 'ё', 'о', 'ой', 'ей', 'ою', 'ею', 'ом', 'ем', 'ам', 'ям'],
  ...['ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого'],
  ...['его', 'ому', 'ему', 'ым', 'им', 'ых', 'их', 'ую', 'юю', 'і', 'ї', 'ів', 'ої', 'ій', 'ім'],
];
const SOUTH_SLAVIC = [
  ...['a', 'e', 'i', 'o', 'u', 'om', 'em', 'ama', 'ima', 'ov', 'ev', 'og', 'oj', 'im', 'ih', 'ski'],
];

const INFLECTIONS: Readonly<Record<string, Inflection>> = {
  cs: { endings: new Set(CZECH), infinitive: /(?:[aáeéěiíuý]t|ti)$/u },
  sk: { endings: new Set(CZECH), infinitive: /ť$/u },
  pl: { endings: new Set(POLISH), infinitive: /ć$/u },
  ru: { endings: new Set(EAST_SLAVIC), infinitive: /(?:ть|ться|тся|ти)$/u },
  uk: { endings: new Set(EAST_SLAVIC), infinitive: /(?:ти|тися)$/u },
  hr: { endings: new Set(SOUTH_SLAVIC), infinitive: /(?:ti|ći)$/u },
  sr: { endings: new Set(SOUTH_SLAVIC), infinitive: /(?:ti|ći)$/u },
  sl: { endings: new Set(SOUTH_SLAVIC), infinitive: /ti$/u },
};

/** A final vowel or soft sign that declension replaces ("kurva" → "kurvy", "блядь" → "бляди"). */
const FINAL_VOWEL = /[aeiouyáéěíóúůýąęаеёиоуыэюяьйії]$/u;
const MIN_STEM = 4;
const MAX_ENDING = 5;

export function isInflecting(lang: string): boolean {
  return lang in INFLECTIONS;
}

/** The stem of an entry, or null when it is no declinable single word (a phrase, a verb, too short). */
export function stemOf(entry: string, lang: string): string | null {
  const inflection = INFLECTIONS[lang];
  const word = entry.toLowerCase();
  if (!inflection || !/^\p{L}+$/u.test(word) || inflection.infinitive.test(word)) return null;
  const stem = word.replace(FINAL_VOWEL, '');
  return stem.length >= MIN_STEM ? stem : null;
}

export interface StemTable {
  /** Stem → the entry it came from. */
  stems: ReadonlyMap<string, string>;
  endings: ReadonlySet<string>;
  shortest: number;
  longest: number;
  /** A word starting with one of the stems: most texts have none, and need no word read. */
  anyStem: RegExp | null;
}

export function stemTable(entries: readonly string[], lang: string): StemTable {
  const stems = new Map<string, string>();
  for (const entry of entries) {
    const stem = stemOf(entry, lang);
    if (stem !== null && !stems.has(stem)) stems.set(stem, entry);
  }
  const lengths = [...stems.keys()].map((stem) => stem.length);
  const endings = INFLECTIONS[lang]?.endings ?? new Set<string>();
  const anyStem =
    stems.size > 0
      ? new RegExp(`(?<![\\p{L}])(?:${[...stems.keys()].map(escapeRegExp).join('|')})`, 'iu')
      : null;
  return { stems, endings, shortest: Math.min(...lengths), longest: Math.max(...lengths), anyStem };
}

/**
 * The first word of the text that is an inflected form of an entry, unless `isOrdinary` says the
 * form is an ordinary word ("ciotka", aunt, beside "ciota").
 */
export function findInflected(
  text: string,
  table: StemTable,
  isOrdinary: (word: string) => boolean,
): Token | null {
  if (!table.anyStem?.test(text)) return null;
  for (const token of words(text)) {
    const word = token.text.toLowerCase();
    if (word.length < table.shortest) continue;
    const longest = Math.min(table.longest, word.length);
    for (let length = Math.max(table.shortest, word.length - MAX_ENDING); length <= longest; length++) {
      const ending = word.slice(length);
      if (
        (ending === '' || table.endings.has(ending)) &&
        table.stems.has(word.slice(0, length)) &&
        !isOrdinary(word)
      ) {
        return { text: token.text, start: token.start, end: token.end };
      }
    }
  }
  return null;
}
