import type { Side, UnitStatus } from '../../domain/types';
import type { Db } from '../connection';

export interface UnitRow {
  id: number;
  document_id: number;
  position: number;
  external_id: string;
  source: string;
  target_mt: string;
  target: string;
  risk: number;
  flagged: number;
  similarity: number | null;
  reasons: string;
  status: UnitStatus;
  version: number;
  updated_by: number | null;
  updated_at: string;
}

export interface SentenceRow {
  unit_id: number;
  side: Side;
  sentence_index: number;
  text: string;
  paragraph: number | null;
}

export interface UnitSentences {
  source: SentenceRef[];
  target: SentenceRef[];
}

/** A sentence as a unit holds it: its index on its side, its text, the paragraph it came from (null for pairs). */
export interface SentenceRef {
  index: number;
  text: string;
  paragraph: number | null;
}

export interface NewUnit {
  position: number;
  externalId: string;
  source: string;
  target: string;
  status: UnitStatus;
}

export interface UnitScore {
  risk: number;
  flagged: boolean;
  similarity: number | null;
  reasons: string;
}

export function unitQueries(db: Db) {
  const insert = db.prepare<[number, number, string, string, string, string, UnitStatus], { id: number }>(
    'INSERT INTO units (document_id, position, external_id, source, target_mt, target, status) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const insertSentence = db.prepare<[number, Side, number, string, number | null]>(
    'INSERT INTO unit_sentences (unit_id, side, sentence_index, text, paragraph) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteSentences = db.prepare<[number, Side]>(
    'DELETE FROM unit_sentences WHERE unit_id = ? AND side = ?',
  );
  const byDocument = db.prepare<[number], UnitRow>(
    'SELECT * FROM units WHERE document_id = ? ORDER BY position',
  );
  const byId = db.prepare<[number], UnitRow>('SELECT * FROM units WHERE id = ?');
  const sentences = db.prepare<[number], SentenceRow>(
    'SELECT s.* FROM unit_sentences s JOIN units u ON u.id = s.unit_id WHERE u.document_id = ? ORDER BY s.side, s.sentence_index',
  );
  const setScore = db.prepare<[number, number, number | null, string, number]>(
    'UPDATE units SET risk = ?, flagged = ?, similarity = ?, reasons = ? WHERE id = ?',
  );
  const setTarget = db.prepare<[string, UnitStatus, number, number, number], UnitRow>(
    `UPDATE units SET target = ?, status = ?, version = version + 1, updated_by = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = ? AND version = ? RETURNING *`,
  );
  const setStatus = db.prepare<[UnitStatus, number, number, number], UnitRow>(
    `UPDATE units SET status = ?, version = version + 1, updated_by = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = ? AND version = ? RETURNING *`,
  );
  return {
    insert: (documentId: number, unit: NewUnit): number => {
      const row = insert.get(
        documentId,
        unit.position,
        unit.externalId,
        unit.source,
        unit.target,
        unit.target,
        unit.status,
      );
      if (!row) throw new Error('unit insert returned nothing');
      return row.id;
    },
    insertSentence: (unitId: number, side: Side, sentence: SentenceRef): void => {
      insertSentence.run(unitId, side, sentence.index, sentence.text, sentence.paragraph);
    },
    replaceSentences: (unitId: number, side: Side, list: readonly SentenceRef[]): void => {
      deleteSentences.run(unitId, side);
      for (const s of list) insertSentence.run(unitId, side, s.index, s.text, s.paragraph);
    },
    byDocument: (documentId: number): UnitRow[] => byDocument.all(documentId),
    byId: (id: number): UnitRow | undefined => byId.get(id),
    /** Each unit's sentences, per side, in order: how the aligner (or a reviewer) joined them. */
    sentencesByUnit: (documentId: number): Map<number, UnitSentences> => {
      const byUnit = new Map<number, UnitSentences>();
      for (const s of sentences.all(documentId)) {
        let entry = byUnit.get(s.unit_id);
        if (!entry) {
          entry = { source: [], target: [] };
          byUnit.set(s.unit_id, entry);
        }
        entry[s.side].push({ index: s.sentence_index, text: s.text, paragraph: s.paragraph });
      }
      return byUnit;
    },
    setScore: (id: number, score: UnitScore): void => {
      setScore.run(score.risk, score.flagged ? 1 : 0, score.similarity, score.reasons, id);
    },
    /** Optimistic locking: undefined when `version` is stale. */
    /** Saves a correction and the status it implies; undefined when `version` is stale (optimistic locking). */
    setTarget: (
      id: number,
      target: string,
      status: UnitStatus,
      userId: number,
      version: number,
    ): UnitRow | undefined => setTarget.get(target, status, userId, id, version),
    setStatus: (id: number, status: UnitStatus, userId: number, version: number): UnitRow | undefined =>
      setStatus.get(status, userId, id, version),
  };
}

