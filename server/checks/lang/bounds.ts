import { allMatches } from '../../util/regexp';
import { blankSpans } from '../../text/compact';
import { asciiDigits } from '../../text/digits';
import { isSpacelessScript } from '../../text/languages';
import { memoize } from '../../text/memo';
import { negationMarker } from './negation';

/**
 * Words that set a limit on a quantity, by direction: a lower bound ("at least 8 characters", "more
 * than 18") or an upper bound ("at most", "no more than", "up to"). A translation that turns one into
 * the other reverses a password rule or a dose. "Over", "under", "über" and "unter" count, since a
 * number must follow close by ("under 12", "über 25 °C"); "until", "bis" and "до" do not. Within each list the longer phrase comes first, so "no more
 * than" is read whole and not as "more than".
 */
export type BoundDirection = 'lower' | 'upper';

interface BoundWords {
  lower: readonly string[];
  upper: readonly string[];
}

const BOUND_WORDS: Readonly<Record<string, BoundWords>> = {
  en: {
    lower: [
      'no less than',
      'not less than',
      'no fewer than',
      'a minimum of',
      'at least',
      'more than',
      'greater than',
      'above',
      'over',
      'in excess of',
      'exceeding',
      'exceeds',
      'exceed',
    ],
    upper: [
      'no more than',
      'not more than',
      'a maximum of',
      'not exceeding',
      'not to exceed',
      'at most',
      'up to',
      'less than',
      'fewer than',
      'below',
      'under',
    ],
  },
  de: {
    lower: ['nicht weniger als', 'mindestens', 'wenigstens', 'mehr als', 'größer als', 'älter als', 'über'],
    upper: [
      'nicht mehr als',
      'nicht über',
      'jünger als',
      'höchstens',
      'maximal',
      'bis zu',
      'weniger als',
      'kleiner als',
      'unter',
    ],
  },
  fr: {
    lower: [
      'pas moins de',
      'au moins',
      'au minimum',
      'plus de',
      'supérieur à',
      'supérieure à',
      'au-dessus de',
    ],
    upper: [
      'pas plus de',
      'ne pas dépasser',
      'au plus',
      'au maximum',
      "jusqu'à",
      'jusqu’à',
      'moins de',
      'inférieur à',
      'inférieure à',
      'sans dépasser',
      'ne dépassant pas',
      'ne dépasse pas',
      'en dessous de',
      'au-dessous de',
    ],
  },
  es: {
    // Ages: "mayores de 65 años" (over 65), "menores de 12 años" (under 12).
    lower: [
      'no menos de',
      'al menos',
      'por lo menos',
      'como mínimo',
      'más de',
      'mayor que',
      'mayores de',
      'mayor de',
      'por encima de',
    ],
    upper: [
      'no más de',
      'como máximo',
      'a lo sumo',
      'menos de',
      'menor que',
      'menores de',
      'menor de',
      'por debajo de',
      'sin superar',
      'sin exceder',
    ],
  },
  it: {
    lower: ['non meno di', 'almeno', 'come minimo', 'più di', 'superiore a'],
    upper: ['non più di', 'al massimo', 'meno di', 'inferiore a'],
  },
  pt: {
    lower: ['não menos de', 'pelo menos', 'no mínimo', 'mais de', 'superior a', 'maiores de', 'maior de'],
    upper: ['não mais de', 'no máximo', 'menos de', 'inferior a', 'menores de', 'menor de'],
  },
  pl: {
    lower: ['nie mniej niż', 'co najmniej', 'przynajmniej', 'więcej niż', 'ponad', 'powyżej'],
    upper: ['nie więcej niż', 'co najwyżej', 'najwyżej', 'maksymalnie', 'mniej niż', 'poniżej'],
  },
  cs: {
    lower: ['nejméně', 'alespoň', 'aspoň', 'minimálně', 'více než', 'víc než'],
    upper: ['nejvýše', 'nanejvýš', 'maximálně', 'nejvíce', 'méně než', 'míň než'],
  },
  nl: {
    lower: ['niet minder dan', 'ten minste', 'minstens', 'minimaal', 'meer dan'],
    upper: ['niet meer dan', 'ten hoogste', 'hoogstens', 'maximaal', 'minder dan'],
  },
  ru: {
    lower: [
      'не менее',
      'не меньше',
      'не ниже',
      'как минимум',
      'по меньшей мере',
      'минимум',
      'более',
      'больше',
      'свыше',
      // Ages: "старше 12 лет" (over 12), "младше 12 лет" (under 12).
      'старше',
    ],
    upper: ['не более', 'не больше', 'не выше', 'как максимум', 'максимум', 'менее', 'меньше', 'младше'],
  },
  uk: {
    lower: [
      'не менше',
      'не менш ніж',
      'не нижче',
      'щонайменше',
      'принаймні',
      'мінімум',
      'понад',
      'більше',
      'більш ніж',
    ],
    upper: ['не більше', 'не більш ніж', 'не вище', 'щонайбільше', 'максимум', 'менше', 'менш ніж'],
  },
  // "以上" and "以下" follow the number ("100人以上", 100 or more): what MT writes for "more than" and "up to".
  zh: {
    lower: ['不少于', '不低于', '至少', '最少', '超过', '多于', '高于', '以上'],
    upper: ['不超过', '不多于', '不高于', '不到', '最多', '至多', '少于', '低于', '以下', '以内'],
  },
  ja: {
    lower: ['少なくとも', '最低', 'を超える', '以上'],
    upper: ['最大', '最高', '未満', 'を超えない', '以下', '以内'],
  },
};

