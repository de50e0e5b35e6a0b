import { useRef, useState } from 'react';
import type { ApiFlag, ApiIssue, ApiUnit, DocumentDetail, Me } from '../../../server/domain/api';
import type { FlagDecision, MqmCategory, Severity, UnitStatus } from '../../../server/domain/types';
import { ApiFailure, api, failureMessage } from '../api/client';
import { AlignmentMenu } from './AlignmentMenu';
import { UnitHistory } from './UnitHistory';
import { DiffView } from './DiffView';
import { FlagList } from './FlagList';
import { IssueList } from './IssueList';
import { UnitComments } from './UnitComments';
import { MemoryMatches } from './MemoryMatches';
import { useMemoryMatches } from '../hooks/useMemoryMatches';
import { RejectForm } from './RejectForm';
import { type Marked, MarkErrorForm, selectedWords } from './MarkErrorForm';
import { HighlightedText } from './HighlightedText';
import { highlights } from '../unit-highlights';
import { textAttributes } from '../text-direction';
import { flagKey } from '../unit-search';
import { ProgressBar } from './ProgressBar';

/** A status as the note of the reviewer who set it opens. */
const STATUS_NAMES: Readonly<Record<UnitStatus, string>> = {
  new: 'Reopened',
  flagged: 'Reopened',
  corrected: 'Corrected',
  no_error: 'Marked no error',
  approved: 'Approved',
  rejected: 'Rejected',
};

const STATUS_ACTIONS: { status: UnitStatus; label: string }[] = [
  { status: 'no_error', label: 'No error' },
  { status: 'approved', label: 'Approve' },
  { status: 'rejected', label: 'Reject' },
  { status: 'flagged', label: 'Reopen' },
];

