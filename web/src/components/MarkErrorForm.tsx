import { type FormEvent, useState } from 'react';
import type { ApiUnit } from '../../../server/domain/api';
import {
  MQM_CATEGORIES,
  SEVERITIES,
  type MqmCategory,
  type Severity,
  type Side,
} from '../../../server/domain/types';
import { api, failureMessage } from '../api/client';
import { ChoiceSelect } from './ChoiceSelect';

const SIDES: readonly (readonly [Side, string])[] = [
  ['target', 'translation'],
  ['source', 'source'],
];
const CATEGORIES = MQM_CATEGORIES.map((c) => [c, c] as const);
const SEVERITY_CHOICES = SEVERITIES.map((s) => [s, s] as const);

/** Words a reviewer selected in a unit: where, and their place in the source or the machine translation. */
export interface Marked {
  side: Side;
  text: string;
  /** Null when the words are not in the machine translation (a corrected translation's own). */
  span: { start: number; end: number } | null;
}

/**
 * The words selected inside one of the unit's texts, with their place in the source or the machine
 * translation: the same words in a corrected translation are looked for in the machine's.
 */
export function selectedWords(
  elements: { source: HTMLElement | null; target: HTMLElement | null },
  unit: ApiUnit,
): Marked | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  for (const side of ['source', 'target'] as const) {
    const element = elements[side];
    if (!element?.contains(range.startContainer) || !element.contains(range.endContainer)) continue;
    const before = document.createRange();
    before.selectNodeContents(element);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const text = range.toString();
    if (text.trim() === '') return null;
    if (side === 'source' || unit.target === unit.targetMt)
      return { side, text, span: { start, end: start + text.length } };
    const at = unit.targetMt.indexOf(text);
    return { side, text, span: at < 0 ? null : { start: at, end: at + text.length } };
  }
  return null;
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
      .catch((failure: unknown) => onError(failureMessage(failure, 'the error was not marked')));
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
          <ChoiceSelect label="Error in the" value={side} choices={SIDES} onChange={setSide} />
        )}
      </span>
      <ChoiceSelect label="Category" value={category} choices={CATEGORIES} onChange={setCategory} />
      <ChoiceSelect label="Severity" value={severity} choices={SEVERITY_CHOICES} onChange={setSeverity} />
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
