import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../server/domain/api';
import { api } from '../api/client';
import { NewDocumentForm } from '../components/NewDocumentForm';
import { ProgressBar } from '../components/ProgressBar';

export function DocumentsPage({ onOpen }: { onOpen: (id: number) => void }) {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState('');
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    api('GET /api/documents')
      .then((result) => setDocuments(result.documents))
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : 'could not load documents'),
      );
  }, []);
  useEffect(load, [load]);

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
      {documents && documents.length > 0 && (
        <table className="documents">
          <thead>
            <tr>
              <th>Title</th>
              <th>Languages</th>
              <th className="num">Units</th>
              <th className="num">Flagged</th>
              <th>Review progress</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
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
                <td className="small muted">
                  {new Date(doc.createdAt).toLocaleDateString()} {doc.createdBy ? `by ${doc.createdBy}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
