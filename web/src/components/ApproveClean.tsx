import { useState } from 'react';
import type { DocumentDetail, Me } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

/**
 * Approves at once the units with no finding, for the roles that may approve, after asking: an editor
 * of a long article need not click through the sentences nothing was found in.
 */
export function ApproveClean({
  doc,
  me,
  onDone,
}: {
  doc: DocumentDetail;
  me: Me;
  onDone: (doc: DocumentDetail) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState('');
  if (!me.allowedStatuses.includes('approved')) return null;
  const count = doc.approvableAtOnce;
  const approve = (): void => {
    setAsking(false);
    api('POST /api/documents/:id/approve-clean', { params: { id: doc.id } })
      .then((result) => {
        setSaid(`Approved ${result.approved} ${result.approved === 1 ? 'unit' : 'units'}.`);
        onDone(result.document);
      })
      .catch((failure: unknown) => setSaid(failureMessage(failure, 'could not approve')));
  };
  return (
    <p className="approve-clean small">
      {count > 0 && !asking && (
        <button type="button" className="small-button" onClick={() => setAsking(true)}>
          Approve {count} {count === 1 ? 'unit' : 'units'} with no finding
        </button>
      )}
      {asking && (
        <>
          Approve the {count} {count === 1 ? 'unit' : 'units'} untouched since import with no finding open?{' '}
          <button type="button" className="small-button primary" onClick={approve}>
            Approve
          </button>{' '}
          <button type="button" className="small-button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </>
      )}
      {said && <span className="muted"> {said}</span>}
    </p>
  );
}
