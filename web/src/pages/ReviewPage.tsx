import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiUnit, DocumentDetail, Me } from '../../../server/domain/api';
import type { UnitStatus } from '../../../server/domain/types';
import { api, failureMessage } from '../api/client';
import { ApproveClean } from '../components/ApproveClean';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DocumentHistory } from '../components/DocumentHistory';
import { ReplacePanel } from '../components/ReplacePanel';
import { UnitCard } from '../components/UnitCard';
import { useRevisionWatch } from '../hooks/useRevisionWatch';
import { useUnitKeys } from '../hooks/useUnitKeys';
import { checksFound, containsText, hasFindingOf, isFinding, openFlagsAlike } from '../unit-search';

type Filter = 'all' | 'flagged' | 'findings' | 'discussed' | UnitStatus;
const FILTERS: readonly (readonly [Filter, string])[] = [
  ['all', 'all units'],
  ['flagged', 'flagged'],
  // A check's finding below the risk threshold (a double space, a minor locale slip) is still worth a look.
  ['findings', 'with a finding'],
  // Where the team talked: a question waiting for an answer, a decision to read before approving.
  ['discussed', 'with comments'],
  ['new', 'new'],
  ['corrected', 'corrected'],
  ['no_error', 'no error'],
  ['approved', 'approved'],
  ['rejected', 'rejected'],
];
/** Whether a unit belongs under the filter: a status, the flagged ones, or any with a finding not dismissed. */
function shows(unit: ApiUnit, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'flagged') return unit.flagged;
  if (filter === 'findings') return unit.flags.some(isFinding);
  if (filter === 'discussed') return unit.comments.length > 0;
  return unit.status === filter;
}

type Order = 'document' | 'risk';
const ORDERS: readonly (readonly [Order, string])[] = [
  ['document', 'document order'],
  ['risk', 'riskiest first'],
];

