import { createHash } from 'node:crypto';

/** Embeddings keyed by (model id, sha256 of the text), so an edit embeds only the new text. */
export interface EmbeddingCache {
  get(modelId: string, hashes: readonly string[]): Map<string, Float32Array>;
  put(modelId: string, entries: readonly (readonly [string, Float32Array])[]): void;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class MemoryEmbeddingCache implements EmbeddingCache {
  private readonly entries = new Map<string, Float32Array>();

  get(modelId: string, hashes: readonly string[]): Map<string, Float32Array> {
    const found = new Map<string, Float32Array>();
    for (const hash of hashes) {
      const vector = this.entries.get(`${modelId}\u0000${hash}`);
      if (vector) found.set(hash, vector);
    }
    return found;
  }

  put(modelId: string, entries: readonly (readonly [string, Float32Array])[]): void {
    for (const [hash, vector] of entries) this.entries.set(`${modelId}\u0000${hash}`, vector);
  }
}
