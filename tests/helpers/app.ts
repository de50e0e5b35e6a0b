import type { Response } from 'superagent';
import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../server/app';
import { createUser } from '../../server/auth/sessions';
import { type Db, openDb } from '../../server/db/connection';
import { createRepositories } from '../../server/db/repositories';
import type { ApiUnit, DocumentDetail } from '../../server/domain/api';
import type { Embedder } from '../../server/model/types';
import type { SpellingService } from '../../server/spelling/service';
import { seedDemo } from '../../server/seed';

export interface TestApp {
  app: Express;
  db: Db;
  /** A signed-in agent per role, with its CSRF token. */
  as: (
    role: 'translator' | 'editor' | 'qa',
  ) => Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }>;
}

/** createApp on a fresh in-memory database with the demo users and (optionally) the demo document. */
export async function testApp(
  options: { demo?: boolean; embedder?: Embedder | null; spelling?: SpellingService | null } = {},
): Promise<TestApp> {
  const db = openDb(':memory:');
  const repos = createRepositories(db);
  if (options.demo === false) {
    createUser(repos, 'translator', 'translator', 'demo');
    createUser(repos, 'editor', 'editor', 'demo');
    createUser(repos, 'qa', 'qa_lead', 'demo');
  } else {
    await seedDemo({ repos, embedder: options.embedder ?? null }, 'demo');
  }
  const app = createApp({ db, embedder: options.embedder ?? null, spelling: options.spelling ?? null });
  const sessions = new Map<string, { agent: ReturnType<typeof request.agent>; csrf: string }>();
  return {
    app,
    db,
    async as(role) {
      const existing = sessions.get(role);
      if (existing) return existing;
      const agent = request.agent(app);
      const response = await agent
        .post('/api/auth/login')
        .send({ username: role, password: 'demo' })
        .expect(200);
      const session = { agent, csrf: String(response.body.csrfToken) };
      sessions.set(role, session);
      return session;
    },
  };
}

/** The demo document's unit whose translation holds `text`, as the API shows it now. */
export async function demoUnitWith(t: TestApp, text: string): Promise<ApiUnit> {
  const { agent } = await t.as('translator');
  const doc: DocumentDetail = (await agent.get('/api/documents/1').expect(200)).body;
  const unit = doc.units.find((u) => u.target.includes(text));
  if (!unit) throw new Error(`no unit with "${text}"`);
  return unit;
}

/** Reads any response body as bytes: a workbook, a file written back. */
export function asBytes(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Reads any response body as UTF-8 text (supertest only buffers types it knows). */
export function asText(res: Response, done: (error: Error | null, body: string) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
}