export function UnitCard({
  unit,
  languages,
  me,
  isFirst,
  isLast,
  realignable,
  flagsAlike,
  onChange,
  onDocument,
}: {
  unit: ApiUnit;
  /** The document's source and target languages: each side is marked with its own, and its direction. */
  languages: { source: string; target: string };
  me: Me;
  isFirst: boolean;
  isLast: boolean;
  /** False for the segments of an imported XLIFF, which go back into it as they are. */
  realignable: boolean;
  /** The document's open flags by kind (flagKey): one decision may cover all of a kind. */
  flagsAlike: ReadonlyMap<string, number>;
  onChange: (unit: ApiUnit) => void;
  onDocument: (doc: DocumentDetail) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(unit.target);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  /** An editor rejecting says why, for the translator who picks the unit up again. */
  const [rejecting, setRejecting] = useState(false);
  /** The words a reviewer is marking as an error, while the form asks what kind. */
  const [marking, setMarking] = useState<{ marked: Marked | null } | null>(null);
  const [commenting, setCommenting] = useState(false);
  const sourceText = useRef<HTMLDivElement>(null);
  const memory = useMemoryMatches(unit.id, editing);
  const targetText = useRef<HTMLDivElement>(null);

  const fail = (failure: unknown): void => {
    if (
      failure instanceof ApiFailure &&
      failure.status === 409 &&
      typeof failure.details === 'object' &&
      failure.details !== null
    ) {
      onChange(failure.details as ApiUnit);
      setError(
        'Someone else changed this unit meanwhile. Their version is shown; your text is still in the editor.',
      );
      return;
    }
    setError(failureMessage(failure, 'the change was not saved'));
  };

  const save = (): void => {
    setSaving(true);
    setError('');
    api('PATCH /api/units/:id', { params: { id: unit.id }, body: { target: draft, version: unit.version } })
      .then((saved) => {
        onChange(saved);
        setEditing(false);
      })
      .catch(fail)
      .finally(() => setSaving(false));
  };

  /** A suggested word in place of the span a flag marks, saved at once (the editor stays closed). */
  const replace = (flag: ApiFlag, replacement: string): void => {
    if (!flag.span) return;
    setError('');
    const target = unit.target.slice(0, flag.span.start) + replacement + unit.target.slice(flag.span.end);
    // Applying a flag's own fix or suggestion confirms it: the error report keeps the error it mended.
    api('PATCH /api/units/:id', {
      params: { id: unit.id },
      body: { target, version: unit.version, flag: flag.id },
    })
      .then(onChange)
      .catch(fail);
  };

  const cancel = (): void => {
    setEditing(false);
    setDraft(unit.target);
    setError('');
  };

  const setStatus = (status: UnitStatus, comment = ''): void => {
    setError('');
    const body = {
      status,
      version: unit.version,
      ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
    };
    api('POST /api/units/:id/status', { params: { id: unit.id }, body })
      .then(onChange)
      .catch(fail);
  };

  const removeIssue = (issue: ApiIssue): void => {
    api('DELETE /api/issues/:id', { params: { id: issue.id } })
      .then(onChange)
      .catch(fail);
  };

  const decide = (
    flag: ApiFlag,
    decision: FlagDecision,
    options: { all?: boolean; severity?: Severity; category?: MqmCategory } = {},
  ): void => {
    const { all = false, ...judged } = options;
    const body = { decision, alike: all, ...judged };
    api('POST /api/flags/:id/decision', { params: { id: flag.id }, body })
      .then(onChange)
      .catch(fail);
  };

  const edited = unit.target !== unit.targetMt;
  const actions = STATUS_ACTIONS.filter(
    (a) =>
      me.allowedStatuses.includes(a.status) &&
      a.status !== unit.status &&
      (a.status !== 'flagged' || ['approved', 'rejected', 'no_error'].includes(unit.status)),
  );

  return (
    <article
      className={`unit status-${unit.status} ${unit.flagged ? 'is-flagged' : ''}`}
      data-unit-id={unit.id}
      aria-label={`unit ${unit.position + 1}`}
      tabIndex={-1}
    >
      <div className="unit-meta">
        <span className="unit-number">{unit.position + 1}</span>
        <span className={`status-chip status-chip-${unit.status}`}>{unit.status.replace('_', ' ')}</span>
        <span className="risk" title={`risk ${unit.risk.toFixed(2)}`}>
          risk <ProgressBar value={unit.risk} tone="risk" label="risk" /> {Math.round(unit.risk * 100)}
        </span>
        {unit.similarity !== null && (
          <span className="similarity" title={`cross-lingual similarity ${unit.similarity.toFixed(2)}`}>
            similarity <ProgressBar value={unit.similarity} tone="similarity" label="similarity" />
          </span>
        )}
        <span className="sentences muted small">
          {unit.sourceSentences.length === 0
            ? 'no source'
            : `src ${unit.sourceSentences.map((i) => i + 1).join('+')}`}{' '}
          ·{' '}
          {unit.targetSentences.length === 0
            ? 'no target'
            : `tgt ${unit.targetSentences.map((i) => i + 1).join('+')}`}
        </span>
      </div>
      <div className="unit-text">
        <div className="side source" {...textAttributes(languages.source)}>
          {unit.source ? (
            <div className="source-text" ref={sourceText}>
              <HighlightedText text={unit.source} highlights={highlights(unit, 'source')} />
            </div>
          ) : (
            <em className="muted">(no source)</em>
          )}
          {unit.terms.length > 0 && (
            <p className="unit-terms small" aria-label="glossary terms">
              Glossary:{' '}
              {unit.terms.map((term, k) => (
                <span key={term.sourceTerm} title={term.note || undefined}>
                  {k > 0 && ' · '}
                  {term.sourceTerm} → {term.approved.join(' or ') || '—'}
                  {term.forbidden.length > 0 && (
                    <span className="muted"> (not {term.forbidden.join(', ')})</span>
                  )}
                </span>
              ))}
            </p>
          )}
        </div>
        <div className="side target">
          {editing ? (
            <div className="editor">
              <textarea
                {...textAttributes(languages.target)}
                aria-label="corrected translation"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  // Translators keep their hands on the keyboard: Ctrl+Enter saves, Escape cancels.
                  // Ctrl+Shift+1 takes the best match from the translation memory (Ctrl+1 is the browser's).
                  const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
                  const match =
                    (e.ctrlKey || e.metaKey) && e.shiftKey && digit ? memory[Number(digit) - 1] : undefined;
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    save();
                  } else if (match) {
                    e.preventDefault();
                    setDraft(match.target);
                  } else if (e.key === 'Escape') {
                    cancel();
                  }
                }}
                rows={Math.max(3, Math.ceil(draft.length / 70))}
                autoFocus
              />
              <div className="editor-actions">
                <button type="button" className="primary" onClick={save} disabled={saving}>
                  {saving ? 'Saving…' : 'Save'}
                </button>
                <button type="button" onClick={cancel}>
                  Cancel
                </button>
                <span className="muted small">
                  Ctrl+Enter saves · Esc cancels{memory.length > 0 && ' · Ctrl+Shift+1 takes the first match'}
                </span>
              </div>
              <MemoryMatches matches={memory} source={unit.source} languages={languages} onUse={setDraft} />
            </div>
          ) : (
            <>
              <div className="target-text" ref={targetText} {...textAttributes(languages.target)}>
                {unit.target ? (
                  <HighlightedText text={unit.target} highlights={highlights(unit, 'target')} />
                ) : (
                  <em className="muted">(no translation)</em>
                )}
              </div>
              {edited && <DiffView before={unit.targetMt} after={unit.target} lang={languages.target} />}
            </>
          )}
        </div>
      </div>
      <FlagList
        flags={unit.flags}
        onDecide={decide}
        onReplace={editing ? undefined : replace}
        alike={(flag) => flagsAlike.get(flagKey(unit, flag)) ?? 1}
      />
      <IssueList unit={unit} me={me} onRemove={removeIssue} />
      {unit.reasons.length > 0 && unit.flagged && (
        <p className="reasons small muted">
          Why: {unit.reasons.map((r) => `${r.label} (+${r.contribution.toFixed(2)})`).join(', ')}
        </p>
      )}
      {unit.statusNote && (
        <p className="status-note small">
          {STATUS_NAMES[unit.statusNote.status]} by {unit.statusNote.by ?? 'someone'}: “
          {unit.statusNote.comment}”
        </p>
      )}
      <UnitComments
        unit={unit}
        me={me}
        writing={commenting}
        onClose={() => setCommenting(false)}
        onChange={onChange}
        onError={setError}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {marking && (
        <MarkErrorForm
          unit={unit}
          marked={marking.marked}
          onSaved={(saved) => {
            setMarking(null);
            onChange(saved);
          }}
          onCancel={() => setMarking(null)}
          onError={setError}
        />
      )}
      {rejecting && (
        <RejectForm
          onReject={(reason) => {
            setRejecting(false);
            setStatus('rejected', reason);
          }}
          onCancel={() => setRejecting(false)}
        />
      )}
      <div className="unit-actions">
        {!editing && (
          <button
            type="button"
            data-action="edit"
            onClick={() => {
              setDraft(unit.target);
              setEditing(true);
            }}
          >
            Edit
          </button>
        )}
        {!editing && edited && (
          <button
            type="button"
            data-action="restore"
            title="Put the machine translation back (the correction stays in the history)"
            onClick={() => {
              setError('');
              api('PATCH /api/units/:id', {
                params: { id: unit.id },
                body: { target: unit.targetMt, version: unit.version },
              })
                .then(onChange)
                .catch(fail);
            }}
          >
            Undo correction
          </button>
        )}
        {!editing && !marking && (
          <button
            type="button"
            data-action="mark"
            title="Select the wrong words in the source or translation first"
            // Pressing the button must not take away the words selected in the text.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setError('');
              setMarking({
                marked: selectedWords({ source: sourceText.current, target: targetText.current }, unit),
              });
            }}
          >
            Mark error
          </button>
        )}
        {!editing && !commenting && (
          <button type="button" data-action="comment" onClick={() => setCommenting(true)}>
            Comment
          </button>
        )}
        {actions.map((action) => (
          <button
            key={action.status}
            type="button"
            data-action={`status-${action.status}`}
            onClick={() => (action.status === 'rejected' ? setRejecting(true) : setStatus(action.status))}
          >
            {action.label}
          </button>
        ))}
        {unit.updatedBy && <span className="muted small">last change by {unit.updatedBy}</span>}
        {!editing && <UnitHistory unitId={unit.id} lang={languages.target} />}
        {!editing && realignable && (
          <AlignmentMenu
            unit={unit}
            isFirst={isFirst}
            isLast={isLast}
            onDocument={onDocument}
            onError={setError}
          />
        )}
      </div>
    </article>
  );
}
