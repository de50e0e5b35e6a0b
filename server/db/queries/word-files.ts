import type { Db } from '../connection';

export interface WordFileRow {
  document_id: number;
  name: string;
  bytes: Buffer;
}

export function wordFileQueries(db: Db) {
  const insert = db.prepare<[number, string, Uint8Array]>(
    'INSERT INTO word_files (document_id, name, bytes) VALUES (?, ?, ?)',
  );
  const get = db.prepare<[number], WordFileRow>('SELECT * FROM word_files WHERE document_id = ?');
  return {
    insert: (documentId: number, file: { name: string; bytes: Uint8Array }): void => {
      insert.run(documentId, file.name, file.bytes);
    },
    get: (documentId: number): WordFileRow | undefined => get.get(documentId),
  };
}
