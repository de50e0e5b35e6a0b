import { useState } from 'react';
import type { HistoryEntry } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';
import { HistoryList } from './HistoryList';

/** Who did what to the unit and when, from the audit trail: read when the reviewer opens it. */
export function UnitHistory({ unitId, lang }: { unitId: number; lang: string }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState('');
  const load = (): void => {
    api('GET /api/units/:id/history', { params: { id: unitId } })
      .then((history) => setEntries(history.entries))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load')));
  };
  return (
    <details
      className="unit-history"
      onToggle={(event) => {
        if (event.currentTarget.open && entries === null) load();
      }}
    >
      <summary>History</summary>
      {error ? (
        <p className="error small">{error}</p>
      ) : entries === null ? (
        <p className="muted small">Loading…</p>
      ) : (
        <HistoryList entries={entries} lang={lang} />
      )}
    </details>
  );
}
