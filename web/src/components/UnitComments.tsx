import { useState } from 'react';
import type { ApiComment, ApiUnit, Me } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

/**
 * The reviewers' discussion of a unit: each remark with who wrote it and when, removable by its author
 * or a QA lead, and, while `writing`, a box for a new one (Ctrl+Enter posts, Esc closes).
 */
export function UnitComments({
  unit,
  me,
  writing,
  onClose,
  onChange,
  onError,
}: {
  unit: ApiUnit;
  me: Me;
  writing: boolean;
  onClose: () => void;
  onChange: (unit: ApiUnit) => void;
  onError: (message: string) => void;
}) {
  const [body, setBody] = useState('');
  const [posting, setPosting] = useState(false);
  const post = (): void => {
    setPosting(true);
    api('POST /api/units/:id/comments', { params: { id: unit.id }, body: { body } })
      .then((saved) => {
        setBody('');
        onClose();
        onChange(saved);
      })
      .catch((failure: unknown) => onError(failureMessage(failure, 'the comment was not posted')))
      .finally(() => setPosting(false));
  };
  const remove = (comment: ApiComment): void => {
    api('DELETE /api/comments/:id', { params: { id: comment.id } })
      .then(onChange)
      .catch((failure: unknown) => onError(failureMessage(failure, 'the comment was not removed')));
  };
  if (unit.comments.length === 0 && !writing) return null;
  return (
    <section className="comments" aria-label="discussion">
      {unit.comments.length > 0 && (
        <ul>
          {unit.comments.map((comment) => (
            <li key={comment.id}>
              <span className="comment-by">{comment.createdBy ?? 'someone'}</span>{' '}
              <time className="muted small" dateTime={comment.createdAt}>
                {new Date(comment.createdAt).toLocaleString()}
              </time>{' '}
              {(comment.createdBy === me.name || me.role === 'qa_lead') && (
                <button type="button" className="small-button" onClick={() => remove(comment)}>
                  Remove
                </button>
              )}
              <p>{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {writing && (
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            post();
          }}
        >
          <textarea
            aria-label="comment"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                post();
              } else if (e.key === 'Escape') onClose();
            }}
            placeholder="A question or an answer for the team (Ctrl+Enter posts)"
            rows={2}
            maxLength={4000}
            autoFocus
          />
          <button type="submit" className="primary" disabled={posting || body.trim() === ''}>
            Post
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}
