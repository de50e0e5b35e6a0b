import { z } from 'zod';

export const DecisionBody = z.object({ decision: z.enum(['open', 'confirmed', 'dismissed']) });
