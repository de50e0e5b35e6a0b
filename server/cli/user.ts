import type { Command } from 'commander';
import { createUser } from '../auth/sessions';
import { MIN_PASSWORD, ROLES, type Role } from '../domain/types';
import { ServiceError } from '../review/errors';
import { openCliDatabase } from './database';
import { UsageError } from './errors';

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerUser(program: Command, out: (text: string) => void): void {
  const user = program.command('user').description('manage reviewers');
  user
    .command('add <name>')
    .description(
      'add a user; the password comes from standard input with --password-stdin, else MT_REVIEW_PASSWORD',
    )
    .requiredOption('--role <role>', 'translator, editor or qa_lead')
    .option('--password-stdin', 'read the password from standard input')
    .option('--db <path>', 'database file (default: MT_REVIEW_DB or ./data/mt-review.db)')
    .action(async (name: string, options: { role: string; passwordStdin?: boolean; db?: string }) => {
      if (!isRole(options.role))
        throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got "${options.role}")`);
      const password = options.passwordStdin ? await readStdin() : (process.env.MT_REVIEW_PASSWORD ?? '');
      if (password.length < MIN_PASSWORD)
        throw new UsageError('the password must have at least 8 characters (give it with --password-stdin)');
      const { ctx } = openCliDatabase(options.db);
      try {
        createUser(ctx.repos, name, options.role, password);
      } catch (error) {
        if (error instanceof ServiceError) throw new UsageError(error.message);
        throw error;
      }
      out(`added ${name} (${options.role})\n`);
    });
}
