import { type NameMention, exonymKeys } from '../../text/names';
import { fold } from '../../text/normalize';
import { HAN, mayBeWrittenInKanji, nameSoundKeys, scriptSoundKeys, soundsLike } from '../../text/sound-alike';
import { hasCyrillic, transliterate } from '../../text/transliterate';
import { scriptOfLetter } from '../../text/scripts';
import { spellsWordsWithoutSpaces } from '../../text/languages';
import { CounterpartIndex, counterpartIndex } from './name-match';

/**
 * Consonant classes a name's key needs before its sound match counts as surely there: two ("Olaf",
 * r-f) stand in many a word by chance (राष्ट्रपति, rashtrapati, president), three seldom.
 */
const SURE_SOUND_KEY = 3;

/**
 * Languages that space their words and add at most a sound to a name for its case or a clitic
 * ("Олафом", "وأوسلو"), so a name of two sounds must be most of a word to be there. Not Korean, Tamil
 * or Georgian, whose endings add several ("프라하에서는", in Prague), nor Thai, Lao and Khmer, which run
 * their words together.
 */
const SPACED_AND_LIGHTLY_INFLECTED = new Set([
  'ru',
  'uk',
  'be',
  'bg',
  'sr',
  'mk',
  'el',
  'he',
  'ar',
  'fa',
  'ps',
  'ur',
  'hi',
  'ne',
]);

/**
 * Capitalised words these languages translate or drop rather than transliterate: titles ("Mrs", "Dr"),
 * acronyms with a plural ("IPs", "URLs") and compounds with a capital inside ("WikiProject" 维基项目,
 * "YouTube"), which are user names and brands kept or translated by parts.
 */
export const UNTRANSLITERATED = /^(?:Mrs?|Ms|Dr|St|Jr|Sr|Prof|Sir)$|^\p{Lu}{2,}s$|\p{Ll}\p{Lu}/u;

const INDIC_VARIANTS: Readonly<Record<string, string>> = {
  '\u0936': '\u0938', // श → स
  '\u0937': '\u0938', // ष → स
  '\u0940': '\u093F', // ी → ि
  '\u0942': '\u0941', // ू → ु
  '\u09B6': '\u09B8', // শ → স
  '\u09B7': '\u09B8', // ষ → স
  '\u09C0': '\u09BF', // ী → ি
  '\u09C2': '\u09C1', // ূ → ু
  '\u0DC1': '\u0DC3', // ශ → ස
  '\u0DC2': '\u0DC3', // ෂ → ස
  '\u0DD3': '\u0DD2', // ී → ි
  '\u0DD6': '\u0DD4', // ූ → ු
};
// An alternation, not a class: vowel signs are combining marks.
const INDIC_VARIANT = new RegExp(Object.keys(INDIC_VARIANTS).join('|'), 'gu');

/**
 * Hindi, Nepali, Bengali and Sinhala spell a foreign name with any of their s sounds and with a long
 * or a short vowel: Intl's Nepali "एशिया" (Asia) is as often "एसिया".
 */
function looseIndicSpelling(text: string): string {
  return text.replace(INDIC_VARIANT, (letter) => INDIC_VARIANTS[letter] ?? letter);
}

/**
 * Where a Latin-script name may be in a text written in another script: a Japanese, Chinese, Russian,
 * Korean, Arabic… translation of an English text, or the source of an English translation.
 */
export class ScriptCounterpart {
  /** Names kept in Latin letters, and exonyms written at the start of a word ("Германия" for "Germany"). */
  private readonly written: CounterpartIndex;
  /** The text in Latin letters, for the loose spellings of entity-missing ("Меркель" → "Merkel"). */
  private readonly latin: CounterpartIndex | null;
  private readonly compact: string;
  /** The compact text with the sibilants and long vowels of Indic spellings merged ("एसिया", "एशिया"). */
  private readonly loose: string;
  private readonly exonyms: ReadonlyMap<string, ReadonlySet<string>>;
  private sounds: readonly string[] | null = null;

