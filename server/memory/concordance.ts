import type { ConcordanceResult, ConcordanceSide, MemoryHit } from '../domain/api';
import type { MemoryRow, PairFilter } from '../db/queries/memory';
import type { Repositories } from '../db/repositories';
import { foldedSpans } from '../text/folded-find';
import { searchable } from '../text/normalize';
import { refreshSearchIndex } from './search-index';

export interface ConcordanceQuery extends PairFilter {
  text: string;
  side: ConcordanceSide;
  limit: number;
}

/** A found unit as the API gives it. */
export function memoryHit(row: MemoryRow): MemoryHit {
  return {
    unitId: row.id,
    documentId: row.document_id,
    documentTitle: row.document_title,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    unit: row.position + 1,
    source: row.source,
    target: row.target,
    status: row.status,
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
  };
}

/** "50%" is a percent sign to look for, not a LIKE wildcard. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every unit of every document (of one language pair, or all) whose source or translation holds the
 * words, case and accents aside: how the team translated a term before. Reviewed translations first.
 */
export function concordance(repos: Repositories, query: ConcordanceQuery): ConcordanceResult {
  refreshSearchIndex(repos);
  const pattern = `%${likeLiteral(searchable(query.text))}%`;
  const rows = repos.memory.containing(query.side, query, pattern, query.limit + 1);
  return {
    query: query.text,
    hits: rows.slice(0, query.limit).map((row) => ({
      ...memoryHit(row),
      spans: {
        source: query.side === 'target' ? [] : foldedSpans(row.source, query.text),
        target: query.side === 'source' ? [] : foldedSpans(row.target, query.text),
      },
    })),
    more: rows.length > query.limit,
  };
}
