/** Languages written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Sorani. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * The `dir` a text in this language takes: a translator into Arabic reads and edits right to left,
 * with the full stop at the left end. An unknown language ("und") lets the browser tell from the text.
 */
export function directionOf(lang: string): 'ltr' | 'rtl' | 'auto' {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  if (base === '' || base === 'und') return 'auto';
  return RIGHT_TO_LEFT.has(base) ? 'rtl' : 'ltr';
}

/** `lang` and `dir` for an element holding text in this language. */
export function textAttributes(lang: string): { lang: string | undefined; dir: 'ltr' | 'rtl' | 'auto' } {
  return { lang: lang === '' || lang === 'und' ? undefined : lang, dir: directionOf(lang) };
}
