import { type FormEvent, useState } from 'react';
import type { ApiUnit } from '../../../server/domain/api';
import {
  MQM_CATEGORIES,
  SEVERITIES,
  type MqmCategory,
  type Severity,
  type Side,
} from '../../../server/domain/types';
import { api } from '../api/client';

/** Words a reviewer selected in a unit: where, and their place in the source or the machine translation. */
export interface Marked {
  side: Side;
  text: string;
  /** Null when the words are not in the machine translation (a corrected translation's own). */
  span: { start: number; end: number } | null;
}

/**
 * Records an error the checks did not find, as MQM has it: category, severity, the words (selected in
 * the text before asking) and a comment. The error report counts it.
 */
export function MarkErrorForm({
  unit,
  marked,
  onSaved,
  onCancel,
  onError,
}: {
  unit: ApiUnit;
  marked: Marked | null;
  onSaved: (unit: ApiUnit) => void;
  onCancel: () => void;
  onError: (message: string) => void;
}) {
  const [category, setCategory] = useState<MqmCategory>('Accuracy/Mistranslation');
  const [severity, setSeverity] = useState<Severity>('major');
  const [side, setSide] = useState<Side>(marked?.side ?? 'target');
  const [comment, setComment] = useState('');
  const save = (event: FormEvent): void => {
    event.preventDefault();
    const span = marked?.span;
    const body = {
      category,
      severity,
      side: marked?.side ?? side,
      ...(span ? { start: span.start, end: span.end } : {}),
      ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
    };
    api('POST /api/units/:id/issues', { params: { id: unit.id }, body })
      .then(onSaved)
      .catch((failure: unknown) =>
        onError(failure instanceof Error ? failure.message : 'the error was not marked'),
      );
  };
  return (
    <form className="mark-error" onSubmit={save} aria-label="mark an error">
      <span className="small">
        {marked ? (
          <>
            Marking “{marked.text}” in the {marked.side === 'source' ? 'source' : 'translation'}
            {!marked.span && ' (not in the machine translation: the whole unit)'}
          </>
        ) : (
          <label className="inline">
            Error in the
            <select value={side} onChange={(e) => setSide(e.target.value === 'source' ? 'source' : 'target')}>
              <option value="target">translation</option>
              <option value="source">source</option>
            </select>
          </label>
        )}
      </span>
      <label className="inline">
        Category
        <select
          value={category}
          onChange={(e) => setCategory(MQM_CATEGORIES.find((c) => c === e.target.value) ?? 'Other')}
        >
          {MQM_CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label className="inline">
        Severity
        <select
          value={severity}
          onChange={(e) => setSeverity(SEVERITIES.find((s) => s === e.target.value) ?? 'minor')}
        >
          {SEVERITIES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label className="inline comment">
        Comment
        <input value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} autoFocus />
      </label>
      <button type="submit" className="primary">
        Mark
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
