import { z } from 'zod';
import { SEVERITIES } from '../../domain/types';

export const DecisionBody = z
  .object({
    decision: z.enum(['open', 'confirmed', 'dismissed']),
    /** The same decision for every open flag of the document alike: the same check on the same words. */
    alike: z.boolean().default(false),
    /** The error's severity as the reviewer confirming it judges it. */
    severity: z.enum(SEVERITIES).optional(),
  })
  .refine((body) => body.severity === undefined || body.decision === 'confirmed', {
    message: 'a severity goes with a confirmation only',
    path: ['severity'],
  });
