import type { HistoryEntry } from '../../../server/domain/api';
import { DiffView } from './DiffView';

/** Entries of the audit trail: when, who, what — an edit with its changes, a decision with its comment. */
export function HistoryList({
  entries,
  lang,
  onUnit,
}: {
  entries: readonly HistoryEntry[];
  /** The translation's language, for the edits' text. */
  lang: string;
  /** In the document's history: each entry names its unit, which this goes to. */
  onUnit?: (unit: number) => void;
}) {
  if (entries.length === 0) return <p className="muted small">Nothing has been done here yet.</p>;
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="muted">
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> · {entry.user ?? 'system'}
            {onUnit && entry.unit !== null && (
              <>
                {' · '}
                <button type="button" className="link" onClick={() => onUnit(entry.unit ?? 0)}>
                  unit {entry.unit}
                </button>
              </>
            )}
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
