import type { LanguageInfo } from '../domain/types';
import { detectLanguage, normalizeLanguage } from '../text/languages';

/** The language given by the user (normalised to 639-1), or the one franc detects in the text. */
export function resolveLanguage(given: string | undefined, text: string): LanguageInfo {
  if (given && given.trim() !== '') return { code: normalizeLanguage(given), detected: false };
  return { code: detectLanguage(text), detected: true };
}
