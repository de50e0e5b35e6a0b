import { type FormEvent, useEffect, useState } from 'react';
import type { ApiGlossaryTerm, ConcordanceResult, ConcordanceSide, Me } from '../../../server/domain/api';
import { anyHolds } from '../unit-search';
import { MemoryImports } from '../components/MemoryImports';
import type { Span } from '../../../server/domain/types';
import { api, failureMessage } from '../api/client';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { textAttributes } from '../text-direction';

const SIDES: readonly (readonly [ConcordanceSide, string])[] = [
  ['both', 'source and translation'],
  ['source', 'source'],
  ['target', 'translation'],
];

/** The text with the words looked for marked. */
function FoundText({ text, spans }: { text: string; spans: readonly Span[] }) {
  const pieces: { text: string; found: boolean }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    pieces.push({ text: text.slice(at, span.start), found: false });
    pieces.push({ text: text.slice(span.start, span.end), found: true });
    at = span.end;
  }
  pieces.push({ text: text.slice(at), found: false });
  return (
    <>
      {pieces.map((piece, k) =>
        piece.found ? (
          <mark key={k} className="found">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/**
 * Words looked up in every document's sources and translations: how the team translated a term
 * before, reviewed translations first, each a link to its unit.
 */
export function ConcordancePage({
  me,
  onOpen,
}: {
  me: Me;
  onOpen: (documentId: number, unit: number) => void;
}) {
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<ConcordanceSide>('both');
  const [pair, setPair] = useState('');
  const [pairs, setPairs] = useState<string[]>([]);
  const [result, setResult] = useState<ConcordanceResult | null>(null);
  const [glossary, setGlossary] = useState<ApiGlossaryTerm[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // The pairs of the documents and of the imported memories: a pair may have only a memory so far.
    Promise.all([api('GET /api/documents'), api('GET /api/memory/imports')])
      .then(([{ documents }, { memories }]) =>
        setPairs(
          [...new Set([...documents, ...memories].map((d) => `${d.sourceLang}|${d.targetLang}`))].sort(),
        ),
      )
      .catch(() => setPairs([]));
  }, []);

  useEffect(() => {
    api('GET /api/glossary')
      .then((result) => setGlossary(result.terms))
      .catch(() => setGlossary([]));
  }, []);

  const [sourceLang = '', targetLang = ''] = pair.split('|');
  // What the glossary says of the words looked for comes first: the team's decision beats its habits.
  const terms =
    result === null
      ? []
      : glossary.filter(
          (term) =>
            (sourceLang === '' || (term.sourceLang === sourceLang && term.targetLang === targetLang)) &&
            // One letter would hold in most terms.
            result.query.trim().length >= 2 &&
            anyHolds([term.sourceTerm, term.targetTerm], result.query),
        );
  const search = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError('');
    api('GET /api/memory', { query: { q: query, side, sourceLang, targetLang } })
      .then(setResult)
      .catch((failure: unknown) => setError(failureMessage(failure, 'the search failed')))
      .finally(() => setBusy(false));
  };

  return (
    <section className="page concordance">
      <div className="page-head">
        <div>
          <h1>Concordance</h1>
          <p className="muted small">
            How a term was translated before, in every document: case and accents aside, reviewed translations
            first.
          </p>
        </div>
      </div>
      <form className="row concordance-form" onSubmit={search} role="search">
        <label className="grow">
          Words
          <input
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="White House"
            autoFocus
          />
        </label>
        <ChoiceSelect label="In" value={side} choices={SIDES} onChange={setSide} />
        <ChoiceSelect
          label="Languages"
          value={pair}
          choices={[['', 'all pairs'], ...pairs.map((p): [string, string] => [p, p.replace('|', ' → ')])]}
          onChange={setPair}
        />
        <button type="submit" className="primary" disabled={busy || query.trim() === ''}>
          Search
        </button>
      </form>
      {pair !== '' && (
        <p className="small">
          <a
            href={`/api/memory/export?${new URLSearchParams({ sourceLang, targetLang }).toString()}`}
            download
          >
            Download the approved {sourceLang} → {targetLang} translations as TMX
          </a>{' '}
          <span className="muted">(every document's, for a CAT tool or an MT engine)</span>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {terms.length > 0 && (
        <ul className="glossary-hits" aria-label="in the glossary">
          {terms.map((term) => (
            <li key={term.id}>
              Glossary ({term.sourceLang} → {term.targetLang}): {term.sourceTerm} →{' '}
              {term.forbidden ? (
                <>
                  <s>{term.targetTerm}</s> <span className="sev sev-major">not to be used</span>
                </>
              ) : (
                <strong>{term.targetTerm}</strong>
              )}
              {term.note && <span className="muted small"> — {term.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {result && result.hits.length === 0 && <p className="muted">Not found in any document.</p>}
      {result && result.hits.length > 0 && (
        <table className="documents concordance-hits">
          <thead>
            <tr>
              <th>Source</th>
              <th>Translation</th>
              <th>Where</th>
            </tr>
          </thead>
          <tbody>
            {result.hits.map((hit) => (
              <tr key={hit.unitId}>
                <td {...textAttributes(hit.sourceLang)}>
                  <FoundText text={hit.source} spans={hit.spans.source} />
                </td>
                <td {...textAttributes(hit.targetLang)}>
                  <FoundText text={hit.target} spans={hit.spans.target} />
                </td>
                <td className="small">
                  <a
                    href={`/documents/${hit.documentId}#unit-${hit.unit}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(hit.documentId, hit.unit);
                    }}
                  >
                    {hit.documentTitle}, unit {hit.unit}
                  </a>
                  <div>
                    <span className={`status-chip status-chip-${hit.status}`}>
                      {hit.status.replace('_', ' ')}
                    </span>{' '}
                    <span className="muted">
                      {hit.sourceLang} → {hit.targetLang}
                      {hit.updatedBy && ` · ${hit.updatedBy}`}
                    </span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result?.more && <p className="muted small">More units hold these words: narrow the search.</p>}
      <MemoryImports me={me} />
    </section>
  );
}
