import { useEffect, useState } from 'react';
import type { CheckInfo } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

/** The check reference, from the registry the flagger runs. */
export function ChecksPage() {
  const [checks, setChecks] = useState<CheckInfo[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api('GET /api/checks')
      .then((result) => setChecks(result.checks))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load the checks')));
  }, []);
  return (
    <section className="page">
      <div className="page-head">
        <h1>Checks</h1>
      </div>
      <p className="muted">
        What mt-review looks for in a machine translation, in the order flags are listed. The severity is the
        default; a check may raise or lower it for a finding.
      </p>
      {error && <p className="error">{error}</p>}
      {checks && (
        <table className="documents checks">
          <thead>
            <tr>
              <th>Check</th>
              <th>MQM category</th>
              <th>Severity</th>
              <th>What it flags</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.id}>
                <td>
                  <strong>{check.name}</strong>
                  <div className="muted small pair">{check.id}</div>
                </td>
                <td>{check.category}</td>
                <td>
                  <span className={`sev sev-${check.severity}`}>{check.severity}</span>
                </td>
                <td className="small">{check.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
