import type { Db } from '../connection';

export interface CommentRow {
  id: number;
  unit_id: number;
  created_by: number;
  created_by_name: string | null;
  body: string;
  created_at: string;
}

const SELECT =
  'SELECT c.*, p.name AS created_by_name FROM comments c LEFT JOIN users p ON p.id = c.created_by';

export function commentQueries(db: Db) {
  const insert = db.prepare<[number, number, string], { id: number }>(
    'INSERT INTO comments (unit_id, created_by, body) VALUES (?, ?, ?) RETURNING id',
  );
  const byId = db.prepare<[number], CommentRow>(`${SELECT} WHERE c.id = ?`);
  const byUnit = db.prepare<[number], CommentRow>(`${SELECT} WHERE c.unit_id = ? ORDER BY c.id`);
  const byDocument = db.prepare<[number], CommentRow>(
    `${SELECT} JOIN units u ON u.id = c.unit_id WHERE u.document_id = ? ORDER BY c.id`,
  );
  const remove = db.prepare<[number]>('DELETE FROM comments WHERE id = ?');
  const move = db.prepare<[number, number]>('UPDATE comments SET unit_id = ? WHERE unit_id = ?');
  return {
    insert: (unitId: number, userId: number, body: string): CommentRow => {
      const id = insert.get(unitId, userId, body)?.id;
      const row = id === undefined ? undefined : byId.get(id);
      if (!row) throw new Error('comment insert returned nothing');
      return row;
    },
    byId: (id: number): CommentRow | undefined => byId.get(id),
    byUnit: (unitId: number): CommentRow[] => byUnit.all(unitId),
    byDocument: (documentId: number): CommentRow[] => byDocument.all(documentId),
    remove: (id: number): void => {
      remove.run(id);
    },
    /** Every comment of one unit to another (a re-alignment merged the first away). */
    moveToUnit: (fromUnit: number, toUnit: number): void => {
      move.run(toUnit, fromUnit);
    },
  };
}
