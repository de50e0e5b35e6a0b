import { nameKey } from '../align/anchors';
import { hasWeekdayPhrases, isCalendarWord, weekdayMentions } from './dates';
import { isCommonWord, isKnownWord } from './lexicon';
import { memoize, perLanguage } from './memo';
import { displayNames, gazetteer, isPlaceName } from './places';
import { fold, isAllCaps, isCapitalized, words } from './normalize';
import { organisationOf } from './organisations';

export interface NameMention {
  text: string;
  key: string;
  start: number;
  end: number;
  acronym: boolean;
  sentenceInitial: boolean;
  /** Part of a run of capitalised words ("White House", "Organization for Security"). */
  inPhrase: boolean;
  /** An ordinary word written with a capital ("Name", "Security"), per the language's dictionary. */
  common: boolean;
  /** A weekday or month name: capitalised in English, but a date, not a name. */
  calendar: boolean;
}

/** Words that may stand inside a multi-word name: "Organization for Security and Co-operation in Europe". */
const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'in',
  'on',
  'de',
  'la',
  'del',
  'der',
  'von',
  'van',
  'du',
  'des',
  // The same inside names in other languages: "Bezpieczeństwa i Współpracy", "Organizace pro …".
  'i',
  'a',
  'w',
  'z',
  'na',
  'dla',
  'v',
  've',
  'pro',
  'und',
  'für',
  'et',
  'pour',
  'y',
  'e',
  'di',
  'da',
  'do',
  'dos',
  // Swahili joins the words of a name with the possessive -a of the noun's class: "Taasisi ya Hali ya
  // Hewa" (the meteorological institute), "Umoja wa Mataifa" (the United Nations).
  'ya',
  'wa',
  'za',
  'cha',
  'vya',
]);

/**
 * Capitalised words and acronyms. A capital after a sentence break says nothing, so those are kept
 * apart (`sentenceInitial`) and each check decides whether to trust them.
 */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * An elided article or preposition written onto a name: "l'Ukraine", "d'Italia", "dell'UE", "l'iPhone",
 * and at a sentence start "L'Ukraine". The name is what follows the apostrophe.
 */
