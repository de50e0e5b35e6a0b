import { type FormEvent, useState } from 'react';
import { api, failureMessage } from '../api/client';
import { LanguageFields } from './LanguageFields';

/** Plain text, or a Word document as newsrooms and MT services hand articles over. */
const DOCUMENT_FILES =
  '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Paste source and target, or upload two .txt or Word files (or one bilingual XLIFF/TMX/TSV/CSV/XLSX file). */
export function NewDocumentForm({ onCreated }: { onCreated: (id: number) => void }) {
  const [mode, setMode] = useState<'paste' | 'upload'>('paste');
  const [title, setTitle] = useState('');
  const [sourceLang, setSourceLang] = useState('');
  const [targetLang, setTargetLang] = useState('');
  const [sourceText, setSourceText] = useState('');
  const [targetText, setTargetText] = useState('');
  const [files, setFiles] = useState<{ source?: File; target?: File; file?: File }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError('');
    let request;
    if (mode === 'paste') {
      request = api('POST /api/documents', {
        body: { title, sourceLang, targetLang, sourceText, targetText },
      });
    } else {
      const form = new FormData();
      form.set('title', title);
      form.set('sourceLang', sourceLang);
      form.set('targetLang', targetLang);
      if (files.file) form.set('file', files.file);
      if (files.source) form.set('source', files.source);
      if (files.target) form.set('target', files.target);
      request = api('POST /api/documents', { body: form });
    }
    request
      .then((doc) => onCreated(doc.id))
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not create the document')))
      .finally(() => setBusy(false));
  };

  return (
    <form className="card new-document" onSubmit={submit}>
      <div className="tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'paste'}
          className={mode === 'paste' ? 'tab active' : 'tab'}
          onClick={() => setMode('paste')}
        >
          Paste text
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'upload'}
          className={mode === 'upload' ? 'tab active' : 'tab'}
          onClick={() => setMode('upload')}
        >
          Upload files
        </button>
      </div>
      <div className="row">
        <label className="grow">
          Title
          <input
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={mode === 'upload' ? 'from the file name' : 'e.g. Election night, PL'}
            required={mode === 'paste'}
          />
        </label>
        <LanguageFields
          sourceLang={sourceLang}
          targetLang={targetLang}
          onSourceLang={setSourceLang}
          onTargetLang={setTargetLang}
          placeholders={{ source: 'detect', target: 'detect' }}
          size={8}
        />
      </div>
      {mode === 'paste' ? (
        <div className="row">
          <label className="grow">
            Source text (one paragraph per line)
            <textarea
              dir="auto"
              name="sourceText"
              rows={8}
              value={sourceText}
              onChange={(e) => setSourceText(e.target.value)}
              required
            />
          </label>
          <label className="grow">
            Machine translation
            <textarea
              dir="auto"
              name="targetText"
              rows={8}
              value={targetText}
              onChange={(e) => setTargetText(e.target.value)}
              required
            />
          </label>
        </div>
      ) : (
        <div className="row">
          <label>
            Source (.txt, .docx)
            <input
              type="file"
              name="source"
              accept={DOCUMENT_FILES}
              onChange={(e) => setFiles((f) => ({ ...f, source: e.target.files?.[0] }))}
            />
          </label>
          <label>
            Translation (.txt, .docx)
            <input
              type="file"
              name="target"
              accept={DOCUMENT_FILES}
              onChange={(e) => setFiles((f) => ({ ...f, target: e.target.files?.[0] }))}
            />
          </label>
          <label>
            or one bilingual file
            <input
              type="file"
              name="file"
              accept=".xliff,.xlf,.sdlxliff,.mqxliff,.tmx,.tsv,.csv,.xlsx,.jsonl"
              onChange={(e) => setFiles((f) => ({ ...f, file: e.target.files?.[0] }))}
            />
          </label>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Analysing…' : 'Create and analyse'}
      </button>
    </form>
  );
}
