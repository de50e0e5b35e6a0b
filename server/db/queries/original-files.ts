import type { Db } from '../connection';

export interface OriginalFileRow {
  document_id: number;
  name: string;
  content: string;
  bytes: Buffer | null;
}

export function originalFileQueries(db: Db) {
  const insert = db.prepare<[number, string, string, Uint8Array | null]>(
    'INSERT INTO original_files (document_id, name, content, bytes) VALUES (?, ?, ?, ?)',
  );
  const get = db.prepare<[number], OriginalFileRow>('SELECT * FROM original_files WHERE document_id = ?');
  const name = db.prepare<[number], { name: string }>(
    'SELECT name FROM original_files WHERE document_id = ?',
  );
  return {
    insert: (documentId: number, file: { name: string; content: string; bytes?: Uint8Array }): void => {
      insert.run(documentId, file.name, file.content, file.bytes ?? null);
    },
    get: (documentId: number): OriginalFileRow | undefined => get.get(documentId),
    /** The file's name alone: the document view need not read the whole file. */
    name: (documentId: number): string | undefined => name.get(documentId)?.name,
  };
}
