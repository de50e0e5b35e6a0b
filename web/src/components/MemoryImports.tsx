import { useEffect, useState } from 'react';
import type { Me, MemoryImport } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';
import { LanguageFields } from './LanguageFields';
import { ChangeOutcome } from './ChangeOutcome';
import { useChange } from '../hooks/useChange';

/**
 * The translation memories the team brought in (a TMX from its CAT tool): listed for everyone; editors
 * and QA leads import one for a language pair or take one away. Their sentences count as approved.
 */
export function MemoryImports({ me }: { me: Me }) {
  const keeper = me.role !== 'translator';
  const [memories, setMemories] = useState<MemoryImport[]>([]);
  const [sourceLang, setSourceLang] = useState('en');
  const [targetLang, setTargetLang] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // A change lists the memories as stored, then says what it did.
  const {
    busy,
    error,
    notice,
    run: change,
    setError,
  } = useChange('the translation memories were not changed', async () =>
    setMemories((await api('GET /api/memory/imports')).memories),
  );
  useEffect(() => {
    api('GET /api/memory/imports')
      .then((result) => setMemories(result.memories))
      .catch((failure: unknown) =>
        setError(failureMessage(failure, 'could not list the translation memories')),
      );
  }, [setError]);

  const importFile = (): void => {
    if (!file) return;
    const form = new FormData();
    form.set('sourceLang', sourceLang);
    form.set('targetLang', targetLang);
    form.set('file', file);
    change(
      api('POST /api/memory/imports', { body: form }).then(
        (added) =>
          `Imported ${added.entries} sentence pairs from ${added.title}; the ${added.sourceLang} → ${added.targetLang} documents were checked against them.`,
      ),
    );
  };

  const remove = (memory: MemoryImport): void =>
    change(
      api('DELETE /api/memory/imports/:id', { params: { id: memory.id } }).then(
        () => `Removed ${memory.title}.`,
      ),
    );

  if (!keeper && memories.length === 0) return null;
  return (
    <section className="memory-imports" aria-label="translation memories">
      <h2>Translation memories</h2>
      <p className="muted small">
        Sentence pairs the team translated before mt-review — a TMX from a CAT tool, or any aligned file. They
        are read as approved translations: found here, offered in the editor, and held against new
        translations.
      </p>
      {memories.length > 0 && (
        <table className="documents">
          <thead>
            <tr>
              <th>File</th>
              <th>Pair</th>
              <th className="num">Sentence pairs</th>
              <th>Imported</th>
              {keeper && <th aria-label="actions" />}
            </tr>
          </thead>
          <tbody>
            {memories.map((memory) => (
              <tr key={memory.id}>
                <td>{memory.title}</td>
                <td className="pair">
                  {memory.sourceLang} → {memory.targetLang}
                </td>
                <td className="num">{memory.entries}</td>
                <td className="small muted">
                  {new Date(memory.createdAt).toLocaleDateString()} by {memory.createdBy ?? '—'}
                </td>
                {keeper && (
                  <td className="num">
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => remove(memory)}
                      aria-label={`Remove ${memory.title}`}
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
      {keeper && (
        <div className="row memory-import-form">
          <LanguageFields
            sourceLang={sourceLang}
            targetLang={targetLang}
            onSourceLang={setSourceLang}
            onTargetLang={setTargetLang}
            placeholders={{ source: 'en', target: 'pl' }}
            size={5}
            required
          />
          <label className="inline">
            Memory file
            <input
              type="file"
              name="memory"
              accept=".tmx,.xliff,.xlf,.tsv,.csv,.xlsx,.jsonl"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <button type="button" disabled={busy || !file || !targetLang.trim()} onClick={importFile}>
            Import
          </button>
        </div>
      )}
      <ChangeOutcome error={error} notice={notice} />
    </section>
  );
}
