import type { Db } from '../connection';

export interface DocumentRow {
  id: number;
  title: string;
  source_lang: string;
  target_lang: string;
  source_lang_detected: number;
  target_lang_detected: number;
  kind: 'document' | 'pairs';
  threshold: number;
  model: string | null;
  checks_run: string;
  created_by: number | null;
  created_at: string;
  /** When an editor or QA lead took it off the list; null while it is in use. */
  archived_at: string | null;
  /** 'memory': a translation memory a team imported, kept as approved units, not reviewed. */
  purpose: 'review' | 'memory';
  /** The reviewer the document is with, and the day it is due (YYYY-MM-DD); null when not said. */
  assigned_to: number | null;
  due_date: string | null;
  /** Moves on with every change to the document's review or findings (migration 0015). */
  revision: number;
}

export interface DocumentSummaryRow extends DocumentRow {
  units: number;
  flagged: number;
  reviewed: number;
  approved: number;
  /** JSON object: unit status → count. */
  status_counts: string;
  created_by_name: string | null;
  assigned_to_name: string | null;
}

export interface NewDocument {
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceLangDetected: boolean;
  targetLangDetected: boolean;
  kind: 'document' | 'pairs';
  threshold: number;
  model: string | null;
  checksRun: string[];
  createdBy: number | null;
  /** 'review' unless said. */
  purpose?: 'review' | 'memory';
}

const SUMMARY = `
  SELECT d.*, u.name AS created_by_name, a.name AS assigned_to_name,
    (SELECT COUNT(*) FROM units x WHERE x.document_id = d.id) AS units,
    (SELECT COUNT(*) FROM units x WHERE x.document_id = d.id AND x.flagged = 1) AS flagged,
    (SELECT COUNT(*) FROM units x WHERE x.document_id = d.id AND x.status IN ('corrected', 'no_error', 'approved', 'rejected')) AS reviewed,
    (SELECT COUNT(*) FROM units x WHERE x.document_id = d.id AND x.status = 'approved') AS approved,
    (SELECT json_group_object(status, n) FROM (SELECT status, COUNT(*) AS n FROM units x WHERE x.document_id = d.id GROUP BY status)) AS status_counts
  FROM documents d LEFT JOIN users u ON u.id = d.created_by LEFT JOIN users a ON a.id = d.assigned_to`;

export function documentQueries(db: Db) {
  const insert = db.prepare<
    [string, string, string, number, number, string, number, string | null, string, number | null, string],
    { id: number }
  >(
    `INSERT INTO documents (title, source_lang, target_lang, source_lang_detected, target_lang_detected, kind, threshold, model, checks_run, created_by, purpose)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const list = db.prepare<[], DocumentSummaryRow>(`${SUMMARY} WHERE d.purpose = 'review' ORDER BY d.id DESC`);
  const memories = db.prepare<[], DocumentSummaryRow>(
    `${SUMMARY} WHERE d.purpose = 'memory' ORDER BY d.id DESC`,
  );
  const removeMemory = db.prepare<[number]>("DELETE FROM documents WHERE id = ? AND purpose = 'memory'");
  const one = db.prepare<[number], DocumentSummaryRow>(`${SUMMARY} WHERE d.id = ?`);
  const revision = db.prepare<[number], { revision: number }>('SELECT revision FROM documents WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents');
  const archive = db.prepare<[number]>(
    "UPDATE documents SET archived_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND archived_at IS NULL",
  );
  const restore = db.prepare<[number]>('UPDATE documents SET archived_at = NULL WHERE id = ?');
  const ofPair = db.prepare<[string, string], { id: number }>(
    "SELECT id FROM documents WHERE source_lang = ? AND target_lang = ? AND purpose = 'review' ORDER BY id",
  );
  const assign = db.prepare<[number | null, string | null, number]>(
    'UPDATE documents SET assigned_to = ?, due_date = ? WHERE id = ?',
  );
  const setAnalysis = db.prepare<[string | null, string, number]>(
    'UPDATE documents SET model = ?, checks_run = ?, revision = revision + 1 WHERE id = ?',
  );
  return {
    insert: (doc: NewDocument): number => {
      const row = insert.get(
        doc.title,
        doc.sourceLang,
        doc.targetLang,
        doc.sourceLangDetected ? 1 : 0,
        doc.targetLangDetected ? 1 : 0,
        doc.kind,
        doc.threshold,
        doc.model,
        JSON.stringify(doc.checksRun),
        doc.createdBy,
        doc.purpose ?? 'review',
      );
      if (!row) throw new Error('document insert returned nothing');
      return row.id;
    },
    /** The documents to review (archived ones too), newest first. */
    list: (): DocumentSummaryRow[] => list.all(),
    /** The translation memories the team imported, newest first. */
    memories: (): DocumentSummaryRow[] => memories.all(),
    /** Deletes an imported translation memory with its units; a document under review is never deleted. */
    removeMemory: (id: number): boolean => removeMemory.run(id).changes > 0,
    get: (id: number): DocumentSummaryRow | undefined => one.get(id),
    revision: (id: number): number | undefined => revision.get(id)?.revision,
    count: (): number => count.get()?.n ?? 0,
    /** The ids of a language pair's documents to review, archived ones too. */
    idsOfPair: (sourceLang: string, targetLang: string): number[] =>
      ofPair.all(sourceLang, targetLang).map((row) => row.id),
    /** Hands the document to a reviewer, by a day; nulls take either back. */
    assign: (id: number, assignedTo: number | null, dueDate: string | null): void => {
      assign.run(assignedTo, dueDate, id);
    },
    /** Archives or restores a document. */
    setArchived: (id: number, archived: boolean): void => {
      (archived ? archive : restore).run(id);
    },
    setAnalysis: (id: number, model: string | null, checksRun: string[]): void => {
      setAnalysis.run(model, JSON.stringify(checksRun), id);
    },
  };
}
