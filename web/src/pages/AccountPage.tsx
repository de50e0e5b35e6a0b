import { type FormEvent, useState } from 'react';
import type { Me } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';
import { NewPasswordInput } from '../components/NewPasswordInput';

/** A reviewer's own account: their role, and a new password (their other sessions end). */
export function AccountPage({ me }: { me: Me }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const save = (event: FormEvent): void => {
    event.preventDefault();
    setNotice('');
    if (password !== repeated) {
      setError('the two new passwords differ');
      return;
    }
    api('POST /api/me/password', { body: { current, password } })
      .then(() => {
        setError('');
        setCurrent('');
        setPassword('');
        setRepeated('');
        setNotice('Password changed; your other sessions are signed out.');
      })
      .catch((failure: unknown) => setError(failureMessage(failure, 'not changed')));
  };
  return (
    <section className="page account">
      <div className="page-head">
        <h1>
          {me.name} <span className="muted small">{me.role.replace('_', ' ')}</span>
        </h1>
      </div>
      <form className="card account-form" onSubmit={save} aria-label="change your password">
        <label>
          Current password
          <input
            type="password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
            autoComplete="current-password"
          />
        </label>
        <label>
          New password
          <NewPasswordInput value={password} onChange={setPassword} />
        </label>
        <label>
          New password again
          <NewPasswordInput value={repeated} onChange={setRepeated} />
        </label>
        <button type="submit" className="primary">
          Change password
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {notice && <p className="notice">{notice}</p>}
      </form>
    </section>
  );
}
