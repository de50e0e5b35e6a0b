import { z } from 'zod';
import { MQM_CATEGORIES, SEVERITIES } from '../../domain/types';

export const DecisionBody = z
  .object({
    decision: z.enum(['open', 'confirmed', 'dismissed']),
    /** The same decision for every open flag of the document alike: the same check on the same words. */
    alike: z.boolean().default(false),
    /** The error's severity and MQM category as the reviewer confirming it judges them. */
    severity: z.enum(SEVERITIES).optional(),
    category: z.enum(MQM_CATEGORIES).optional(),
  })
  .refine((body) => body.severity === undefined || body.decision === 'confirmed', {
    message: 'a severity goes with a confirmation only',
    path: ['severity'],
  })
  .refine((body) => body.category === undefined || body.decision === 'confirmed', {
    message: 'a category goes with a confirmation only',
    path: ['category'],
  });
