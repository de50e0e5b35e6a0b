import { useState } from 'react';

/** Asks an editor who rejects a unit why, for the translator who picks it up again; the answer may be left out. */
export function RejectForm({
  onReject,
  onCancel,
}: {
  onReject: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="reject-form"
      onSubmit={(event) => {
        event.preventDefault();
        onReject(reason);
      }}
    >
      <label className="inline">
        Why reject it?
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
          placeholder="for the translator (optional)"
          maxLength={2000}
          autoFocus
        />
      </label>
      <button type="submit" className="primary" data-action="confirm-reject">
        Reject
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
