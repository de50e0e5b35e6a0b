import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';
import { HistoryList } from './HistoryList';

/** The document's whole audit trail, oldest first: import, edits, decisions, annotations, re-alignments. */
export function DocumentHistory({
  documentId,
  lang,
  onClose,
  onUnit,
}: {
  documentId: number;
  lang: string;
  onClose: () => void;
  /** Goes to a unit the history names. */
  onUnit: (unit: number) => void;
}) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api('GET /api/documents/:id/history', { params: { id: documentId } })
      .then((history) => setEntries(history.entries))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load')));
  }, [documentId]);
  return (
    <section className="document-history panel" aria-label="Document history">
      <p className="panel-head small">
        <strong>History</strong>{' '}
        <button type="button" className="small-button" onClick={onClose}>
          Close
        </button>
      </p>
      {error ? (
        <p className="error small">{error}</p>
      ) : entries === null ? (
        <p className="muted small">Loading…</p>
      ) : (
        <HistoryList entries={entries} lang={lang} onUnit={onUnit} />
      )}
    </section>
  );
}
