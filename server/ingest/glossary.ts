import { extname } from 'node:path';
import type { GlossaryEntry } from '../domain/types';
import { InputError } from './errors';
import { type PairsFile, loadPairs, readFileBytes } from './index';

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

/** A glossary file's bytes (an upload) as entries, with the languages the file names, if it does. */
export async function loadGlossary(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ entries: GlossaryEntry[]; sourceLang?: string; targetLang?: string }> {
  const file = await loadPairs(bytes, fileName);
  return {
    entries: glossaryFromPairs(file, fileName),
    ...(file.sourceLang ? { sourceLang: file.sourceLang } : {}),
    ...(file.targetLang ? { targetLang: file.targetLang } : {}),
  };
}

/** A glossary file on disk (the CLI's --glossary). */
export function loadGlossaryFile(path: string): Promise<{ entries: GlossaryEntry[] }> {
  return loadGlossary(readFileBytes(path), path);
}
