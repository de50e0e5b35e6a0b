import type { UnitStatus } from '../../domain/types';
import type { Db } from '../connection';

/** A unit as a concordance or translation-memory hit shows it: with its document and who last changed it. */
export interface MemoryRow {
  id: number;
  document_id: number;
  document_title: string;
  source_lang: string;
  target_lang: string;
  position: number;
  /** The unit's id in the file it came from (a TMX's tuid). */
  external_id: string;
  /** 'memory' for a translation memory the team imported. */
  purpose: 'review' | 'memory';
  source: string;
  target: string;
  status: UnitStatus;
  updated_by_name: string | null;
  updated_at: string;
}

interface StaleRow {
  id: number;
  source: string;
  target: string;
  version: number;
}

const WATERMARK_KEY = 'unit_search_indexed_through';

const COLUMNS = `SELECT u.id, u.document_id, d.title AS document_title, d.source_lang, d.target_lang, u.position,
  u.external_id, d.purpose, u.source, u.target, u.status, p.name AS updated_by_name, u.updated_at`;
const DOCUMENT_AND_USER = 'JOIN documents d ON d.id = u.document_id LEFT JOIN users p ON p.id = u.updated_by';
const HIT = `${COLUMNS} FROM unit_search s JOIN units u ON u.id = s.rowid ${DOCUMENT_AND_USER}`;
const BY_KEY = `${COLUMNS} FROM unit_source_keys k JOIN units u ON u.id = k.unit_id ${DOCUMENT_AND_USER}`;

/** A language pair, or null for every pair. */
export interface PairFilter {
  sourceLang: string | null;
  targetLang: string | null;
}

interface ContainingParams extends PairFilter {
  pattern: string;
  limit: number;
}