  constructor(
    private readonly text: string,
    nameLang: string,
    private readonly textLang: string,
  ) {
    this.written = counterpartIndex(text, nameLang, textLang);
    this.latin = hasCyrillic(text) ? new CounterpartIndex(transliterate(text), new Map()) : null;
    this.compact = fold(text.replace(/[\s\u200b]+/gu, ''));
    this.loose = looseIndicSpelling(this.compact);
    this.exonyms = exonymKeys(nameLang, textLang);
  }

  /** Whether the name is there, or may be: a name too short to tell by its sounds ("Joe") may be. */
  has(name: NameMention): boolean {
    return this.found(name) ?? true;
  }

  /** Whether the name is surely there: for a neighbour that stands in for a run of names. */
  surelyHas(name: NameMention): boolean {
    return this.found(name, SURE_SOUND_KEY) === true;
  }

  /** The index as neighbourFound asks it: only names surely there vouch for their run. */
  readonly surely = { has: (name: NameMention): boolean => this.surelyHas(name) };

  /** True when found, false when surely not there, null when its sounds are too few to tell. */
  private found(name: NameMention, shortestKey = 0): boolean | null {
    if (this.written.has(name) || this.latin?.has(name) === true || this.keptApart(name)) return true;
    // Japanese runs its words together: an exonym ("ドイツ") stands anywhere, not at a word's start.
    // Chinese shortens a country to its first character in compounds: 英 in 英文 and 英国人 for
    // "English", 美 in 美国人 for "Americans".
    const exonyms = this.exonyms.get(name.key);
    if (
      exonyms &&
      [...exonyms].some(
        (start) =>
          this.compact.includes(start) ||
          this.loose.includes(looseIndicSpelling(start)) ||
          (this.textLang === 'zh' && HAN.test(start.charAt(0)) && this.compact.includes(start.charAt(0))),
      )
    )
      return true;
    if (mayBeWrittenInKanji(name.text, this.text)) return null;
    const knownInOwnScript = exonyms !== undefined && this.hasExonymInOwnScript(exonyms);
    // Thai, Lao and Khmer run their words together: a name's few sounds turn up somewhere in any
    // sentence, and a place whose name in the script is known ("អូទ្រីស", Austria) is there by that name.
    if (knownInOwnScript && spellsWordsWithoutSpaces(this.textLang)) return false;
    this.sounds ??= scriptSoundKeys(this.text, this.textLang);
    // Nor do two of the sounds of a place known by another name tell it is there, where every word of
    // the text is compared: "Germany" (g-r-m-n) would be "کن" in "افغانستان" rather than the missing
    // "جرمني". ("Czech" has no more.) Katakana runs and the characters of Chinese transliteration are
    // names already.
    const keys = nameSoundKeys(name.text);
    const longest = Math.max(0, ...keys.map((key) => key.length));
    const everyWord = this.textLang !== 'ja' && this.textLang !== 'zh';
    const fewest =
      knownInOwnScript && everyWord ? Math.max(shortestKey, Math.min(SURE_SOUND_KEY, longest)) : shortestKey;
    const sounded = soundsLike(
      keys.filter((key) => key.length >= fewest),
      this.sounds,
      SPACED_AND_LIGHTLY_INFLECTED.has(this.textLang),
    );
    // A place too short in sounds to tell ("Warsaw"), whose name in the text's script is known
    // ("Варшава") and not there, is not there.
    return sounded === null && knownInOwnScript ? false : sounded;
  }

  /**
   * A name kept in Latin letters that tokenised text split ("A mpeg" for "Ampeg", "Cr è me" for
   * "Crème"): there, once the spaces are gone. Four letters at least, as a shorter name would turn up
   * inside other words.
   */
  private keptApart(name: NameMention): boolean {
    const letters = fold(name.text).replace(/[\s\u200b]+/gu, '');
    return letters.length >= 4 && /^[a-z]+$/.test(letters) && this.compact.includes(letters);
  }

  private ownScript: string | null | undefined;

  private hasExonymInOwnScript(exonyms: ReadonlySet<string>): boolean {
    this.ownScript ??= scriptOfLetter(/[^\s\p{P}\p{N}\p{S}]/u.exec(this.compact)?.[0] ?? '');
    return this.ownScript !== null && [...exonyms].some((start) => scriptOfLetter(start) === this.ownScript);
  }
}
