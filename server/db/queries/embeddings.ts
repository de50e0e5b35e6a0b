import type { EmbeddingCache } from '../../model/cache';
import type { Db } from '../connection';

/** The embedding cache in SQLite: a re-check or an edit embeds only text it has not seen. */
export function sqliteEmbeddingCache(db: Db): EmbeddingCache {
  const get = db.prepare<[string, string], { vector: Buffer }>(
    'SELECT vector FROM embeddings WHERE model_id = ? AND text_hash = ?',
  );
  const put = db.prepare<[string, string, Buffer]>(
    'INSERT OR REPLACE INTO embeddings (model_id, text_hash, vector) VALUES (?, ?, ?)',
  );
  const putMany = db.transaction((modelId: string, entries: readonly (readonly [string, Float32Array])[]) => {
    for (const [hash, vector] of entries)
      put.run(modelId, hash, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
  });
  return {
    get(modelId, hashes) {
      const found = new Map<string, Float32Array>();
      for (const hash of hashes) {
        const row = get.get(modelId, hash);
        if (row)
          found.set(
            hash,
            new Float32Array(
              row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength),
            ),
          );
      }
      return found;
    },
    put(modelId, entries) {
      putMany(modelId, entries);
    },
  };
}
