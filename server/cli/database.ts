import { readConfig } from '../config';
import { type Db, openDb } from '../db/connection';
import { createRepositories } from '../db/repositories';
import type { ServiceContext } from '../review/context';
import { closeWhenDone } from './resources';

/** Opens the database a command works on (--db, else MT_REVIEW_DB, else ./data/mt-review.db). */
export function openCliDatabase(path: string | undefined): { db: Db; ctx: ServiceContext } {
  const db = openDb(path ?? readConfig().dbPath);
  closeWhenDone(async () => {
    db.close();
  });
  return { db, ctx: { repos: createRepositories(db), embedder: null } };
}
