import type { Db } from '../connection';

export interface IssueRow {
  id: number;
  unit_id: number;
  category: string;
  severity: 'minor' | 'major' | 'critical';
  side: 'source' | 'target';
  span_start: number | null;
  span_end: number | null;
  comment: string;
  created_by: number;
  created_by_name?: string;
  created_at: string;
}

export interface NewIssue {
  unitId: number;
  category: string;
  severity: IssueRow['severity'];
  side: IssueRow['side'];
  start: number | null;
  end: number | null;
  comment: string;
  createdBy: number;
}

export function issueQueries(db: Db) {
  const insert = db.prepare<
    [number, string, string, string, number | null, number | null, string, number],
    IssueRow
  >(
    'INSERT INTO issues (unit_id, category, severity, side, span_start, span_end, comment, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *',
  );
  const byDocument = db.prepare<[number], IssueRow>(
    `SELECT i.*, us.name AS created_by_name FROM issues i JOIN units u ON u.id = i.unit_id LEFT JOIN users us ON us.id = i.created_by
     WHERE u.document_id = ? ORDER BY i.id`,
  );
  const byUnit = db.prepare<[number], IssueRow>(
    `SELECT i.*, us.name AS created_by_name FROM issues i LEFT JOIN users us ON us.id = i.created_by WHERE i.unit_id = ? ORDER BY i.id`,
  );
  const byId = db.prepare<[number], IssueRow>(
    `SELECT i.*, us.name AS created_by_name FROM issues i LEFT JOIN users us ON us.id = i.created_by WHERE i.id = ?`,
  );
  const remove = db.prepare<[number]>('DELETE FROM issues WHERE id = ?');
  const relocate = db.prepare<[number, number | null, number | null, number]>(
    'UPDATE issues SET unit_id = ?, span_start = ?, span_end = ? WHERE id = ?',
  );
  return {
    insert: (issue: NewIssue): IssueRow => {
      const row = insert.get(
        issue.unitId,
        issue.category,
        issue.severity,
        issue.side,
        issue.start,
        issue.end,
        issue.comment,
        issue.createdBy,
      );
      if (!row) throw new Error('issue insert returned nothing');
      return row;
    },
    byDocument: (documentId: number): IssueRow[] => byDocument.all(documentId),
    byUnit: (unitId: number): IssueRow[] => byUnit.all(unitId),
    byId: (id: number): IssueRow | undefined => byId.get(id),
    remove: (id: number): void => {
      remove.run(id);
    },
    /** A marked error moved with its words to another unit or place (a re-alignment). */
    relocate: (id: number, unitId: number, span: { start: number; end: number } | null): void => {
      relocate.run(unitId, span?.start ?? null, span?.end ?? null, id);
    },
  };
}