export interface BoundMention {
  direction: BoundDirection;
  /** The number limited, in ASCII digits ("8"). */
  limit: string;
  text: string;
  start: number;
  end: number;
}

const escape = (phrase: string): string =>
  phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

const patterns = new Map<string, { pattern: RegExp; directions: Map<string, BoundDirection> }>();

function patternFor(lang: string): { pattern: RegExp; directions: Map<string, BoundDirection> } | null {
  const words = BOUND_WORDS[lang];
  if (!words) return null;
  let compiled = patterns.get(lang);
  if (!compiled) {
    const directions = new Map<string, BoundDirection>();
    for (const phrase of words.lower) directions.set(phrase, 'lower');
    for (const phrase of words.upper) directions.set(phrase, 'upper');
    // Longest first across both lists: "no more than" before "more than", "不超过" before "超过".
    const alternatives = [...directions.keys()].sort((a, b) => b.length - a.length).map(escape);
    const spaceless = isSpacelessScript(lang);
    const body = `(?:${alternatives.join('|')})`;
    compiled = {
      pattern: new RegExp(spaceless ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu'),
      directions,
    };
    patterns.set(lang, compiled);
  }
  return compiled;
}

export function hasBoundWords(lang: string): boolean {
  return lang in BOUND_WORDS;
}

/** How close a number must stand for the phrase to limit it: "at least 8", "höchstens 8 Zeichen"… */
const NUMBER_AFTER = /^[^\d.!?;]{0,24}?(\d+)/u;
/**
 * …and right after a preposition that limits only a number it stands before ("über 25 °C", "over
 * €50"): "über Nacht bis zu 20 cm" is overnight, and its limit is "bis zu".
 */
const NUMBER_RIGHT_AFTER = /^\s?[^\p{L}\d.!?;\s]{0,2}\s?(\d+)/u;
const PREPOSITIONS = new Set(['over', 'under', 'über', 'unter']);
/** …and in Chinese and Japanese on either side: "8文字を超える", "至少8个". */
const NUMBER_NEAR = /\d+/;
/** ASCII, Arabic, Persian, Devanagari, Khmer, Myanmar and full-width digits, as one fast character class. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u17e0-\u17e9\u1040-\u1049\uff10-\uff19]/;

/**
 * The limits a text sets on quantities, in order: only a phrase with a number close by, since "at
 * least he tried" and "up to you" limit nothing. Memoised: the bounds and negation checks both ask.
 */
export function findBounds(text: string, lang: string): readonly BoundMention[] {
  // A limit needs a number: most sentences have none, and skip the expression and the memo.
  if (!ANY_DIGIT.test(text) || !(lang in BOUND_WORDS)) return [];
  return memoizedBounds(text, lang);
}

const memoizedBounds = memoize((text: string, lang: string): BoundMention[] => {
  const compiled = patternFor(lang);
  if (!compiled) return [];
  const spaceless = isSpacelessScript(lang);
  const found: BoundMention[] = [];
  for (const match of allMatches(compiled.pattern, text)) {
    const end = match.index + match[0].length;
    // Chinese and Japanese put the number after the phrase (至少8个) or before it (8文字を超える).
    const limit = spaceless
      ? (NUMBER_NEAR.exec(asciiDigits(text.slice(end, end + 8)))?.[0] ??
        NUMBER_NEAR.exec(asciiDigits(text.slice(Math.max(0, match.index - 8), match.index)))?.[0])
      : (PREPOSITIONS.has(match[0].toLowerCase()) ? NUMBER_RIGHT_AFTER : NUMBER_AFTER).exec(
          asciiDigits(text.slice(end)),
        )?.[1];
    if (limit === undefined) continue;
    const phrase = match[0].toLowerCase().replace(/\s+/g, ' ');
    const direction = compiled.directions.get(phrase);
    if (!direction) continue;
    // "Do not take more than 6" is an upper limit: a negation just before the phrase turns it round,
    // and belongs to it — unless the phrase has its own ("pas plus de", "no more than"): the "ne" of
    // "ne prenez pas plus de" is the same negation.
    const negation = negationMarker(match[0], lang) === null ? negationBefore(text, match.index, lang) : null;
    const start = negation ?? match.index;
    found.push({
      direction: negation === null ? direction : OPPOSITE[direction],
      limit,
      text: text.slice(start, end),
      start,
      end,
    });
  }
  return found;
});

const OPPOSITE: Record<BoundDirection, BoundDirection> = { lower: 'upper', upper: 'lower' };
/**
 * How far before a limit phrase a negation still belongs to it: three words ("do not take more than",
 * "nie należy przyjmować więcej niż"), or in Chinese and Japanese four characters ("不能超过").
 */
const NEGATION_WORDS = 3;
const NEGATION_CHARACTERS = 4;
const PRECEDING_WORDS = new RegExp(`(?:[\\p{L}\\p{M}'’-]+\\s+){1,${NEGATION_WORDS}}$`, 'u');

/** Where a negation starts in the few words just before `at`; null when there is none. */
function negationBefore(text: string, at: number, lang: string): number | null {
  const before = text.slice(Math.max(0, at - 80), at);
  let window: string;
  if (isSpacelessScript(lang)) {
    // Tokenised text spaces the characters out: count characters, not spaces.
    let kept = 0;
    let k = before.length;
    while (k > 0 && kept < NEGATION_CHARACTERS) {
      k--;
      if (!/\s/.test(before.charAt(k))) kept++;
    }
    window = before.slice(k);
  } else window = PRECEDING_WORDS.exec(before)?.[0] ?? '';
  const marker = negationMarker(window, lang);
  if (marker === null) return null;
  // "Without" governs a noun ("sin electricidad a más de 200.000" is "more than 200,000 … without
  // electricity"): it turns a limit round only right before it ("sans dépasser" is a phrase of its own).
  if (WITHOUT.has(marker.text.toLowerCase()) && window.slice(marker.end).trim() !== '') return null;
  return at - window.length + marker.start;
}

const WITHOUT = new Set(['without', 'ohne', 'sans', 'sin', 'senza', 'sem', 'bez', 'zonder', 'без', 'fără']);

/** The text with its limits blanked out (same length): "nicht über 25 °C" negates no statement. */
export function withoutBounds(text: string, lang: string): string {
  return blankSpans(text, findBounds(text, lang), '\u0000');
}
