import { z } from 'zod';
import { normalizeLanguage } from '../text/languages';

/** Whether a code names a language ("pl", "pol", "pl-PL"): stored under its 639-1 code, as documents are. */
const namesLanguage = (code: string): boolean => {
  try {
    normalizeLanguage(code);
    return true;
  } catch {
    return false;
  }
};

/** A language code, given as its 639-1 code ("pol" → "pl"); `missing` says what to send when it is not. */
export const languageCode = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .refine(namesLanguage, 'use an ISO 639-1 or 639-3 code such as "en" or "pol"')
    .transform(normalizeLanguage);

/** A calendar day as YYYY-MM-DD that exists ("2026-02-30" does not); `what` names it in the message. */
export const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `write ${what} as YYYY-MM-DD`)
    .refine((text) => {
      const time = Date.parse(`${text}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
    }, 'that day does not exist');
