import { readFileSync } from 'node:fs';
import { createUser } from './auth/sessions';
import type { Repositories } from './db/repositories';
import type { Role } from './domain/types';
import type { ServiceContext } from './review/context';
import { importDocument } from './review/import';

export const DEMO_USERS: readonly { name: string; role: Role }[] = [
  { name: 'translator', role: 'translator' },
  { name: 'editor', role: 'editor' },
  { name: 'qa', role: 'qa_lead' },
];

const DEMO_SOURCE = new URL('../fixtures/demo-article.en.txt', import.meta.url);
const DEMO_TARGET = new URL('../fixtures/demo-article.pl.txt', import.meta.url);

export function demoTexts(): { source: string; target: string } {
  return { source: readFileSync(DEMO_SOURCE, 'utf8'), target: readFileSync(DEMO_TARGET, 'utf8') };
}

/** On an empty database: the three demo users (one per role) and the demo article. */
export async function seedDemo(
  ctx: ServiceContext & { repos: Repositories },
  password: string,
): Promise<{ users: boolean; document: number | null }> {
  let users = false;
  if (ctx.repos.users.count() === 0) {
    for (const user of DEMO_USERS) createUser(ctx.repos, user.name, user.role, password);
    users = true;
  }
  let document: number | null = null;
  if (ctx.repos.documents.count() === 0) {
    const qa = ctx.repos.users.byName('qa');
    document = await importDocument(
      ctx,
      {
        title: 'US and Russia to hold talks on Ukraine (demo)',
        sourceLang: 'en',
        targetLang: 'pl',
        ...demoTexts(),
      },
      qa ? { id: qa.id, name: qa.name, role: qa.role } : null,
    );
  }
  return { users, document };
}
