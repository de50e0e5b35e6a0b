import type { Flag } from '../domain/types';
import { exonymKeys, type NameMention } from '../text/names';
import { fold } from '../text/normalize';
import { hasCyrillic, transliterate } from '../text/transliterate';
import { namesToFind, neighbourFound, translatedInTarget } from './entity-missing';
import { CounterpartIndex, counterpartIndex } from './lang/name-match';
import {
  mayBeWrittenInKanji,
  nameSoundKeys,
  nameWriting,
  scriptSoundKeys,
  soundsLike,
} from '../text/sound-alike';
import { type UnitCheck, flagFrom } from './types';

const HAN = /\p{sc=Han}/u;

/**
 * Consonant classes a name's key needs before its sound match counts as surely there: two ("Olaf",
 * r-f) stand in many a word by chance (राष्ट्रपति, rashtrapati, president), three seldom.
 */
const SURE_SOUND_KEY = 3;

/**
 * Capitalised words these languages translate or drop rather than transliterate: titles ("Mrs", "Dr"),
 * acronyms with a plural ("IPs", "URLs") and compounds with a capital inside ("WikiProject" 维基项目,
 * "YouTube"), which are user names and brands kept or translated by parts.
 */
const UNTRANSLITERATED = /^(?:Mrs?|Ms|Dr|St|Jr|Sr|Prof|Sir)$|^\p{Lu}{2,}s$|\p{Ll}\p{Lu}/u;

/** Where a Latin name may be in a Japanese, Chinese or Cyrillic translation. */
class TransliteratedIndex {
  /** Names kept in Latin letters, and exonyms written at the start of a word ("Германия" for "Germany"). */
  private readonly written: CounterpartIndex;
  /** The text in Latin letters, for the loose spellings of entity-missing ("Меркель" → "Merkel"). */
  private readonly latin: CounterpartIndex | null;
  private readonly compact: string;
  private readonly exonyms: ReadonlyMap<string, ReadonlySet<string>>;
  private sounds: string[] | null = null;

  constructor(
    private readonly target: string,
    sourceLang: string,
    private readonly targetLang: string,
  ) {
    this.written = counterpartIndex(target, sourceLang, targetLang);
    this.latin = hasCyrillic(target) ? new CounterpartIndex(transliterate(target), new Map()) : null;
    this.compact = fold(target.replace(/\s+/gu, ''));
    this.exonyms = exonymKeys(sourceLang, targetLang);
  }

  /** Whether the name is there, or may be: a name too short to tell by its sounds ("Joe") may be. */
  has(name: NameMention): boolean {
    return this.found(name) ?? true;
  }

  /** Whether the name is surely there: for a neighbour that stands in for a run of names. */
  surelyHas(name: NameMention): boolean {
    return this.found(name, SURE_SOUND_KEY) === true;
  }

  /** True when found, false when surely not there, null when its sounds are too few to tell. */
  private found(name: NameMention, shortestKey = 0): boolean | null {
    if (this.written.has(name) || this.latin?.has(name) === true) return true;
    // Japanese runs its words together: an exonym ("ドイツ") stands anywhere, not at a word's start.
    // Chinese shortens a country to its first character in compounds: 英 in 英文 and 英国人 for
    // "English", 美 in 美国人 for "Americans".
    const exonyms = this.exonyms.get(name.key);
    if (
      exonyms &&
      [...exonyms].some(
        (start) =>
          this.compact.includes(start) ||
          (this.targetLang === 'zh' && HAN.test(start.charAt(0)) && this.compact.includes(start.charAt(0))),
      )
    )
      return true;
    if (mayBeWrittenInKanji(name.text, this.target)) return null;
    this.sounds ??= scriptSoundKeys(this.target, this.targetLang);
    return soundsLike(
      nameSoundKeys(name.text).filter((key) => key.length >= shortestKey),
      this.sounds,
    );
  }
}

export const entityMissingTransliterated = {
  scope: 'unit',
  id: 'entity-missing-transliterated',
  name: 'Name missing (other script)',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  description:
    'A name in a Latin-script source that a translation in another script does not have: no katakana run, run of the characters Chinese writes foreign names with, or word in Cyrillic, Hangul, Greek, Arabic, Hebrew, Devanagari, Thai and other scripts sounds like it ("Tesla" テスラ / 特斯拉 / 테슬라, "Biden" Байден / بايدن — compared as consonants, which survive the change of script), it is not kept in Latin letters, and it is no known exonym ("Germany" ドイツ / 德国). Names that may be written in Chinese characters (Chinese, Japanese and Korean names in a Chinese or Japanese translation), acronyms, which these languages often translate ("UN" ООН, 国連), titles and names with a capital inside ("WikiProject") are not checked.',
  appliesTo: (ctx) => nameWriting(ctx.targetLang) === 'sounds' && nameWriting(ctx.sourceLang) === 'latin',
  run(unit, ctx): Flag[] {
    const { sourceNames, candidates } = namesToFind(unit.source, ctx);
    const names = candidates.filter((name) => !name.acronym && !UNTRANSLITERATED.test(name.text));
    if (names.length === 0 || unit.target.trim() === '') return [];
    const target = new TransliteratedIndex(unit.target, ctx.sourceLang, ctx.targetLang);
    const flags: Flag[] = [];
    const reported = new Set<string>();
    for (const name of names) {
      if (reported.has(name.key) || target.has(name) || translatedInTarget(name, unit.target, ctx)) continue;
      // "President Joe Biden" is "バイデン大統領", "Emmanuel Macron" often "Макрон": one name of a run kept.
      const surely = { has: (other: NameMention): boolean => target.surelyHas(other) };
      if (name.inPhrase && neighbourFound(unit.source, unit.target, sourceNames, name, surely)) continue;
      reported.add(name.key);
      flags.push(
        flagFrom(entityMissingTransliterated, {
          side: 'source',
          span: { start: name.start, end: name.end },
          message: `“${name.text}” from the source is not in the translation: no word there sounds like it`,
        }),
      );
    }
    return flags;
  },
} satisfies UnitCheck;
