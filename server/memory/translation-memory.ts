import type { MemoryEntry, TranslationMemory } from '../checks/types';
import type { MemoryRow } from '../db/queries/memory';
import type { Repositories } from '../db/repositories';
import { searchable } from '../text/normalize';
import { refreshSearchIndex } from './search-index';

/** A sentence pair to remember, and where it comes from ("memo.tmx, unit 12"). */
export interface RememberedPair {
  source: string;
  target: string;
  origin: string;
  /** Its id in the file (a TMX tuid), where it has one. */
  id?: string;
}

/** A translation memory held in memory: a TMX or bilingual file given on the command line. */
export function memoryFromPairs(pairs: readonly RememberedPair[]): TranslationMemory {
  const bySource = new Map<string, MemoryEntry[]>();
  for (const pair of pairs) {
    if (pair.source.trim() === '' || pair.target.trim() === '') continue;
    const key = searchable(pair.source);
    const entries = bySource.get(key);
    const entry = { target: pair.target, origin: pair.origin };
    if (entries) entries.push(entry);
    else bySource.set(key, [entry]);
  }
  return (source) => bySource.get(searchable(source)) ?? [];
}

/**
 * Where a translation was approved: "Geneva talks, unit 3" — an imported memory's units by their ids in
 * its file, as `check --memory` names them ("approved.tmx, unit t42").
 */
export function whereApproved(row: MemoryRow): string {
  return `${row.document_title}, unit ${row.purpose === 'memory' ? row.external_id : row.position + 1}`;
}

/**
 * The translations approved in the database's other documents of the pair, newest first: the memory a
 * document is checked against in the server (its own units are the inconsistent-translation check's).
 */
export function approvedMemory(
  repos: Repositories,
  sourceLang: string,
  targetLang: string,
  exceptDocument: number | null,
): TranslationMemory {
  refreshSearchIndex(repos);
  return (source) =>
    repos.memory
      .approvedBySource(searchable(source), sourceLang, targetLang, exceptDocument ?? 0)
      .map((row) => ({ target: row.target, origin: whereApproved(row) }));
}
