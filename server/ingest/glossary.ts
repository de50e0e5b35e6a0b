import { extname } from 'node:path';
import type { GlossaryEntry } from '../domain/types';
import { InputError } from './errors';
import { type PairsFile, decodeText, loadPairs, readFileBytes } from './index';
import { readTbx, termbaseEntries } from './tbx';

const YES = new Set(['1', 'yes', 'y', 'true', 'x', 'forbidden', 'ja', 'tak', 'oui', 'sí', 'si']);

/** A row's line in a table with a header row; other formats have no line to name. */
function lineOf(fileName: string, row: number): number | null {
  return ['.tsv', '.csv', '.txt'].includes(extname(fileName).toLowerCase()) ? row + 2 : null;
}

/**
 * A glossary as a pairs file holds it: a `source` and a `target` column, and optionally `forbidden`
 * (yes, 1, true, x: the target term is a rendering to avoid) and `note`. Spreadsheets, CSV, TSV,
 * JSONL, TMX and XLIFF all do.
 */
export function glossaryFromPairs(file: PairsFile, fileName: string): GlossaryEntry[] {
  if (file.pairs.length === 0) throw new InputError(fileName, null, 'the glossary holds no terms');
  return file.pairs.map((pair, k) => {
    const extra = file.extra[k] ?? {};
    const sourceTerm = pair.source.trim();
    const targetTerm = pair.target.trim();
    if (sourceTerm === '') throw new InputError(fileName, lineOf(fileName, k), 'the source term is empty');
    if (targetTerm === '') throw new InputError(fileName, lineOf(fileName, k), 'the target term is empty');
    return {
      sourceTerm,
      targetTerm,
      forbidden: YES.has((extra.forbidden ?? '').trim().toLowerCase()),
      note: (extra.note ?? '').trim(),
    };
  });
}

/** A glossary's entries for a language pair: a termbase holds several languages, a table one pair. */
export type GlossarySource = (sourceLang: string, targetLang: string) => GlossaryEntry[];

/**
 * A glossary file's bytes (an upload, or --glossary): a TBX termbase, or a table with `source` and
 * `target` columns (spreadsheets, CSV, TSV, JSONL, TMX, XLIFF).
 */
export async function loadGlossary(bytes: Uint8Array, fileName: string): Promise<GlossarySource> {
  if (extname(fileName).toLowerCase() === '.tbx') {
    const termbase = readTbx(decodeText(bytes, fileName), fileName);
    return (sourceLang, targetLang) => termbaseEntries(termbase, sourceLang, targetLang);
  }
  const entries = glossaryFromPairs(await loadPairs(bytes, fileName), fileName);
  return () => entries;
}

/** A glossary file on disk (the CLI's --glossary). */
export function loadGlossaryFile(path: string): Promise<GlossarySource> {
  return loadGlossary(readFileBytes(path), path);
}
