import { z } from 'zod';

export const LoginBody = z.object({
  username: z.string().trim().min(1, 'give a user name'),
  password: z.string().min(1, 'give a password'),
});
