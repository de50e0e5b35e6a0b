import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiGlossaryTerm, Me } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';
import { anyHolds } from '../unit-search';
import { LanguageFields } from '../components/LanguageFields';
import { ChangeOutcome } from '../components/ChangeOutcome';
import { FindAndPair } from '../components/FindAndPair';
import { useChange } from '../hooks/useChange';

const pairOf = (term: ApiGlossaryTerm): string => `${term.sourceLang} → ${term.targetLang}`;

/** The team's glossary: approved and forbidden translations of terms, per language pair. */
export function GlossaryPage({ me }: { me: Me }) {
  const keeper = me.role !== 'translator';
  const [terms, setTerms] = useState<ApiGlossaryTerm[] | null>(null);
  const [pair, setPair] = useState('');
  const [query, setQuery] = useState('');
  const [sourceLang, setSourceLang] = useState('en');
  const [targetLang, setTargetLang] = useState('');
  const [sourceTerm, setSourceTerm] = useState('');
  const [targetTerm, setTargetTerm] = useState('');
  const [forbidden, setForbidden] = useState(false);
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);

  // A change shows the glossary as stored, then says what it did.
  const {
    busy,
    error,
    notice,
    run: change,
    setError,
  } = useChange('the glossary could not be changed', async () =>
    setTerms((await api('GET /api/glossary')).terms),
  );
  const load = useCallback(() => {
    api('GET /api/glossary')
      .then((result) => setTerms(result.terms))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load the glossary')));
  }, [setError]);
  useEffect(load, [load]);

  const pairs = useMemo(() => [...new Set((terms ?? []).map(pairOf))], [terms]);
  const shown = (terms ?? []).filter(
    (term) =>
      (pair === '' || pairOf(term) === pair) &&
      anyHolds([term.sourceTerm, term.targetTerm, term.note], query),
  );

  const add = (event: FormEvent): void => {
    event.preventDefault();
    change(
      api('POST /api/glossary', {
        body: { sourceLang, targetLang, terms: [{ sourceTerm, targetTerm, forbidden, note }] },
      }).then(() => {
        setSourceTerm('');
        setTargetTerm('');
        setForbidden(false);
        setNote('');
        return `Added “${sourceTerm}” → “${targetTerm}”; the ${sourceLang} → ${targetLang} documents were checked again.`;
      }),
    );
  };

  const importFile = (): void => {
    if (!file) return;
    const form = new FormData();
    form.set('sourceLang', sourceLang);
    form.set('targetLang', targetLang);
    form.set('file', file);
    change(
      api('POST /api/glossary', { body: form }).then(
        (result) =>
          `Imported ${result.terms.length} terms from ${file.name}; the ${sourceLang} → ${targetLang} documents were checked again.`,
      ),
    );
  };

  const remove = (term: ApiGlossaryTerm): void =>
    change(
      api('DELETE /api/glossary/:id', { params: { id: term.id } }).then(
        () => `Removed “${term.sourceTerm}” → “${term.targetTerm}”.`,
      ),
    );

  return (
    <section className="page">
      <div className="page-head">
        <h1>Glossary</h1>
        <span className="spacer" />
        {(terms ?? []).length > 0 && (
          <FindAndPair
            query={query}
            onQuery={setQuery}
            placeholder="term, translation, note"
            pairs={pairs}
            pair={pair}
            onPair={setPair}
          />
        )}
      </div>
      <p className="muted">
        The translations your team has approved for its terms, and the renderings it does not use. The{' '}
        <em>terminology</em> check holds every document of the language pair to them: a source term without an
        approved translation, or a forbidden rendering, is flagged.{' '}
        {keeper ? 'Changes re-check the documents of the pair at once.' : 'Editors and QA leads keep it.'}
      </p>
      {keeper && (
        <form className="card glossary-form" onSubmit={add} aria-label="Add a term">
          <div className="row">
            <LanguageFields
              sourceLang={sourceLang}
              targetLang={targetLang}
              onSourceLang={setSourceLang}
              onTargetLang={setTargetLang}
              placeholders={{ source: 'en', target: 'pl' }}
              size={5}
              required
            />
            <label className="grow">
              Source term
              <input name="sourceTerm" value={sourceTerm} onChange={(e) => setSourceTerm(e.target.value)} />
            </label>
            <label className="grow">
              Translation
              <input name="targetTerm" value={targetTerm} onChange={(e) => setTargetTerm(e.target.value)} />
            </label>
            <label className="grow">
              Note
              <input
                name="note"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder="optional: why, or where it applies"
              />
            </label>
          </div>
          <div className="row glossary-actions">
            <label className="inline">
              <input
                type="checkbox"
                name="forbidden"
                checked={forbidden}
                onChange={(e) => setForbidden(e.target.checked)}
              />
              not to be used (a forbidden rendering)
            </label>
            <button
              type="submit"
              className="primary"
              disabled={busy || !sourceTerm.trim() || !targetTerm.trim()}
            >
              Add term
            </button>
            <span className="spacer" />
            <label className="inline">
              Import a TBX termbase, or a table with source, target, forbidden, note columns
              <input
                type="file"
                name="file"
                accept=".tbx,.tsv,.csv,.xlsx,.jsonl,.tmx,.xliff,.xlf"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </label>
            <button type="button" disabled={busy || !file || !targetLang.trim()} onClick={importFile}>
              Import
            </button>
          </div>
        </form>
      )}
      <ChangeOutcome error={error} notice={notice} />
      {terms && terms.length === 0 && <p className="muted">No terms yet.</p>}
      {terms && terms.length > 0 && shown.length === 0 && <p className="muted">No term matches.</p>}
      {shown.length > 0 && (
        <table className="documents glossary">
          <thead>
            <tr>
              <th>Pair</th>
              <th>Source term</th>
              <th>Translation</th>
              <th>Note</th>
              <th>Added by</th>
              {keeper && <th aria-label="actions" />}
            </tr>
          </thead>
          <tbody>
            {shown.map((term) => (
              <tr key={term.id}>
                <td className="pair">{pairOf(term)}</td>
                <td>{term.sourceTerm}</td>
                <td>
                  {term.forbidden ? (
                    <>
                      <s>{term.targetTerm}</s> <span className="sev sev-major">not to be used</span>
                    </>
                  ) : (
                    term.targetTerm
                  )}
                </td>
                <td className="small">{term.note}</td>
                <td className="small muted">{term.createdBy ?? '—'}</td>
                {keeper && (
                  <td className="num">
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => remove(term)}
                      aria-label={`Remove ${term.sourceTerm} → ${term.targetTerm}`}
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
