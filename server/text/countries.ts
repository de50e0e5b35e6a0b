import { isSpacelessScript } from './languages';
import { displayNames } from './places';

/** A country named in a text by the name Intl gives it, in the text's language or in English. */
export interface CountryMention {
  /** The region code ("AT"). */
  region: string;
  name: string;
  start: number;
  end: number;
}

interface CountryTable {
  /**
   * Names by their first UTF-16 unit, longest first, so that "印度尼西亚" is Indonesia before "印度"
   * can be India: one look-up per character of a text, most of which start no name.
   */
  byFirst: Map<number, [name: string, region: string][]>;
  /** 1 for the UTF-16 units that start a name: a typed array answers faster than the Map. */
  starts: Uint8Array;
}

const tables = new Map<string, CountryTable>();

/**
 * Names news writes that Intl does not give: English's older or shorter names ("Turkey" where Intl
 * says "Türkiye", "Czech Republic" for "Czechia"), Japanese "アメリカ" for アメリカ合衆国.
 */
const ALIASES: Readonly<Record<string, readonly [string, string][]>> = {
  en: [
    ['Turkey', 'TR'],
    ['Czech Republic', 'CZ'],
    ['Ivory Coast', 'CI'],
    ['Burma', 'MM'],
    ['Swaziland', 'SZ'],
    ['Macedonia', 'MK'],
    ['Cape Verde', 'CV'],
    ['East Timor', 'TL'],
    ['Great Britain', 'GB'],
    ['Britain', 'GB'],
    ['USA', 'US'],
  ],
  ja: [['アメリカ', 'US']],
};

const NOT_COUNTRIES = new Set([
  'DD',
  'FX',
  'SU',
  'YU',
  'CS',
  'ZR',
  'TP',
  'BU',
  'NT',
  'YD',
  'AN',
  'EU',
  'EZ',
  'UN',
  'QO',
  'XA',
  'XB',
  'ZZ',
]);

/**
 * A display name as prose writes it too: without Intl's gloss in brackets ("Myanmar (Burma)"), its
 * "SAR China" ("Hong Kong SAR China") or its dash ("Congo - Kinshasa"), and with "and" for "&"
 * ("Bosnia & Herzegovina").
 */
function writtenForms(name: string): string[] {
  const forms = new Set([name]);
  const plain = name
    .replace(/\s*\([^)]*\)$/u, '')
    .replace(/ SAR China$/u, '')
    .replace(/ - .*$/u, '');
  forms.add(plain);
  for (const form of [...forms]) if (form.includes(' & ')) forms.add(form.replaceAll(' & ', ' and '));
  return [...forms];
}

function countryTable(lang: string): CountryTable {
  let table = tables.get(lang);
  if (table) return table;
  const byName = new Map<string, string>();
  for (const code of new Set([lang, 'en']))
    for (const [region, name] of displayNames(code, 'region'))
      // Two-letter codes only (the continents and the Americas are UN M49 numbers), and no code that
      // names a union, a zone or a state of the past: Intl calls "DD" (East Germany) "Germany" too.
      if (/^[A-Z]{2}$/.test(region) && !NOT_COUNTRIES.has(region))
        for (const form of writtenForms(name))
          if (form.length >= 2 && !byName.has(form)) byName.set(form, region);
  for (const code of new Set([lang, 'en']))
    for (const [name, region] of ALIASES[code] ?? []) if (!byName.has(name)) byName.set(name, region);
  const byFirst = new Map<number, [string, string][]>();
  for (const entry of [...byName].sort((a, b) => b[0].length - a[0].length)) {
    const first = entry[0].charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  const starts = new Uint8Array(65536);
  for (const first of byFirst.keys()) starts[first] = 1;
  table = { byFirst, starts };
  tables.set(lang, table);
  return table;
}

const LETTER = /[\p{L}\p{M}]/u;
const KATAKANA = /[\p{sc=Katakana}ー]/u;
/** After a country's name in Chinese or Japanese: its language, people or style ("スペイン語", "德国人"). */
const NOT_THE_COUNTRY = /^(?:語|语|人|系|式|風|风|菜|料理)/u;

/** Whether the name found at `at` is the country's name and not part of another word. */
function standsAlone(text: string, at: number, end: number, spaceless: boolean): boolean {
  if (!spaceless) return !LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(end));
  // Tokenised MT output spaces the suffix off: "スペイン 語".
  if (NOT_THE_COUNTRY.test(text.slice(end).trimStart())) return false;
  // A name in katakana inside a longer katakana word is part of that word: タイ in ステレオタイプ.
  return !(
    KATAKANA.test(text.charAt(at)) &&
    (KATAKANA.test(text.charAt(at - 1)) || KATAKANA.test(text.charAt(end)))
  );
}

/**
 * The countries a text names exactly as Intl.DisplayNames does ("Austria", "Österreich", "Γερμανία",
 * "德国"), as whole words where words are spaced, anywhere in a run of characters where they are not.
 * An inflected form ("w Niemczech", "της Γερμανίας") or a demonym ("Austrian") is not found: this is
 * for evidence that a country is named, not that it is not.
 */
export function countriesNamed(text: string, lang: string): CountryMention[] {
  const spaceless = isSpacelessScript(lang);
  const { byFirst, starts } = countryTable(lang);
  const found: CountryMention[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (starts[code] === 0) continue;
    const candidates = byFirst.get(code);
    if (!candidates) continue;
    for (const [name, region] of candidates) {
      const end = at + name.length;
      if (!text.startsWith(name, at) || !standsAlone(text, at, end, spaceless)) continue;
      found.push({ region, name, start: at, end });
      at = end - 1;
      break;
    }
  }
  return found;
}

/**
 * Other ways a text names the two countries news names most, by acronym, by adjective or by a name
 * Intl does not use ("the US", "American", "amerikanisch", "UK", "British", "britische",
 * "Großbritannien"; adjectives in small letters where the language writes them so): where
 * one of these stands, the country is not missing.
 */
const ALSO_NAMED: Readonly<Record<string, RegExp>> = {
  US: /(?<![\p{L}])(?:U\.?S\.?A?\.?|[Aa]meric\p{L}*|[Aa]merik\p{L}*|[Aa]méri\p{L}*|[Aa]meryk\p{L}*|[Аа]мерик\p{L}*|США)(?![\p{L}])|美国|美國|アメリカ|米国|미국/u,
  GB: /(?<![\p{L}])(?:U\.?K\.?|[Bb]rit\p{L}*|Großbritannien\p{L}*|Bretagne|Bretaña|Bretagna|Brytani\p{L}*|[Bb]rytyj\p{L}*|Británi\p{L}*|[Bb]ritánic\p{L}*|Британи\p{L}*|[Бб]ритан\p{L}*|Великобритани\p{L}*)(?![\p{L}])|英国|英國|イギリス|영국/u,
};

/** The country a word names in one of the ways ALSO_NAMED knows ("UK", "Britain", "American"), or null. */
export function regionNamedBy(word: string): string | null {
  for (const [region, pattern] of Object.entries(ALSO_NAMED)) if (pattern.test(word)) return region;
  return null;
}

/** Whether a text names the country in one of the other ways ALSO_NAMED knows. */
export function namedOtherwise(text: string, region: string): boolean {
  return ALSO_NAMED[region]?.test(text) ?? false;
}
