import type { Db } from '../connection';

export interface OriginalFileRow {
  document_id: number;
  name: string;
  content: string;
}

export function originalFileQueries(db: Db) {
  const insert = db.prepare<[number, string, string]>(
    'INSERT INTO original_files (document_id, name, content) VALUES (?, ?, ?)',
  );
  const get = db.prepare<[number], OriginalFileRow>('SELECT * FROM original_files WHERE document_id = ?');
  const name = db.prepare<[number], { name: string }>(
    'SELECT name FROM original_files WHERE document_id = ?',
  );
  return {
    insert: (documentId: number, file: { name: string; content: string }): void => {
      insert.run(documentId, file.name, file.content);
    },
    get: (documentId: number): OriginalFileRow | undefined => get.get(documentId),
    /** The file's name alone: the document view need not read the whole file. */
    name: (documentId: number): string | undefined => name.get(documentId)?.name,
  };
}
