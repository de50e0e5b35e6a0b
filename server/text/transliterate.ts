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

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC_LETTER.test(text);
}

/** The text with its Cyrillic letters written in Latin ones, keeping capitals. */
export function transliterate(text: string): string {
  let result = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) result += ch;
    else result += ch !== lower && latin !== '' ? (latin[0] ?? '').toUpperCase() + latin.slice(1) : latin;
  }
  return result;
}
