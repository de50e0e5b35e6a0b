import type { Repositories } from '../db/repositories';
import type { UserRow } from '../db/queries/users';
import type { TeamMember } from '../domain/api';
import type { Role } from '../domain/types';
import { ServiceError, notFound } from '../review/errors';
import { hashPassword, verifyPassword } from './passwords';
import { type SessionUser, createUser } from './sessions';

const member = (row: UserRow): TeamMember => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
});

function requireQaLead(actor: SessionUser): void {
  if (actor.role !== 'qa_lead') throw new ServiceError(403, 'forbidden', 'only a QA lead manages the team');
}

/** The team, for a QA lead managing it and for an editor handing out documents. */
export function listTeam(repos: Repositories, actor: SessionUser): TeamMember[] {
  if (actor.role === 'translator')
    throw new ServiceError(403, 'forbidden', 'only editors and QA leads see the team');
  return repos.users.all().map(member);
}

export function addMember(
  repos: Repositories,
  actor: SessionUser,
  request: { name: string; role: Role; password: string },
): TeamMember {
  requireQaLead(actor);
  const id = createUser(repos, request.name, request.role, request.password);
  const row = repos.users.byId(id);
  if (!row) throw notFound(`user ${id}`);
  return member(row);
}

/**
 * A QA lead changes a member's role or sets a new password (which signs them out everywhere). The last
 * QA lead keeps the role: a team without one could not manage itself.
 */
export function changeMember(
  repos: Repositories,
  actor: SessionUser,
  userId: number,
  change: { role?: Role | undefined; password?: string | undefined },
): TeamMember {
  requireQaLead(actor);
  const row = repos.users.byId(userId);
  if (!row) throw notFound(`user ${userId}`);
  if (
    change.role !== undefined &&
    change.role !== 'qa_lead' &&
    row.role === 'qa_lead' &&
    repos.users.countWithRole('qa_lead') === 1
  )
    throw new ServiceError(
      409,
      'last_qa_lead',
      `${row.name} is the only QA lead: make someone else one first`,
    );
  repos.db.transaction(() => {
    if (change.role !== undefined) repos.users.setRole(userId, change.role);
    if (change.password !== undefined) {
      repos.users.setPassword(userId, hashPassword(change.password));
      repos.sessions.removeUsersOthers(userId, userId === actor.id ? actor.sessionId : '');
    }
  })();
  return member(repos.users.byId(userId) ?? row);
}

/** Anyone changes their own password, saying the current one; their other sessions end. */
export function changeOwnPassword(
  repos: Repositories,
  actor: SessionUser,
  request: { current: string; password: string },
): void {
  const row = repos.users.byId(actor.id);
  if (!row || !verifyPassword(request.current, row.password_hash))
    throw new ServiceError(403, 'bad_credentials', 'the current password is not right');
  repos.db.transaction(() => {
    repos.users.setPassword(actor.id, hashPassword(request.password));
    repos.sessions.removeUsersOthers(actor.id, actor.sessionId);
  })();
}