export function ReviewPage({ documentId, me, onBack }: { documentId: number; me: Me; onBack: () => void }) {
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [order, setOrder] = useState<Order>('document');
  const [query, setQuery] = useState('');
  const [check, setCheck] = useState('any');
  const [replacing, setReplacing] = useState(false);
  const [showingHistory, setShowingHistory] = useState(false);
  /** The error report's MQM score so far, worked out again whenever the document changes. */
  const [quality, setQuality] = useState<{ score: number | null; reviewed: number } | null>(null);
  useUnitKeys();

  const load = useCallback(() => {
    api('GET /api/documents/:id', { params: { id: documentId } })
      .then(setDoc)
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load the document')));
  }, [documentId]);
  useEffect(load, [load]);
  /** When the page last took in changes made elsewhere: shown, so that a unit changing under the reader is explained. */
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const catchUp = useCallback(() => {
    load();
    setUpdatedAt(new Date());
  }, [load]);
  useRevisionWatch(documentId, doc?.revision, catchUp);
  useEffect(() => {
    if (!doc) return;
    api('GET /api/documents/:id/quality', { params: { id: doc.id } })
      .then((quality) => setQuality({ score: quality.qualityScore, reviewed: quality.scoredUnits }))
      .catch(() => setQuality(null));
  }, [doc]);

  // An edit re-scores the whole document (document-level checks); reload to show every unit's new state.
  const changed = useCallback(
    (unit: ApiUnit) => {
      setDoc((current) =>
        current ? { ...current, units: current.units.map((u) => (u.id === unit.id ? unit : u)) } : current,
      );
      load();
    },
    [load],
  );

  const visible = useMemo(() => {
    if (!doc) return [];
    const shown = doc.units.filter(
      (u) => shows(u, filter) && hasFindingOf(u, check) && containsText(u, query),
    );
    // Riskiest first puts the likeliest errors at the top; ties keep the document's order.
    return order === 'risk' ? [...shown].sort((a, b) => b.risk - a.risk || a.position - b.position) : shown;
  }, [doc, filter, order, check, query]);
  // A check whose last finding was dismissed stays in the list while it is the one chosen.
  const checkChoices = useMemo(() => {
    const found = doc ? checksFound(doc.units) : [];
    const choices: [string, string][] = [['any', 'any check']];
    for (const { check: id, units } of found) choices.push([id, `${id} (${units})`]);
    if (check !== 'any' && !found.some((f) => f.check === check)) choices.push([check, `${check} (0)`]);
    return choices;
  }, [doc, check]);

  const flagsAlike = useMemo(() => openFlagsAlike(doc?.units ?? []), [doc]);

  /** Shows all units, then goes to the one numbered once it is drawn (it may have been filtered out). */
  const showUnit = useCallback((number: number) => {
    setFilter('all');
    setCheck('any');
    setQuery('');
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`article[aria-label="unit ${number}"]`);
      card?.scrollIntoView({ block: 'center' });
      card?.focus({ preventScroll: true });
    });
  }, []);
  // A link to one unit (from the concordance: "/documents/1#unit-4") opens the document at it.
  const linkedUnit = useRef(/^#unit-(\d+)$/.exec(window.location.hash)?.[1]);
  useEffect(() => {
    if (!doc || linkedUnit.current === undefined) return;
    showUnit(Number(linkedUnit.current));
    linkedUnit.current = undefined;
  }, [doc, showUnit]);

  if (error) return <p className="error">{error}</p>;
  if (!doc) return <p className="muted">Loading…</p>;
  const flagged = doc.units.filter((u) => u.flagged).length;
  return (
    <section className="page review">
      <div className="page-head">
        <div>
          <button type="button" className="link" onClick={onBack}>
            ← Documents
          </button>
          <h1>{doc.title}</h1>
          <p className="muted small">
            {doc.sourceLang} → {doc.targetLang} · {doc.unitCount} units · {flagged} flagged at risk ≥{' '}
            {/* On the scale of the units' risk bars (0–100), not the model's 0–1. */}
            {Math.round(doc.threshold * 100)} · {doc.reviewedCount} reviewed ·{' '}
            {doc.model ? `model ${doc.model}` : 'heuristics only'}
            {quality !== null && quality.score !== null && (
              <span title={`MQM score over the ${quality.reviewed} units reviewed so far`}>
                {' '}
                · quality {quality.score.toFixed(1)}
                {quality.reviewed < doc.unitCount ? ' so far' : ''}
              </span>
            )}
            {doc.archivedAt !== null && ` · archived ${new Date(doc.archivedAt).toLocaleDateString()}`}
            {updatedAt !== null && (
              <span className="updated" role="status">
                {' '}
                · brought up to date with changes made elsewhere at{' '}
                {updatedAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
              </span>
            )}
          </p>
          <p className="downloads small">
            Error report:{' '}
            <a href={`/api/documents/${doc.id}/report?format=html`} target="_blank" rel="noreferrer">
              view
            </a>{' '}
            · <a href={`/api/documents/${doc.id}/report?format=csv`}>CSV</a> ·{' '}
            <a href={`/api/documents/${doc.id}/report?format=xlsx`}>XLSX</a> ·{' '}
            <a href={`/api/documents/${doc.id}/report?format=json`}>JSON</a> — corrected translation:{' '}
            <a href={`/api/documents/${doc.id}/export?format=txt`}>TXT</a> ·{' '}
            <a href={`/api/documents/${doc.id}/export?format=docx`}>Word</a> ·{' '}
            <a href={`/api/documents/${doc.id}/export?format=xliff`}>XLIFF</a> ·{' '}
            <a href={`/api/documents/${doc.id}/export?format=tmx`}>TMX</a>
            {doc.originalFile !== null && (
              <>
                {' '}
                ·{' '}
                <a
                  href={`/api/documents/${doc.id}/export?format=original`}
                  title="the file as imported, with the reviewed translation written into it"
                >
                  {doc.originalFile}
                </a>
              </>
            )}{' '}
            —{' '}
            <button type="button" className="link" onClick={() => setShowingHistory((shown) => !shown)}>
              review history
            </button>
          </p>
          <ApproveClean doc={doc} me={me} onDone={setDoc} />
          {!replacing && (
            <p className="replace-open small">
              <button type="button" className="small-button" onClick={() => setReplacing(true)}>
                Replace in translations…
              </button>
            </p>
          )}
        </div>
        <div className="view-controls">
          <ChoiceSelect label="Order" value={order} choices={ORDERS} onChange={setOrder} />
          <ChoiceSelect label="Show" value={filter} choices={FILTERS} onChange={setFilter} />
          <ChoiceSelect label="Check" value={check} choices={checkChoices} onChange={setCheck} />
          <label className="filter">
            Find
            <input
              type="search"
              value={query}
              placeholder="in source or translation"
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          {visible.length !== doc.units.length && (
            <p className="muted small shown-count">
              {visible.length} of {doc.units.length} units shown
            </p>
          )}
          <p className="muted small keys">
            <kbd>j</kbd> <kbd>k</kbd> next / previous unit · <kbd>e</kbd> edit · <kbd>f</kbd> fix ·{' '}
            <kbd>m</kbd> mark error · <kbd>t</kbd> comment · <kbd>c</kbd> <kbd>d</kbd> confirm / dismiss flag
            ·{' '}
            {me.allowedStatuses.includes('approved') && (
              <>
                <kbd>a</kbd> approve · <kbd>r</kbd> reject ·{' '}
              </>
            )}
            <kbd>n</kbd> no error · <kbd>/</kbd> find
          </p>
        </div>
      </div>
      {showingHistory && (
        <DocumentHistory
          key={`${doc.id}:${doc.units.map((u) => u.version).join(',')}`}
          documentId={doc.id}
          lang={doc.targetLang}
          onClose={() => setShowingHistory(false)}
          onUnit={showUnit}
        />
      )}
      {replacing && (
        <ReplacePanel doc={doc} initialFind={query} onDone={setDoc} onClose={() => setReplacing(false)} />
      )}
      <div className="columns-head">
        <span>Source ({doc.sourceLang})</span>
        <span>Machine translation ({doc.targetLang})</span>
      </div>
      {visible.map((unit) => (
        <UnitCard
          key={`${unit.id}:${unit.version}:${unit.sourceSentences.join(',')}:${unit.targetSentences.join(',')}`}
          unit={unit}
          languages={{ source: doc.sourceLang, target: doc.targetLang }}
          me={me}
          isFirst={unit.position === 0}
          isLast={unit.position === doc.units.length - 1}
          realignable={doc.originalFile === null}
          flagsAlike={flagsAlike}
          onChange={changed}
          onDocument={setDoc}
        />
      ))}
      {visible.length === 0 && <p className="muted">No units match this filter.</p>}
    </section>
  );
}
