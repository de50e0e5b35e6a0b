import { useCallback, useEffect, useState } from 'react';
import type { DocumentListEntry, DocumentSummary, Me, TeamMember } from '../../../server/domain/api';
import { AssignCell } from '../components/AssignCell';
import { FindAndPair } from '../components/FindAndPair';
import { anyHolds } from '../unit-search';
import { api, failureMessage } from '../api/client';
import { NewDocumentForm } from '../components/NewDocumentForm';
import { ProgressBar } from '../components/ProgressBar';

export function DocumentsPage({ me, onOpen }: { me: Me; onOpen: (id: number) => void }) {
  const [documents, setDocuments] = useState<DocumentListEntry[] | null>(null);
  const [error, setError] = useState('');
  const [creating, setCreating] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const [onlyMine, setOnlyMine] = useState(false);
  const [query, setQuery] = useState('');
  const [pair, setPair] = useState('');
  const [team, setTeam] = useState<TeamMember[] | null>(null);
  const keeper = me.role !== 'translator';

  const load = useCallback(() => {
    api('GET /api/documents')
      .then((result) => setDocuments(result.documents))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load documents')));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    if (!keeper) return;
    api('GET /api/users')
      .then((result) => setTeam(result.users))
      .catch(() => setTeam(null));
  }, [keeper]);

  const setArchived = (doc: DocumentSummary, archived: boolean): void => {
    setError('');
    api('POST /api/documents/:id/archive', { params: { id: doc.id }, body: { archived } })
      .then(load)
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not change the document')));
  };
  const archivedCount = (documents ?? []).filter((doc) => doc.archivedAt !== null).length;
  // With the last archived document restored, the list is the documents in use again.
  useEffect(() => {
    if (archivedCount === 0) setShowArchived(false);
  }, [archivedCount]);
  const mine = (documents ?? []).filter(
    (doc) => doc.archivedAt === null && doc.assignedTo?.id === me.id,
  ).length;
  const pairOf = (doc: DocumentSummary): string => `${doc.sourceLang} → ${doc.targetLang}`;
  const pairs = [...new Set((documents ?? []).map(pairOf))].sort();
  const shown = (documents ?? []).filter(
    (doc) =>
      (doc.archivedAt !== null) === (showArchived && archivedCount > 0) &&
      (!onlyMine || mine === 0 || doc.assignedTo?.id === me.id) &&
      (pair === '' || pairOf(doc) === pair) &&
      anyHolds([doc.title, doc.assignedTo?.name ?? ''], query),
  );

  return (
    <section className="page">
      <div className="page-head">
        <h1>Documents</h1>
        <button type="button" className="primary" onClick={() => setCreating((open) => !open)}>
          {creating ? 'Close' : 'New document'}
        </button>
      </div>
      {creating && (
        <NewDocumentForm
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
      {error && <p className="error">{error}</p>}
      {documents && documents.length === 0 && (
        <p className="muted">No documents yet. Create one from a source and its machine translation.</p>
      )}
      {shown.length > 0 && (
        <p className="small">
          <a href="/api/documents?format=csv">Download the list (CSV)</a>
        </p>
      )}
      {(documents ?? []).length > 5 && (
        <div className="row documents-filters">
          <FindAndPair
            query={query}
            onQuery={setQuery}
            placeholder="title or who has it"
            pairs={pairs}
            pair={pair}
            onPair={setPair}
          />
        </div>
      )}
      {mine > 0 && (
        <label className="inline archived-toggle">
          <input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} />
          only the documents assigned to me ({mine})
        </label>
      )}
      {archivedCount > 0 && (
        <label className="inline archived-toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          show the archived documents ({archivedCount})
        </label>
      )}
      {documents && documents.length > 0 && shown.length === 0 && (
        <p className="muted">
          {query !== '' || pair !== '' ? 'No document matches.' : 'Every document is archived.'}
        </p>
      )}
      {shown.length > 0 && (
        <table className="documents">
          <thead>
            <tr>
              <th>Title</th>
              <th>Languages</th>
              <th className="num">Units</th>
              <th className="num">Flagged</th>
              <th>Review progress</th>
              <th
                className="num"
                title="MQM quality score over the units reviewed so far (the error report's)"
              >
                Quality
              </th>
              <th>Assigned</th>
              <th>Created</th>
              {keeper && <th aria-label="actions" />}
            </tr>
          </thead>
          <tbody>
            {shown.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <a
                    href={`/documents/${doc.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(doc.id);
                    }}
                  >
                    {doc.title}
                  </a>
                </td>
                <td>
                  <span className="pair">
                    {doc.sourceLang} → {doc.targetLang}
                  </span>
                  {(doc.sourceLangDetected || doc.targetLangDetected) && (
                    <span className="muted small"> detected</span>
                  )}
                </td>
                <td className="num">{doc.unitCount}</td>
                <td className="num">
                  {doc.flaggedCount > 0 ? <span className="flag-count">{doc.flaggedCount}</span> : 0}
                </td>
                <td>
                  <ProgressBar value={doc.progress} />
                  <span className="small muted">
                    {' '}
                    {doc.reviewedCount}/{doc.unitCount} reviewed · {doc.approvedCount} approved
                  </span>
                </td>
                <td
                  className="num"
                  title={
                    doc.qualityScore === null
                      ? 'nothing reviewed yet: no errors recorded is not a score'
                      : `MQM score over ${doc.scoredUnits} of ${doc.unitCount} units${doc.scoredUnits < doc.unitCount ? ' (provisional)' : ''}`
                  }
                >
                  {doc.qualityScore === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <>
                      {doc.qualityScore.toFixed(1)}
                      {doc.scoredUnits < doc.unitCount && <span className="muted small">*</span>}
                    </>
                  )}
                </td>
                <td className="assigned">
                  <AssignCell doc={doc} team={keeper ? team : null} onChanged={load} onError={setError} />
                </td>
                <td className="small muted">
                  {new Date(doc.createdAt).toLocaleDateString()} {doc.createdBy ? `by ${doc.createdBy}` : ''}
                </td>
                {keeper && (
                  <td className="num">
                    <button
                      type="button"
                      aria-label={`${doc.archivedAt === null ? 'Archive' : 'Restore'} ${doc.title}`}
                      onClick={() => setArchived(doc, doc.archivedAt === null)}
                    >
                      {doc.archivedAt === null ? 'Archive' : 'Restore'}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
