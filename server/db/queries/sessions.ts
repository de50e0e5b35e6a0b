import type { Db } from '../connection';
import type { UserRow } from './users';

export interface SessionRow {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export function sessionQueries(db: Db) {
  const insert = db.prepare<[string, number, string, string]>(
    'INSERT INTO sessions (id, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)',
  );
  const withUser = db.prepare<
    [string, string],
    SessionRow & { user_name: string; user_role: UserRow['role'] }
  >(
    'SELECT s.*, u.name AS user_name, u.role AS user_role FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_at > ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');
  const removeExpired = db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?');
  const removeUsersOthers = db.prepare<[number, string]>(
    'DELETE FROM sessions WHERE user_id = ? AND id <> ?',
  );
  return {
    insert: (id: string, userId: number, csrfToken: string, expiresAt: string): void => {
      insert.run(id, userId, csrfToken, expiresAt);
    },
    find: (id: string, now: string) => withUser.get(id, now),
    remove: (id: string): void => {
      remove.run(id);
    },
    removeExpired: (now: string): void => {
      removeExpired.run(now);
    },
    /** Signs a user out everywhere but `keep` (a password changed: the old one's sessions end). */
    removeUsersOthers: (userId: number, keep: string): void => {
      removeUsersOthers.run(userId, keep);
    },
  };
}
