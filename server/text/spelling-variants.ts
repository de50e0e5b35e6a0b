/**
 * The dictionary packages whose spellings are all correct for a language: English is American or
 * British ("metres", "organisation", "travelling"). A language not listed has its own package only.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, readonly string[]>> = { en: ['en', 'en-gb'] };

/** The dictionary packages of a language, its own first. */
export function spellingVariants(lang: string): readonly string[] {
  return SPELLING_VARIANTS[lang] ?? [lang];
}