export function memoryQueries(db: Db) {
  const watermark = db.prepare<[], { value: string }>(
    `SELECT value FROM settings WHERE key = '${WATERMARK_KEY}'`,
  );
  const setWatermark = db.prepare<[string]>(
    `INSERT INTO settings (key, value) VALUES ('${WATERMARK_KEY}', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const stale = db.prepare<[string], StaleRow>(
    `SELECT u.id, u.source, u.target, u.version FROM units u LEFT JOIN unit_search s ON s.rowid = u.id
     WHERE u.updated_at >= ? AND s.version IS NOT u.version`,
  );
  const lastChange = db.prepare<[], { at: string | null }>('SELECT max(updated_at) AS at FROM units');
  const forget = db.prepare<[number]>('DELETE FROM unit_search WHERE rowid = ?');
  const remember = db.prepare<[number, string, string, number]>(
    'INSERT INTO unit_search (rowid, source, target, version) VALUES (?, ?, ?, ?)',
  );
  const rememberKey = db.prepare<[number, string]>(
    `INSERT INTO unit_source_keys (unit_id, source_key) VALUES (?, ?)
     ON CONFLICT (unit_id) DO UPDATE SET source_key = excluded.source_key`,
  );
  const approvedBySource = db.prepare<[string, string, string, number], MemoryRow>(
    `${BY_KEY} WHERE k.source_key = ? AND u.status = 'approved' AND d.source_lang = ? AND d.target_lang = ? AND u.document_id != ?
     ORDER BY u.updated_at DESC, u.id DESC`,
  );
  const pair =
    'AND (@sourceLang IS NULL OR d.source_lang = @sourceLang) AND (@targetLang IS NULL OR d.target_lang = @targetLang)';
  // Reviewed translations first (approved before a translator's correction), then the newest.
  const order = `ORDER BY CASE u.status WHEN 'approved' THEN 0 WHEN 'corrected' THEN 1 WHEN 'no_error' THEN 2 ELSE 3 END,
    u.updated_at DESC, u.id DESC`;
  const like = (column: string): string => `s.${column} LIKE @pattern ESCAPE '\\'`;
  const containing = {
    source: db.prepare<[ContainingParams], MemoryRow>(
      `${HIT} WHERE ${like('source')} ${pair} ${order} LIMIT @limit`,
    ),
    target: db.prepare<[ContainingParams], MemoryRow>(
      `${HIT} WHERE ${like('target')} ${pair} ${order} LIMIT @limit`,
    ),
    both: db.prepare<[ContainingParams], MemoryRow>(
      `${HIT} WHERE (${like('source')} OR ${like('target')}) ${pair} ${order} LIMIT @limit`,
    ),
  };
  const similarSources = db.prepare<[string, string, string, number, number], MemoryRow>(
    `${HIT} WHERE unit_search MATCH ? AND d.source_lang = ? AND d.target_lang = ? AND u.id != ?
       AND u.status IN ('approved', 'corrected', 'no_error')
     ORDER BY bm25(unit_search) LIMIT ?`,
  );
  const approvedOfPair = db.prepare<[string, string], MemoryRow>(
    `${COLUMNS} FROM units u ${DOCUMENT_AND_USER}
     WHERE u.status = 'approved' AND d.source_lang = ? AND d.target_lang = ?
     ORDER BY u.updated_at DESC, u.id DESC`,
  );
  const sharing = db.prepare<[number, string], { document_id: number }>(
    `SELECT DISTINCT other.document_id FROM unit_source_keys mine
     JOIN units unit ON unit.id = mine.unit_id JOIN documents doc ON doc.id = unit.document_id
     JOIN unit_source_keys theirs ON theirs.source_key = mine.source_key
     JOIN units other ON other.id = theirs.unit_id JOIN documents d ON d.id = other.document_id
     WHERE mine.unit_id = ? AND other.document_id != unit.document_id AND d.archived_at IS NULL AND d.purpose = 'review'
       AND d.source_lang = doc.source_lang AND d.target_lang = doc.target_lang AND other.target != ?`,
  );
  return {
    /** Every approved unit of the language pair, archived documents' too, the latest approval first. */
    approvedOfPair: (sourceLang: string, targetLang: string): MemoryRow[] =>
      approvedOfPair.all(sourceLang, targetLang),
    /**
     * The documents in use of the unit's language pair, other than its own, with a unit of the same source
     * translated otherwise than `target`: one translated so already has nothing to gain or lose by it.
     */
    documentsSharingSource: (unitId: number, target: string): number[] =>
      sharing.all(unitId, target).map((row) => row.document_id),
    /** Units written at or after this moment may not be indexed as they stand (ISO time; '' for all). */
    indexedThrough: (): string => watermark.get()?.value ?? '',
    staleSince: (since: string): StaleRow[] => stale.all(since),
    lastChange: (): string | null => lastChange.get()?.at ?? null,
    /** Indexes a unit's folded text at its version, in place of what was indexed before. */
    index: (id: number, foldedSource: string, foldedTarget: string, version: number): void => {
      forget.run(id);
      remember.run(id, foldedSource, foldedTarget, version);
      rememberKey.run(id, foldedSource);
    },
    setIndexedThrough: (at: string): void => {
      setWatermark.run(at);
    },
    /** Units whose folded text holds `pattern` (a LIKE pattern over folded text) on the side asked. */
    containing: (side: 'source' | 'target' | 'both', filter: PairFilter, pattern: string, limit: number) =>
      containing[side].all({ ...filter, pattern, limit }),
    /** Approved units of the pair, in other documents than the one named, whose folded source is this one. */
    approvedBySource: (
      foldedSource: string,
      sourceLang: string,
      targetLang: string,
      exceptDocument: number,
    ): MemoryRow[] => approvedBySource.all(foldedSource, sourceLang, targetLang, exceptDocument),
    /** Reviewed units of the pair whose source shares the most words with an FTS5 query, best first. */
    similarSources: (
      sourceLang: string,
      targetLang: string,
      match: string,
      exceptUnit: number,
      limit: number,
    ): MemoryRow[] => similarSources.all(match, sourceLang, targetLang, exceptUnit, limit),
  };
}
