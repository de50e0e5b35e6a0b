import type { LanguageInfo } from '../domain/types';
import { identifyLanguages } from '../text/language-id';
import { detectLanguage, normalizeLanguage } from '../text/languages';

/**
 * Below this many letters franc's trigram statistics guess wildly ("Hello world." as Xhosa, a Polish
 * sentence as Tagalog); ELD's n-gram tables, in their worker thread, get short text right.
 */
const SHORT_TEXT_LETTERS = 200;

const LETTER = /\p{L}/u;

/** How many letters the text has, counted up to `enough`. */
function letterCount(text: string, enough: number): number {
  let letters = 0;
  for (const character of text) if (LETTER.test(character) && ++letters >= enough) break;
  return letters;
}

/**
 * ELD's score for its best language must reach this: on its own 60 languages short sentences score
 * 0.69–0.85, while text in a language it does not know (Swahili, Malagasy) scores 0.3–0.6 for the
 * nearest one it does.
 */
const MIN_SHORT_TEXT_SCORE = 0.65;

/** The language ELD scores highest, or null when none of its languages is a clear answer. */
async function identifyShortText(text: string): Promise<string | null> {
  const [scores] = (await identifyLanguages([text])) ?? [];
  let best: string | null = null;
  let bestScore = MIN_SHORT_TEXT_SCORE;
  for (const [language, score] of Object.entries(scores ?? {}))
    if (score >= bestScore) {
      best = language;
      bestScore = score;
    }
  return best;
}

/** The language given by the user (normalised to 639-1), or the one detected in the text. */
export async function resolveLanguage(given: string | undefined, text: string): Promise<LanguageInfo> {
  if (given && given.trim() !== '') return { code: normalizeLanguage(given), detected: false };
  // A language ELD does not know (Swahili, Nepali, …) is left to franc.
  const short = letterCount(text, SHORT_TEXT_LETTERS) < SHORT_TEXT_LETTERS;
  const code = (short ? await identifyShortText(text) : null) ?? detectLanguage(text);
  return { code, detected: true };
}
