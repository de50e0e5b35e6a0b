import { type FormEvent, useState } from 'react';
import type { Me } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setError('');
    api('POST /api/auth/login', { body: { username, password } })
      .then(onSignedIn)
      .catch((failure: unknown) => setError(failureMessage(failure, 'sign-in failed')));
  };

  return (
    <div className="login">
      <form onSubmit={submit} className="card login-card">
        <h1>mt-review</h1>
        <p className="muted">Machine-translation review: find what the MT got wrong, fix it, approve it.</p>
        <label>
          User name
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
            autoFocus
          />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          Sign in
        </button>
      </form>
    </div>
  );
}
