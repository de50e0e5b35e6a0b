/**
 * Cyrillic letters in Latin, the way news agencies write Russian, Ukrainian, Bulgarian and Serbian
 * names ("Кремс" → "Krems", "Зеленський" → "Zelenskyi"): close enough for the loose name matching,
 * which compares starts of words, not exact spellings.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  џ: 'dz',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Greek letters in Latin as ELOT 743 writes them ("Κρεμς" → "Krems", "Βιέννη" → "Vienni"), after the
 * pairs that stand for one foreign sound: μπ, ντ and γκ are b, d and g where a word starts ("Μπάιντεν",
 * Biden) and mp, nt and ng inside it ("Τραμπ", Trump); ου is u ("Ουκρανία", Ukraine), as foreign names
 * say it.
 */
const GREEK: Readonly<Record<string, string>> = {
  α: 'a',
  ά: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  έ: 'e',
  ζ: 'z',
  η: 'i',
  ή: 'i',
  θ: 'th',
  ι: 'i',
  ί: 'i',
  ϊ: 'i',
  ΐ: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  ό: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  ύ: 'y',
  ϋ: 'y',
  ΰ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ώ: 'o',
};
const GREEK_PAIRS = /μπ|ντ|γκ|ου|ού/giu;
const GREEK_INITIAL: Readonly<Record<string, string>> = { μπ: 'b', ντ: 'd', γκ: 'g' };
const GREEK_INSIDE: Readonly<Record<string, string>> = { μπ: 'mp', ντ: 'nt', γκ: 'ng', ου: 'u', ού: 'u' };

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const GREEK_LETTER = /\p{Script=Greek}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC_LETTER.test(text);
}

/** Whether the text has letters that transliterate() writes in Latin ones (Cyrillic or Greek). */
export function hasTransliterable(text: string): boolean {
  return CYRILLIC_LETTER.test(text) || GREEK_LETTER.test(text);
}

/** Greek pairs in the Latin letters they sound as, keeping a capital ("Μπ" → "B"). */
function greekPairs(text: string): string {
  return text.replace(GREEK_PAIRS, (pair: string, at: number) => {
    const lower = pair.toLowerCase();
    const wordStart = at === 0 || !/\p{L}/u.test(text.charAt(at - 1));
    const latin = (wordStart ? GREEK_INITIAL[lower] : undefined) ?? GREEK_INSIDE[lower] ?? pair;
    return pair.charAt(0) === lower.charAt(0) ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

/** The text with its Cyrillic and Greek letters written in Latin ones, keeping capitals. */
export function transliterate(text: string): string {
  const source = GREEK_LETTER.test(text) ? greekPairs(text) : text;
  let result = '';
  for (const ch of source) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower] ?? GREEK[lower];
    if (latin === undefined) result += ch;
    else result += ch !== lower && latin !== '' ? (latin[0] ?? '').toUpperCase() + latin.slice(1) : latin;
  }
  return result;
}
