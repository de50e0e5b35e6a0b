import { z } from 'zod';
import { languageCode } from '../fields';

/** A language code, or nothing for every language. */
const language = languageCode('use a language code')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const ConcordanceParams = z.object({
  q: z
    .string({ error: 'say what to look for ("q")' })
    .trim()
    .min(1, 'say what to look for: "q" is empty')
    .max(200, 'look for at most 200 characters at a time')
    .refine((text) => /[\p{L}\p{N}]/u.test(text), 'look for a word or a number, not only punctuation'),
  side: z.enum(['source', 'target', 'both'], { error: 'side is source, target or both' }).default('both'),
  sourceLang: language,
  targetLang: language,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Both languages of a pair: whose approved translations to export, or which pair of a memory to import. */
export const LanguagePairParams = z.object({
  sourceLang: languageCode('name the source language ("sourceLang")'),
  targetLang: languageCode('name the target language ("targetLang")'),
});
