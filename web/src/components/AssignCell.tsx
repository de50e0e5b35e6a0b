import { useState } from 'react';
import type { DocumentSummary, TeamMember } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

/** Today in the reviewer's calendar, as YYYY-MM-DD: what a due date is compared with. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Who a document is with and when it is due, overdue in red while units wait; editors and QA leads
 * change both here (Assign), choosing from the team.
 */
export function AssignCell({
  doc,
  team,
  onChanged,
  onError,
}: {
  doc: DocumentSummary;
  /** Null for a translator, who sees the assignment but does not make it. */
  team: readonly TeamMember[] | null;
  onChanged: () => void;
  onError: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [assignee, setAssignee] = useState(doc.assignedTo?.id ?? 0);
  const [due, setDue] = useState(doc.dueDate ?? '');
  const overdue = doc.dueDate !== null && doc.dueDate < today() && doc.reviewedCount < doc.unitCount;
  const save = (): void => {
    api('PATCH /api/documents/:id/assignment', {
      params: { id: doc.id },
      body: { assignedTo: assignee === 0 ? null : assignee, dueDate: due === '' ? null : due },
    })
      .then(() => {
        setEditing(false);
        onChanged();
      })
      .catch((failure: unknown) => onError(failureMessage(failure, 'the assignment was not saved')));
  };
  if (editing && team)
    return (
      <span className="assign-form">
        <select
          aria-label={`who ${doc.title} is with`}
          value={assignee}
          onChange={(e) => setAssignee(Number(e.target.value))}
        >
          <option value={0}>no one</option>
          {team.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({member.role.replace('_', ' ')})
            </option>
          ))}
        </select>
        <input
          type="date"
          aria-label={`when ${doc.title} is due`}
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
        <button type="button" className="primary" onClick={save}>
          Save
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </span>
    );
  return (
    <span>
      {doc.assignedTo ? doc.assignedTo.name : <span className="muted">—</span>}
      {doc.dueDate && (
        <span className={`small ${overdue ? 'overdue' : 'muted'}`}>
          {' '}
          · due {new Date(`${doc.dueDate}T12:00:00`).toLocaleDateString()}
          {overdue && ' (overdue)'}
        </span>
      )}
      {team && (
        <button
          type="button"
          className="small-button"
          aria-label={`Assign ${doc.title}`}
          onClick={() => setEditing(true)}
        >
          Assign
        </button>
      )}
    </span>
  );
}
