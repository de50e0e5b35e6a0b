import { z } from 'zod';
import { MQM_CATEGORIES, SEVERITIES, UNIT_STATUSES } from '../../domain/types';

export const EditUnitBody = z.object({
  target: z.string().max(20_000),
  version: z.number().int().positive(),
  /** The flag whose fix or suggestion this edit applies: applying it confirms the flag. */
  flag: z.number().int().positive().optional(),
});

export const StatusBody = z.object({
  status: z.enum(UNIT_STATUSES),
  version: z.number().int().positive(),
  comment: z.string().max(2000).optional(),
});

export const IssueBody = z
  .object({
    category: z.enum(MQM_CATEGORIES),
    severity: z.enum(SEVERITIES),
    side: z.enum(['source', 'target']),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    comment: z.string().max(2000).optional(),
  })
  .refine(
    (issue) => (issue.start === undefined) === (issue.end === undefined),
    'give both start and end, or neither',
  );

export const CommentBody = z.object({
  body: z
    .string({ error: 'write the comment ("body")' })
    .trim()
    .min(1, 'the comment is empty')
    .max(4000, 'a comment holds at most 4,000 characters'),
});
