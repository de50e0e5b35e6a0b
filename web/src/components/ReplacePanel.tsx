import { type FormEvent, useState } from 'react';
import type { DocumentDetail, ReplacePreview, ReplaceRequest } from '../../../server/domain/api';
import { ApiFailure, api } from '../api/client';
import { DiffView } from './DiffView';

function Option({
  label,
  title,
  checked,
  onChange,
}: {
  label: string;
  title?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="inline" title={title}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Replaces words in every translation of the document — a name or term the machine got wrong the same
 * way throughout — after showing each unit it would change, before and after, for the reviewer to
 * keep or leave out. Nothing is written until they say so, and then all of it or nothing.
 */
export function ReplacePanel({
  doc,
  initialFind,
  onDone,
  onClose,
}: {
  doc: DocumentDetail;
  /** What the reviewer was looking for on the page, if anything: often the words to replace. */
  initialFind: string;
  onDone: (doc: DocumentDetail) => void;
  onClose: () => void;
}) {
  const [request, setRequest] = useState<ReplaceRequest>({
    find: initialFind.trim(),
    replacement: '',
    matchCase: false,
    wholeWords: true,
  });
  const [preview, setPreview] = useState<ReplacePreview | null>(null);
  const [left, setLeft] = useState<ReadonlySet<number>>(new Set());
  const [said, setSaid] = useState('');

  const change = (part: Partial<ReplaceRequest>): void => {
    setRequest((current) => ({ ...current, ...part }));
    // A preview of other words would replace what the reviewer did not see.
    setPreview(null);
  };
  const fail = (failure: unknown): void => {
    setPreview(null);
    setSaid(
      failure instanceof ApiFailure && failure.status === 409
        ? 'A unit changed since the preview: preview again.'
        : failure instanceof Error
          ? failure.message
          : 'could not replace',
    );
  };
  const showPreview = (event: FormEvent): void => {
    event.preventDefault();
    setSaid('');
    api('POST /api/documents/:id/replace/preview', { params: { id: doc.id }, body: request }).then(
      (shown) => {
        setPreview(shown);
        setLeft(new Set());
        if (shown.units.length === 0) setSaid(`No translation holds “${request.find}”.`);
      },
      fail,
    );
  };
  const chosen = preview?.units.filter((unit) => unit.editable && !left.has(unit.id)) ?? [];
  const replace = (): void => {
    const units = chosen.map(({ id, version }) => ({ id, version }));
    api('POST /api/documents/:id/replace', { params: { id: doc.id }, body: { ...request, units } }).then(
      (result) => {
        setPreview(null);
        setSaid(`Replaced in ${plural(result.replaced, 'unit')}.`);
        onDone(result.document);
      },
      fail,
    );
  };
  const toggle = (id: number): void =>
    setLeft((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section className="replace-panel panel" aria-label="Replace in translations">
      <form className="replace-form" onSubmit={showPreview}>
        <label className="inline">
          Find what
          <input value={request.find} onChange={(e) => change({ find: e.target.value })} required autoFocus />
        </label>
        <label className="inline">
          Replace with
          <input value={request.replacement} onChange={(e) => change({ replacement: e.target.value })} />
        </label>
        <Option
          label="Match case"
          checked={request.matchCase}
          onChange={(matchCase) => change({ matchCase })}
        />
        <Option
          label="Whole words"
          title="Not inside a longer word; languages written without spaces have no word edges"
          checked={request.wholeWords}
          onChange={(wholeWords) => change({ wholeWords })}
        />
        <button type="submit" className="small-button">
          Preview
        </button>
        <button type="button" className="small-button" onClick={onClose}>
          Close
        </button>
      </form>
      {preview && preview.units.length > 0 && (
        <>
          <p className="small muted">
            “{request.find}”{' '}
            {preview.occurrences === 1 ? 'occurs once' : `occurs ${preview.occurrences} times`} in the
            translations you may change; untick a unit to leave it as it is.
          </p>
          <ul className="replace-preview">
            {preview.units.map((unit) => (
              <li key={unit.id}>
                <label className="inline">
                  <input
                    type="checkbox"
                    checked={unit.editable && !left.has(unit.id)}
                    disabled={!unit.editable}
                    onChange={() => toggle(unit.id)}
                  />
                  Unit {unit.position + 1}
                  {unit.count > 1 && ` (${unit.count}×)`}
                  {!unit.editable && ' — approved: an editor’s to change'}
                </label>
                <DiffView
                  before={unit.target}
                  after={unit.replaced}
                  lang={doc.targetLang}
                  label={`unit ${unit.position + 1} after replacing`}
                />
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary small-button"
            disabled={chosen.length === 0}
            onClick={replace}
          >
            Replace in {plural(chosen.length, 'unit')}
          </button>
        </>
      )}
      {said && <p className="small muted">{said}</p>}
    </section>
  );
}
