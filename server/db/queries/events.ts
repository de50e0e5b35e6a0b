import type { Db } from '../connection';

export interface EventRow {
  id: number;
  document_id: number;
  unit_id: number | null;
  user_id: number | null;
  user_name?: string | null;
  at: string;
  kind: string;
  before: string | null;
  after: string | null;
}

export function eventQueries(db: Db) {
  const insert = db.prepare<[number, number | null, number | null, string, string | null, string | null]>(
    'INSERT INTO events (document_id, unit_id, user_id, kind, before, after) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byUnit = db.prepare<[number], EventRow>(
    'SELECT e.*, u.name AS user_name FROM events e LEFT JOIN users u ON u.id = e.user_id WHERE e.unit_id = ? ORDER BY e.id',
  );
  const byDocument = db.prepare<[number], EventRow>(
    'SELECT e.*, u.name AS user_name FROM events e LEFT JOIN users u ON u.id = e.user_id WHERE e.document_id = ? ORDER BY e.id',
  );
  // The newest status change of each unit, with its comment: what the reviewer said last.
  const latestStatusByDocument = db.prepare<[number], EventRow>(
    `SELECT e.*, u.name AS user_name FROM events e LEFT JOIN users u ON u.id = e.user_id
     WHERE e.id IN (SELECT MAX(id) FROM events WHERE document_id = ? AND kind = 'status' AND unit_id IS NOT NULL GROUP BY unit_id)`,
  );
  const latestStatusOfUnit = db.prepare<[number], EventRow>(
    `SELECT e.*, u.name AS user_name FROM events e LEFT JOIN users u ON u.id = e.user_id
     WHERE e.unit_id = ? AND e.kind = 'status' ORDER BY e.id DESC LIMIT 1`,
  );
  const lastByDocument = db.prepare<[], { document_id: number; last: number }>(
    'SELECT document_id, MAX(id) AS last FROM events GROUP BY document_id',
  );
  return {
    record: (event: {
      documentId: number;
      unitId: number | null;
      userId: number | null;
      kind: string;
      before?: string | null;
      after?: string | null;
    }): void => {
      insert.run(
        event.documentId,
        event.unitId,
        event.userId,
        event.kind,
        event.before ?? null,
        event.after ?? null,
      );
    },
    byUnit: (unitId: number): EventRow[] => byUnit.all(unitId),
    byDocument: (documentId: number): EventRow[] => byDocument.all(documentId),
    /** The newest entry of each document's trail: what has changed since a number was worked out. */
    lastByDocument: (): Map<number, number> =>
      new Map(lastByDocument.all().map((row) => [row.document_id, row.last])),
    latestStatusByDocument: (documentId: number): EventRow[] => latestStatusByDocument.all(documentId),
    latestStatusOfUnit: (unitId: number): EventRow | undefined => latestStatusOfUnit.get(unitId),
  };
}
