import { distance } from 'fastest-levenshtein';
import type { MemoryMatch } from '../domain/api';
import type { Repositories } from '../db/repositories';
import { notFound } from '../review/errors';
import { memoryHit } from './concordance';
import { searchable } from '../text/normalize';
import { refreshSearchIndex } from './search-index';

/** Below this, a match costs a translator more to adapt than to translate afresh (CAT tools' usual 70 %). */
export const MIN_SIMILARITY = 0.7;
const CANDIDATES = 40;
const MAX_MATCHES = 5;
const QUERY_TERMS = 12;
/** Longer runs (a Chinese or Thai sentence without spaces, a German compound) are looked up in pieces. */
const LONGEST_TERM = 12;
const PIECE = 4;

/** The source's longest words, as FTS5 phrases of its trigram index: the rarer words find the like sentences. */
function lookupQuery(folded: string): string | null {
  const terms = new Set<string>();
  for (const word of folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (word.length <= LONGEST_TERM) terms.add(word);
    else for (let at = 0; at + 3 <= word.length; at += PIECE) terms.add(word.slice(at, at + PIECE));
  }
  const longest = [...terms]
    .filter((term) => term.length >= 3)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, QUERY_TERMS);
  if (longest.length === 0) return null;
  return `source : (${longest.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ')})`;
}

/** How alike two sources are: 1 when the same, 0.99 when the same but for case or accents, else by edits. */
export function sourceSimilarity(original: string, candidate: string): number {
  const a = searchable(original);
  const b = searchable(candidate);
  if (a === b)
    return original.replace(/\s+/gu, ' ').trim() === candidate.replace(/\s+/gu, ' ').trim() ? 1 : 0.99;
  // Never 100 % for a sentence that differs, however long.
  return Math.min(0.98, Math.floor((1 - distance(a, b) / Math.max(a.length, b.length)) * 100) / 100);
}

/**
 * The team's reviewed translations (approved, corrected, or found to have no error) of sentences like
 * the unit's source, in any document of the same language pair: the best first, one per translation.
 */
export function memoryMatches(repos: Repositories, unitId: number): MemoryMatch[] {
  const unit = repos.units.byId(unitId);
  if (!unit) throw notFound('unit');
  const document = repos.documents.get(unit.document_id);
  if (!document) throw notFound('document');
  const query = lookupQuery(searchable(unit.source));
  if (query === null) return [];
  refreshSearchIndex(repos);
  const candidates = repos.memory.similarSources(
    document.source_lang,
    document.target_lang,
    query,
    unit.id,
    CANDIDATES,
  );
  const matches = new Map<string, MemoryMatch>();
  for (const row of candidates) {
    const similarity = sourceSimilarity(unit.source, row.source);
    if (similarity < MIN_SIMILARITY) continue;
    const match = { ...memoryHit(row), similarity };
    const key = `${row.source}\u0000${row.target}`;
    const kept = matches.get(key);
    if (!kept || better(match, kept) < 0) matches.set(key, match);
  }
  return [...matches.values()].sort(better).slice(0, MAX_MATCHES);
}

const STATUS_RANK: Readonly<Record<string, number>> = { approved: 0, corrected: 1, no_error: 2 };

/** Most alike first; among equals, approved before corrected before no error, then the newest. */
function better(a: MemoryMatch, b: MemoryMatch): number {
  return (
    b.similarity - a.similarity ||
    (STATUS_RANK[a.status] ?? 3) - (STATUS_RANK[b.status] ?? 3) ||
    b.updatedAt.localeCompare(a.updatedAt)
  );
}
