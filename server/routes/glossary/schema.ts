import { z } from 'zod';
import { languageCode } from '../fields';

const language = languageCode('name the language, such as "en" or "pl"');

const term = (side: string) =>
  z
    .string({ error: `give the ${side} term` })
    .trim()
    .min(1, `the ${side} term is empty`)
    .max(300, `the ${side} term is longer than 300 characters`);

export const GlossaryTerm = z.object({
  sourceTerm: term('source'),
  targetTerm: term('target'),
  forbidden: z.boolean().optional(),
  note: z.string().trim().max(1000).optional(),
});

export const GlossaryBody = z.object({
  sourceLang: language,
  targetLang: language,
  terms: z.array(GlossaryTerm).min(1, 'send at least one term').max(10_000),
});

export const GlossaryUploadFields = z.object({ sourceLang: language, targetLang: language });
