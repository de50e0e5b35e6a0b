import { z } from 'zod';
import { MIN_PASSWORD, ROLES } from '../../domain/types';

export const LoginBody = z.object({
  username: z.string().trim().min(1, 'give a user name'),
  password: z.string().min(1, 'give a password'),
});

const password = z
  .string({ error: 'give a password' })
  .min(MIN_PASSWORD, `a password needs at least ${MIN_PASSWORD} characters`)
  .max(200);

export const NewMemberBody = z.object({
  name: z
    .string({ error: 'give a user name' })
    .trim()
    .min(1, 'give a user name')
    .max(60)
    .regex(/^[\p{L}\p{N}._-]+$/u, 'a user name is letters, digits, dots, hyphens and underscores'),
  role: z.enum(ROLES, { error: `the role is one of ${ROLES.join(', ')}` }),
  password,
});

export const MemberChangeBody = z
  .object({ role: z.enum(ROLES).optional(), password: password.optional() })
  .refine(
    (change) => change.role !== undefined || change.password !== undefined,
    'say what changes: role or password',
  );

export const OwnPasswordBody = z.object({
  current: z.string().min(1, 'give the current password'),
  password,
});