const ELIDED_BEFORE_NAME = /^(?:\p{Ll}{1,5}|[LDS])['’](?=\p{Lu}|\p{Ll}{1,2}\p{Lu})/u;

/**
 * The same in text folded to small letters, where the name cannot be told by its capital: the article
 * and the rest ("l'onu", "dell'ue", "quell'italia"). The other side of a unit is read this way.
 */
export const ELIDED_ARTICLE = /^\p{L}{1,5}['’](\p{L}.*)$/u;

/** Word tokens with hyphenated compounds cut apart ("US-Russia" is two names) and elided articles set apart. */
function pieces(text: string): readonly Piece[] {
  if (!text.includes('-') && !text.includes("'") && !text.includes('’')) return words(text);
  const result: Piece[] = [];
  for (const token of words(text)) {
    const elided = ELIDED_BEFORE_NAME.exec(token.text)?.[0].length ?? 0;
    // The article stays a piece of its own, in small letters: it is no name, and it parts the name from
    // a capitalised word before it ("Selon l'Insee" is no two-word name).
    if (elided > 0)
      result.push({
        text: token.text.slice(0, elided).toLowerCase(),
        start: token.start,
        end: token.start + elided,
      });
    const word =
      elided > 0 ? { text: token.text.slice(elided), start: token.start + elided, end: token.end } : token;
    if (!word.text.includes('-')) {
      result.push(word);
      continue;
    }
    let offset = word.start;
    for (const part of word.text.split('-')) {
      if (part !== '') result.push({ text: part, start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
  }
  return result;
}

const SENTENCE_BREAK = new Set(['.', '!', '?', ':', ';', '„', '“', '"', '«', '=']);

/** The dashes that open a line of dialogue ("– Pociąg znowu się spóźnił", "— Поезд опять опоздал"). */
const DIALOGUE_DASHES = new Set(['–', '—', '―']);

/**
 * Whether the first non-space character before `at` ends a sentence (or there is none); a dialogue
 * dash after the end of a sentence opens another ("powiedział. – Pociąg…").
 */
function startsSentence(text: string, at: number, previousEnd: number): boolean {
  for (let i = at - 1; i >= previousEnd; i--) {
    const ch = text[i] ?? '';
    if (ch === ' ' || ch === '\t' || DIALOGUE_DASHES.has(ch)) continue;
    return SENTENCE_BREAK.has(ch);
  }
  return false;
}

/**
 * Ordinary words a language writes with a capital anywhere in a sentence: the polite "you" of
 * Indonesian and Malay ("Sesi Anda", your session), and the kinds of legal act that Spanish,
 * Portuguese, Italian and French official texts capitalise when they cite one ("el presente
 * Reglamento", this Regulation; "la Ley 3/2018"), which a translation renders by meaning.
 */
const LEGAL_ACTS: Readonly<Record<string, readonly string[]>> = {
  es: ['reglamento', 'directiva', 'decisión', 'ley', 'tratado', 'decreto', 'orden'],
  pt: ['regulamento', 'diretiva', 'decisão', 'lei', 'tratado', 'decreto'],
  it: ['regolamento', 'direttiva', 'decisione', 'legge', 'trattato', 'decreto'],
  fr: ['règlement', 'directive', 'décision', 'loi', 'traité', 'décret'],
};
const ALWAYS_CAPITALISED: Readonly<Record<string, ReadonlySet<string>>> = {
  id: new Set(['anda']),
  ms: new Set(['anda']),
  ...Object.fromEntries(Object.entries(LEGAL_ACTS).map(([lang, acts]) => [lang, new Set(acts)])),
};

type WordFacts = Pick<NameMention, 'key' | 'acronym' | 'common' | 'calendar'> & {
  /** An ordinary word in capitals for emphasis ("He was NOT there", "DON'T"): no name at all. */
  emphasis: boolean;
};

/** What a capitalised word is, whatever sentence it stands in: German capitalises every noun, so words repeat a lot. */
const wordFacts = memoize((word: string, lang: string): WordFacts => {
  const capitals = isAllCaps(word);
  const emphasis =
    capitals &&
    (/['’]/.test(word) ||
      (lang === 'en' && ENGLISH_ABBREVIATIONS.has(word.toLowerCase())) ||
      (lang === 'en' && ENGLISH_SHORT_WORDS.has(word.toLowerCase())) ||
      (word.length >= 3 && isKnownWord(word.toLowerCase(), lang) === true) ||
      // Acronyms of seven letters and more are rare and known ("INTERPOL"); "UNCONSTRUCTIVE" is shouted.
      (word.length >= LONGEST_ACRONYM && organisationOf(fold(word)) === undefined));
  const acronym = capitals && !emphasis && !isShoutedName(word, lang);
  return {
    key: acronym ? fold(word) : nameKey(word),
    acronym,
    common:
      !acronym &&
      (isCommonWord(word, lang) === true || ALWAYS_CAPITALISED[lang]?.has(word.toLowerCase()) === true),
    calendar: !acronym && isCalendarWord(word, lang),
    emphasis,
  };
});

/** The one-word names of languages ("German"); countries and places are isPlaceName's. */
const languageNames = perLanguage((lang: string): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const name of displayNames(lang, 'language').values()) if (!/\s/u.test(name)) names.add(fold(name));
  return names;
});

/**
 * A country, a language or a place written in capitals for emphasis ("a modern GERMAN weapon", "I
 * live in LONDON"): a name, looked for as one, not an acronym. Four letters at least: "USA", "UK" and
 * "EU" are acronyms.
 */
function isShoutedName(word: string, lang: string): boolean {
  return word.length >= 4 && (languageNames(lang).has(fold(word)) || isPlaceName(word, lang));
}

/** Two-letter English words shouted in capitals ("this is MY page"); "US" is left out, since it is also a country. */
const ENGLISH_SHORT_WORDS = new Set([
  'my',
  'me',
  'it',
  'is',
  'in',
  'on',
  'of',
  'to',
  'as',
  'at',
  'be',
  'by',
  'do',
  'go',
  'he',
  'if',
  'no',
  'or',
  'so',
  'up',
  'we',
  'an',
  'oh',
  'ah',
]);

const LONGEST_ACRONYM = 7;

/** Everyday English abbreviations in capitals, which a translation spells out ("OK" → "v pořádku"). */
const ENGLISH_ABBREVIATIONS = new Set([
  'ok',
  'btw',
  'lol',
  'omg',
  'fyi',
  'imo',
  'imho',
  'ps',
  'aka',
  'asap',
  'wtf',
  'lmao',
  'rofl',
  'tbh',
  'idk',
  'afaik',
  'iirc',
  'zomg',
  // Ordinary nouns, which translations write in words of their own ("TV" → "Fernsehen", "FAQ" →
  // "häufige Fragen", "HQ" → "Hauptquartier").
  'tv',
  'faq',
  'hq',
]);

/**
 * English "I" and its contractions ("I've", "I'm"; "Ive" and "Im" typed without the apostrophe) are
 * capitalised, but not names.
 */
const ENGLISH_I = /^I(?:['’][a-z]{1,2}|ve|m)?$/;

/** Brands written with a small first letter and a capital inside: "iOS", "iPhone", "eBay", "macOS". */
function isCamelCase(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  // The capital follows a small letter: "nell'Europa" and "d'Italia" are an article and a name.
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const previous = word.charCodeAt(i - 1);
    if (code >= 65 && code <= 90 && previous >= 97 && previous <= 122) return true;
  }
  return false;
}

/** Letters only Vietnamese writes: its vowels with hooks, breves and circumflexes, and its tone marks. */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * Vietnamese capitalises every syllable of a person's or a place's name ("Hà Nội", "Nguyễn Văn An")
 * but only the first of each word in the name of an institution ("Khí tượng Thủy văn", meteorology
 * and hydrology; "Bộ Ngoại giao"), which a translation renders by meaning: a Vietnamese syllable with
 * a capital followed by one without is such a word.
 */
/** The word after token k when only white space stands between them (a word of the same phrase). */
function wordAfter(text: string, tokens: readonly Piece[], k: number): Piece | null {
  const token = tokens[k];
  const next = tokens[k + 1];
  return token && next && /^\s+$/u.test(text.slice(token.end, next.start)) ? next : null;
}

const startsInSmallLetters = (word: Piece | null): boolean => word !== null && /^\p{Ll}/u.test(word.text);

function startsVietnameseWord(text: string, tokens: readonly Piece[], k: number, lang: string): boolean {
  return (
    lang === 'vi' &&
    VIETNAMESE_LETTER.test(tokens[k]?.text ?? '') &&
    startsInSmallLetters(wordAfter(text, tokens, k))
  );
}

/** Adjective endings of Russian and Ukrainian, and those of the surnames built like adjectives. */
const EAST_SLAVIC_ADJECTIVE =
  /\p{L}{2,}(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ую|юю|ые|ие|ых|их|ыми|ими|ій|ої|ою|і)$/u;
const SURNAME_ADJECTIVE = /(?:ск|цк|зк)\p{L}{1,3}$/u;

/**
 * Russian and Ukrainian capitalise only the first word of an institution's, an event's or a place's
 * name, which is most often an adjective that a translation renders by meaning ("турнирах Большого
 * шлема", Grand Slam; "Белый дом", the White House; "Государственная дума"): a capitalised adjective
 * followed by a word in small letters is such a word. Surnames built like adjectives ("Зеленский
 * заявил", "Достоевский") stay names.
 */
function startsEastSlavicName(text: string, tokens: readonly Piece[], k: number, lang: string): boolean {
  const word = tokens[k]?.text ?? '';
  return (
    (lang === 'ru' || lang === 'uk') &&
    EAST_SLAVIC_ADJECTIVE.test(word) &&
    !SURNAME_ADJECTIVE.test(word) &&
    startsInSmallLetters(wordAfter(text, tokens, k))
  );
}

/** "Member" after a capitalised "States" in the official style of Spanish, French, Italian and Portuguese. */
const MEMBER = new Set(['miembro', 'miembros', 'membre', 'membres', 'membro', 'membri', 'membros']);

/**
 * "Estados miembros", "États membres", "Stati membri": official texts capitalise the noun of "Member
 * States", which a translation renders by meaning ("Mitgliedstaaten", "państwa członkowskie").
 */
function startsMemberStates(text: string, tokens: readonly Piece[], k: number): boolean {
  return MEMBER.has(wordAfter(text, tokens, k)?.text ?? '');
}

/**
 * An organisation whose acronym is also an English word, after "the": "the WHO warned" names the World
 * Health Organization, where "WHO did this" shouts.
 */
function isOrganisationAfterArticle(word: string, previous: string | undefined, lang: string): boolean {
  return lang === 'en' && previous?.toLowerCase() === 'the' && organisationOf(fold(word)) !== undefined;
}

function computeNames(text: string, lang: string): NameMention[] {
  const tokens = pieces(text);
  const capital: boolean[] = [];
  let capitals = 0;
  let caps = 0;
  for (const token of tokens) {
    const allCaps = isAllCaps(token.text);
    const isCapital = allCaps || isCapitalized(token.text) || isCamelCase(token.text);
    capital.push(isCapital);
    if (isCapital) capitals++;
    if (allCaps) caps++;
  }
  if (capitals === 0) return [];
  // Text written in capitals ("GET A LIFE") has no acronyms to find.
  if (tokens.length > 3 && caps > 0.6 * tokens.length) return [];
  const joinsPhrase = (k: number): boolean => {
    const token = tokens[k];
    if (!token) return false;
    if (capital[k]) return true;
    return NAME_CONNECTORS.has(token.text) && capital[k - 1] === true && capital[k + 1] === true;
  };
  // "thứ Bảy" (Saturday), "Chủ nhật" (Sunday): a capitalised word of a weekday's name is a date.
  const weekdays = hasWeekdayPhrases(lang) ? weekdayMentions(text, lang) : [];
  const inWeekday = (token: Piece): boolean =>
    weekdays.some((day) => day.start <= token.start && token.end <= day.end);
  const names: NameMention[] = [];
  tokens.forEach((token, k) => {
    if (!capital[k]) return;
    const word =
      token.text.endsWith("'s") || token.text.endsWith('’s') ? token.text.slice(0, -2) : token.text;
    if (word === '' || (lang === 'en' && ENGLISH_I.test(word))) return;
    let facts = wordFacts(word, lang);
    if (facts.emphasis) {
      if (!isOrganisationAfterArticle(word, tokens[k - 1]?.text, lang)) return;
      facts = { ...facts, key: fold(word), acronym: true, common: false, calendar: false, emphasis: false };
    }
    // After an elided article the sentence starts at the article: "L'Istituto …" capitalises a name
    // that English may translate ("Institute"), as a sentence's first word would be.
    const previous = tokens[k - 1];
    const at = previous && previous.end === token.start && /['’]$/u.test(previous.text) ? k - 1 : k;
    const sentenceInitial =
      at === 0 || startsSentence(text, tokens[at]?.start ?? token.start, tokens[at - 1]?.end ?? 0);
    names.push({
      text: word,
      key: facts.key,
      start: token.start,
      end: token.start + word.length,
      acronym: facts.acronym,
      sentenceInitial,
      inPhrase: (!sentenceInitial && joinsPhrase(k - 1)) || joinsPhrase(k + 1),
      common:
        facts.common ||
        startsVietnameseWord(text, tokens, k, lang) ||
        startsEastSlavicName(text, tokens, k, lang) ||
        startsMemberStates(text, tokens, k),
      calendar: facts.calendar || inWeekday(token),
    });
  });
  return names;
}

const memoizedNames = memoize(computeNames);

/** Names in a text (memoised: several checks ask about the same sentence). */
export function findNames(text: string, lang = ''): readonly NameMention[] {
  return memoizedNames(text, lang);
}

const regionNames = new Map<string, Map<string, Set<string>>>();

/**
 * Country and language names in two languages from Intl.DisplayNames, keyed by name key: "Germany"
 * → {niem} for Polish, so "Niemcy" counts as the translation of "Germany".
 */
export function exonymKeys(sourceLang: string, targetLang: string): Map<string, Set<string>> {
  const cacheKey = `${sourceLang}>${targetLang}`;
  const cached = regionNames.get(cacheKey);
  if (cached) return cached;
  const table = new Map<string, Set<string>>();
  /** The three-letter starts of the words of `names` become translations of `key`. */
  const link = (key: string, names: readonly string[]): void => {
    const set = table.get(key) ?? new Set<string>();
    for (const name of names) for (const word of words(name)) set.add(fold(word.text).slice(0, 3));
    table.set(key, set);
  };
  const add = (sourceName: string, targetName: string | undefined): void => {
    if (!targetName) return;
    for (const word of words(sourceName)) link(nameKey(word.text), [targetName]);
  };
  const targetRegions = displayNames(targetLang, 'region');
  // Region codes are acronyms too ("US", "UK", "EU"), and "US" is "America" in many adjectives
  // (amerykański, américain, amerikanisch).
  const addAcronym = (acronym: string, regions: readonly string[]): void =>
    link(
      fold(acronym),
      regions.map((region) => targetRegions.get(region) ?? ''),
    );
  if (targetRegions.size > 0) {
    addAcronym('US', ['US', '019']);
    addAcronym('UK', ['GB']);
    addAcronym('EU', ['EU']);
    addAcronym('UN', ['UN']);
  }
  for (const [region, name] of displayNames(sourceLang, 'region')) add(name, targetRegions.get(region));
  // Language names too: "English" is "angličtina" in Czech, "Finnish" "finština".
  const targetLanguages = displayNames(targetLang, 'language');
  for (const [language, name] of displayNames(sourceLang, 'language'))
    add(name, targetLanguages.get(language));
  // Cities, rivers and regions, which Intl does not name: any name of a place stands for any other.
  for (const place of gazetteer())
    for (const name of place) for (const word of words(name)) link(nameKey(word.text), place);
  regionNames.set(cacheKey, table);
  return table;
}
