import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Me, TeamMember } from '../../../server/domain/api';
import { ROLES, type Role } from '../../../server/domain/types';
import { api, failureMessage } from '../api/client';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { NewPasswordInput } from '../components/NewPasswordInput';

const ROLE_CHOICES = ROLES.map((role) => [role, role.replace('_', ' ')] as const);

/** A QA lead's team: who reviews, in which role; new reviewers, new roles, new passwords. */
export function TeamPage({ me }: { me: Me }) {
  const [users, setUsers] = useState<TeamMember[] | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('translator');
  const [password, setPassword] = useState('');
  const [resetting, setResetting] = useState<{ id: number; password: string } | null>(null);

  const load = useCallback(() => {
    api('GET /api/users')
      .then((result) => setUsers(result.users))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load the team')));
  }, []);
  useEffect(load, [load]);

  const done = (said: string) => (): void => {
    setError('');
    setNotice(said);
    load();
  };
  const add = (event: FormEvent): void => {
    event.preventDefault();
    api('POST /api/users', { body: { name: name.trim(), role, password } })
      .then(() => {
        setName('');
        setPassword('');
        done(`Added ${name.trim()}: they can sign in now.`)();
      })
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not add the reviewer')));
  };
  const change = (user: TeamMember, body: { role?: Role; password?: string }, said: string): void => {
    api('PATCH /api/users/:id', { params: { id: user.id }, body })
      .then(done(said))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not change the reviewer')));
  };

  return (
    <section className="page team">
      <div className="page-head">
        <h1>Team</h1>
      </div>
      <form className="card team-form" onSubmit={add} aria-label="add a reviewer">
        <label className="inline">
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="off" />
        </label>
        <ChoiceSelect label="Role" value={role} choices={ROLE_CHOICES} onChange={setRole} />
        <label className="inline">
          Password
          <NewPasswordInput value={password} onChange={setPassword} />
        </label>
        <button type="submit" className="primary">
          Add reviewer
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && !error && <p className="notice">{notice}</p>}
      {users && (
        <table className="documents team-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Since</th>
              <th aria-label="password" />
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name}
                  {user.id === me.id && <span className="muted small"> (you)</span>}
                </td>
                <td>
                  <ChoiceSelect
                    label={`role of ${user.name}`}
                    hideLabel
                    value={user.role}
                    choices={ROLE_CHOICES}
                    onChange={(next) =>
                      change(user, { role: next }, `${user.name} is now ${next.replace('_', ' ')}.`)
                    }
                  />
                </td>
                <td className="small muted">{new Date(user.createdAt).toLocaleDateString()}</td>
                <td className="num">
                  {resetting?.id === user.id ? (
                    <form
                      className="inline-form"
                      onSubmit={(event) => {
                        event.preventDefault();
                        change(
                          user,
                          { password: resetting.password },
                          `${user.name} has a new password and is signed out.`,
                        );
                        setResetting(null);
                      }}
                    >
                      <NewPasswordInput
                        label={`new password for ${user.name}`}
                        value={resetting.password}
                        onChange={(next) => setResetting({ id: user.id, password: next })}
                        autoFocus
                      />
                      <button type="submit" className="small-button primary">
                        Set
                      </button>
                      <button type="button" className="small-button" onClick={() => setResetting(null)}>
                        Cancel
                      </button>
                    </form>
                  ) : (
                    <button
                      type="button"
                      className="small-button"
                      onClick={() => setResetting({ id: user.id, password: '' })}
                    >
                      New password
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
