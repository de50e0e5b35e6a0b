import type { Role } from '../../domain/types';
import type { Db } from '../connection';

export interface UserRow {
  id: number;
  name: string;
  role: Role;
  password_hash: string;
  created_at: string;
}

export function userQueries(db: Db) {
  const insert = db.prepare<[string, Role, string], UserRow>(
    'INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?) RETURNING *',
  );
  const byName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE name = ?');
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name');
  const setRole = db.prepare<[Role, number]>('UPDATE users SET role = ? WHERE id = ?');
  const setPassword = db.prepare<[string, number]>('UPDATE users SET password_hash = ? WHERE id = ?');
  const countRole = db.prepare<[Role], { n: number }>('SELECT COUNT(*) AS n FROM users WHERE role = ?');
  return {
    insert: (name: string, role: Role, passwordHash: string): UserRow | undefined =>
      insert.get(name, role, passwordHash),
    byName: (name: string): UserRow | undefined => byName.get(name),
    byId: (id: number): UserRow | undefined => byId.get(id),
    count: (): number => count.get()?.n ?? 0,
    all: (): UserRow[] => all.all(),
    setRole: (id: number, role: Role): void => {
      setRole.run(role, id);
    },
    setPassword: (id: number, passwordHash: string): void => {
      setPassword.run(passwordHash, id);
    },
    countWithRole: (role: Role): number => countRole.get(role)?.n ?? 0,
  };
}
