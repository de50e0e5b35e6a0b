import { z } from 'zod';

export const DecisionBody = z.object({
  decision: z.enum(['open', 'confirmed', 'dismissed']),
  /** The same decision for every open flag of the document alike: the same check on the same words. */
  alike: z.boolean().default(false),
});