/** Statements that restructure a document's units (the reviewer corrects the alignment). */
export function unitLayoutQueries(db: Db) {
  const park = db.prepare<[number]>('UPDATE units SET position = -1 - position WHERE document_id = ?');
  const place = db.prepare<[number, number]>('UPDATE units SET position = ? WHERE id = ?');
  const insert = db.prepare<[number, number, string, string, string, string], { id: number }>(
    "INSERT INTO units (document_id, position, external_id, source, target_mt, target, status) VALUES (?, ?, ?, ?, ?, ?, 'new') RETURNING id",
  );
  const setTexts = db.prepare<[string, string, string, number]>(
    "UPDATE units SET source = ?, target_mt = ?, target = ?, status = 'new', version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
  );
  const remove = db.prepare<[number]>('DELETE FROM units WHERE id = ?');
  const syncStatus = db.prepare<[number]>(
    "UPDATE units SET status = CASE WHEN flagged = 1 THEN 'flagged' ELSE 'new' END WHERE id = ? AND status IN ('new', 'flagged')",
  );
  return {
    /** Gives the units their new order; positions are parked first so the unique index never sees a clash. */
    reorder: (documentId: number, orderedIds: readonly number[]): void => {
      park.run(documentId);
      orderedIds.forEach((id, position) => place.run(position, id));
    },
    insert: (
      documentId: number,
      position: number,
      externalId: string,
      source: string,
      target: string,
    ): number => {
      const row = insert.get(documentId, -1_000_000 - position, externalId, source, target, target);
      if (!row) throw new Error('unit insert returned nothing');
      return row.id;
    },
    setTexts: (id: number, source: string, targetMt: string, target: string): void => {
      setTexts.run(source, targetMt, target, id);
    },
    remove: (id: number): void => {
      remove.run(id);
    },
    /** After a re-check, an unreviewed unit's status follows its flag. */
    syncStatus: (id: number): void => {
      syncStatus.run(id);
    },
  };
}

export interface ReviewedUnitRow {
  id: number;
  source: string;
  target_mt: string;
  source_lang: string;
  target_lang: string;
  /** 1: a reviewer found an error in the machine translation; 0: a reviewer said it was right. */
  erroneous: number;
}

/**
 * Units a reviewer has ruled on, labelled from their decisions: corrected, or a flag confirmed →
 * the MT was wrong; "no error", or approved unchanged → it was right. Untouched units say nothing.
 */
export function reviewedUnits(db: Db): ReviewedUnitRow[] {
  return db
    .prepare<[], ReviewedUnitRow>(
      `SELECT u.id, u.source, u.target_mt, d.source_lang, d.target_lang,
         CASE WHEN u.target != u.target_mt OR EXISTS (SELECT 1 FROM flags f WHERE f.unit_id = u.id AND f.decision = 'confirmed') THEN 1 ELSE 0 END AS erroneous
       FROM units u JOIN documents d ON d.id = u.document_id
       WHERE u.source != '' AND u.target_mt != ''
         AND (u.target != u.target_mt
              OR u.status IN ('no_error', 'approved')
              OR EXISTS (SELECT 1 FROM flags f WHERE f.unit_id = u.id AND f.decision != 'open'))
       ORDER BY d.id, u.position`,
    )
    .all();
}
