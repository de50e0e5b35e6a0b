/**
 * Third-person pronouns that say a person's gender. English, Chinese and Japanese give a person's
 * gender and nothing else by them (he/she, 他/她, 彼/彼女), so their side says who the sentence is
 * about; a language with grammatical gender also says "er", "il", "он" of a masculine thing, so its
 * side is read only for what it surely says and what it may say.
 */
export type Gender = 'm' | 'f';

interface PronounList {
  /** Forms that are this gender's personal pronoun and nothing else. */
  surely: Readonly<Record<Gender, RegExp | null>>;
  /** Forms that may be this gender's (German "sie" is also "they" and the polite "you"). */
  maybe: Readonly<Record<Gender, RegExp>>;
}

/** A whole word; an apostrophe may stand on either side ("qu'elle", "she's"). */
const word = (forms: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}-])(?:${forms})(?![\\p{L}\\p{M}-])`, 'iu');

/** French "il" that is no one: "il y a", "il faut", "il s'agit", "il est possible de"… */
const FRENCH_IL =
  "il(?!\\s+(?:y|faut|fallait|faudra|faudrait|s['’]agit|s['’]agissait|semble|semblait|reste|restait|existe|paraît|vaut|suffit|convient|importe|manque|pleut|fait|était une fois|est\\s+\\p{L}+\\s+(?:de|d['’]|que|qu['’])))";

const LISTS: Readonly<Record<string, PronounList>> = {
  en: {
    surely: { m: word('he|him|his|himself'), f: word('she|her|hers|herself') },
    maybe: { m: word('he|him|his|himself'), f: word('she|her|hers|herself') },
  },
  zh: {
    surely: { m: /他(?![们們])/u, f: /她(?![们們])/u },
    maybe: { m: /他/u, f: /她/u },
  },
  ja: {
    surely: { m: /彼(?![女ら等])/u, f: /彼女/u },
    maybe: { m: /彼(?!女)/u, f: /彼女/u },
  },
  de: {
    surely: { m: word('er|ihn|ihm'), f: null },
    maybe: {
      m: word('er|ihn|ihm|sein|seine|seinen|seinem|seiner|seines'),
      f: word('sie|ihr|ihre|ihren|ihrem|ihrer|ihres'),
    },
  },
  nl: {
    surely: { m: word('hij|hem'), f: null },
    maybe: { m: word('hij|hem|zijn'), f: word('zij|ze|haar') },
  },
  fr: {
    surely: { m: word(`${FRENCH_IL}|lui-même`), f: word('elle|elle-même') },
    maybe: { m: word('il|ils|lui|lui-même'), f: word('elle|elles|elle-même') },
  },
  es: {
    surely: { m: word('él'), f: word('ella') },
    maybe: { m: word('él'), f: word('ella') },
  },
  it: {
    surely: { m: word('lui|egli'), f: word('lei|ella') },
    maybe: { m: word('lui|egli'), f: word('lei|ella') },
  },
  pt: {
    surely: { m: word('ele|dele'), f: word('ela|dela') },
    maybe: { m: word('ele|dele'), f: word('ela|dela') },
  },
  pl: {
    surely: { m: word('on|niego|jemu'), f: word('ona|jej|ją|nią|niej') },
    maybe: { m: word('on|jego|niego|jemu|mu|go|nim'), f: word('ona|jej|ją|nią|niej') },
  },
  cs: {
    surely: { m: word('on|něho|jemu'), f: word('ona|její|jí|ní') },
    maybe: { m: word('on|jeho|něj|něho|jemu|mu|ho|něm|ním'), f: word('ona|její|jí|ji|ní') },
  },
  ru: {
    surely: { m: word('он|него|нему'), f: word('она|её|ее|ей|ней|неё') },
    maybe: { m: word('он|его|него|ему|нему|ним|нём'), f: word('она|её|ее|ей|ней|неё') },
  },
  uk: {
    surely: { m: word('він|нього'), f: word('вона|її|їй|неї|нею') },
    maybe: { m: word('він|його|нього|йому|ним|ньому'), f: word('вона|її|їй|неї|нею') },
  },
};

/**
 * Languages whose third-person pronouns give a person's gender only: a thing is "it", 它, それ. The
 * person side of the comparison must be one of them.
 */
const NATURAL_GENDER = new Set(['en', 'zh', 'ja']);

/** A pronoun for a thing, which the other language may render with a masculine or feminine one. */
const THING: Readonly<Record<string, RegExp>> = {
  en: word('it|its|itself'),
  zh: /它/u,
  ja: /それ/u,
};

/** "you", which Italian renders politely with "Lei": no woman is meant. */
const YOU: Readonly<Record<string, RegExp>> = {
  en: word('you|your|yours|yourself'),
  zh: /您|你/u,
  ja: /あなた/u,
};

export function hasGenderedPronouns(lang: string): boolean {
  return lang in LISTS;
}

export function canTellPerson(lang: string): boolean {
  return NATURAL_GENDER.has(lang);
}

/** The one gender a natural-gender text speaks of with its pronouns, or null (none, both, or a thing too). */
export function personGender(text: string, lang: string): Gender | null {
  const list = LISTS[lang];
  if (!list || !NATURAL_GENDER.has(lang) || THING[lang]?.test(text)) return null;
  const m = list.surely.m?.test(text) ?? false;
  const f = list.surely.f?.test(text) ?? false;
  return m === f ? null : m ? 'm' : 'f';
}

/**
 * The first pronoun of the other gender than `gender` that a text surely uses, when it uses none that
 * may be of `gender`; null otherwise.
 */
export function otherGenderPronoun(
  text: string,
  lang: string,
  gender: Gender,
  personSide: { text: string; lang: string },
): { start: number; end: number; text: string } | null {
  const list = LISTS[lang];
  if (!list) return null;
  const other: Gender = gender === 'm' ? 'f' : 'm';
  const surely = list.surely[other];
  if (!surely || list.maybe[gender].test(text)) return null;
  // Italian "Lei" is also the polite "you".
  if (lang === 'it' && other === 'f' && YOU[personSide.lang]?.test(personSide.text)) return null;
  const match = surely.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length, text: match[0] } : null;
}
