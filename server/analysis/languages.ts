import type { LanguageInfo } from '../domain/types';
import { IDENTIFIABLE, identifyLanguages } from '../text/language-id';
import { detectLanguage, normalizeLanguage } from '../text/languages';

/**
 * Below this many letters franc's trigram statistics guess wildly ("Hello world." as Xhosa, a Polish
 * sentence as Tagalog); ELD's n-gram tables, in their worker thread, get short text right.
 */
const SHORT_TEXT_LETTERS = 200;

/**
 * Up to this many letters franc still mixes up neighbours (a page of Swedish read as Norwegian or
 * Danish, Russian as Bulgarian, Czech as Slovenian, Chinese as Japanese); ELD then decides, when franc's
 * answer is one of ELD's languages. A language only franc knows (Nepali, Pashto) stays franc's.
 */
const MEDIUM_TEXT_LETTERS = 1000;

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

/**
 * Languages ELD does not know, which it reads as a neighbour it does know (Nepali as Hindi, Pashto as
 * Persian or Urdu, Indonesian as Malay): when franc names one of them, franc decides.
 */
const READ_AS_NEIGHBOUR: Readonly<Record<string, ReadonlySet<string>>> = {
  hi: new Set(['ne', 'mai', 'bho', 'mag', 'awa']),
  fa: new Set(['ps']),
  ur: new Set(['ps', 'pnb', 'sd']),
  ms: new Set(['id']),
};

/** ELD's answer for a short text (franc's guesses there are wild: "Hello world." as Xhosa), or franc's when ELD has none. */
async function identifyShort(text: string): Promise<string> {
  const eld = await identifyShortText(text);
  const franc = detectLanguage(text);
  if (eld === null) return franc;
  return READ_AS_NEIGHBOUR[eld]?.has(franc) ? franc : eld;
}

/** The language given by the user (normalised to 639-1), or the one detected in the text. */
export async function resolveLanguage(given: string | undefined, text: string): Promise<LanguageInfo> {
  if (given && given.trim() !== '') return { code: normalizeLanguage(given), detected: false };
  const letters = letterCount(text, MEDIUM_TEXT_LETTERS);
  if (letters < SHORT_TEXT_LETTERS) return { code: await identifyShort(text), detected: true };
  const code = detectLanguage(text);
  if (letters < MEDIUM_TEXT_LETTERS && IDENTIFIABLE.has(code))
    return { code: (await identifyShortText(text)) ?? code, detected: true };
  return { code, detected: true };
}
