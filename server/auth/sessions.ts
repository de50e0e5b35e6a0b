import { randomBytes } from 'node:crypto';
import type { Repositories } from '../db/repositories';
import type { Me } from '../domain/api';
import type { Role } from '../domain/types';
import { allowedStatuses } from '../review/transitions';
import { ServiceError } from '../review/errors';
import { hashPassword, verifyPassword } from './passwords';

export const SESSION_COOKIE = 'mtr_session';
const SESSION_DAYS = 14;

export interface SessionUser {
  id: number;
  name: string;
  role: Role;
  csrfToken: string;
  sessionId: string;
}

export function meView(user: SessionUser): Me {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    csrfToken: user.csrfToken,
    allowedStatuses: [...allowedStatuses(user.role)],
  };
}

export function createUser(repos: Repositories, name: string, role: Role, password: string): number {
  if (repos.users.byName(name))
    throw new ServiceError(409, 'user_exists', `a user called "${name}" already exists`);
  const row = repos.users.insert(name, role, hashPassword(password));
  if (!row) throw new Error('user insert returned nothing');
  return row.id;
}

/** Checks the password and opens a session; the same answer for an unknown user and a wrong password. */
export function login(repos: Repositories, name: string, password: string): SessionUser {
  const user = repos.users.byName(name);
  if (!user || !verifyPassword(password, user.password_hash))
    throw new ServiceError(401, 'bad_credentials', 'wrong user name or password');
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  repos.sessions.removeExpired(new Date().toISOString());
  repos.sessions.insert(sessionId, user.id, csrfToken, expires);
  return { id: user.id, name: user.name, role: user.role, csrfToken, sessionId };
}

export function findSession(repos: Repositories, sessionId: string): SessionUser | null {
  const row = repos.sessions.find(sessionId, new Date().toISOString());
  if (!row) return null;
  return {
    id: row.user_id,
    name: row.user_name,
    role: row.user_role,
    csrfToken: row.csrf_token,
    sessionId: row.id,
  };
}
