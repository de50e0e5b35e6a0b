import { z } from 'zod';

export const RealignBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('split'),
    sourceKeep: z.number().int().nonnegative(),
    targetKeep: z.number().int().nonnegative(),
  }),
  z.object({ action: z.literal('merge-next') }),
  z.object({
    action: z.literal('move'),
    side: z.enum(['source', 'target']),
    to: z.enum(['previous', 'next']),
  }),
]);
