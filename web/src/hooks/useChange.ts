import { useState } from 'react';
import { failureMessage } from '../api/client';

/**
 * A change a page makes on the server: busy while it runs; then, once `after` has shown the new state,
 * what to tell the user — the request's own words, or the server's reason it failed (else `failed`).
 */
export function useChange(failed: string, after: () => unknown) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const run = (request: Promise<string>): void => {
    setBusy(true);
    setError('');
    setNotice('');
    request
      .then(async (done) => {
        await after();
        setNotice(done);
      })
      .catch((failure: unknown) => setError(failureMessage(failure, failed)))
      .finally(() => setBusy(false));
  };
  return { busy, error, notice, run, setError };
}
