/**
 * Which way a language is written, shared by the web page (each text's `dir`) and the Word export
 * (each paragraph's direction).
 */

/** Languages written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Sorani. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * The `dir` a text in this language takes: a translator into Arabic reads and edits right to left,
 * with the full stop at the left end. An unknown language ("und") lets the reader tell from the text.
 */
export function directionOf(lang: string): 'ltr' | 'rtl' | 'auto' {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  if (base === '' || base === 'und') return 'auto';
  return RIGHT_TO_LEFT.has(base) ? 'rtl' : 'ltr';
}
