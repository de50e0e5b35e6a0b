import type { HistoryEntry } from '../../../server/domain/api';
import { DiffView } from './DiffView';

/** Entries of the audit trail: when, who, what — an edit with its changes, a decision with its comment. */
export function HistoryList({
  entries,
  lang,
  withUnits = false,
}: {
  entries: readonly HistoryEntry[];
  /** The translation's language, for the edits' text. */
  lang: string;
  /** Name each entry's unit (the document's history). */
  withUnits?: boolean;
}) {
  if (entries.length === 0) return <p className="muted small">Nothing has been done here yet.</p>;
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="muted">
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> · {entry.user ?? 'system'}
            {withUnits && entry.unit !== null && ` · unit ${entry.unit}`}
          </span>{' '}
          {entry.summary}
          {entry.comment && <span className="muted"> — “{entry.comment}”</span>}
          {entry.before !== undefined && entry.after !== undefined && (
            <DiffView before={entry.before} after={entry.after} lang={lang} label="the edit" />
          )}
        </li>
      ))}
    </ol>
  );
}
