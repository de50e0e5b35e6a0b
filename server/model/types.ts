export type ModelState = 'ready' | 'downloading' | 'loading' | 'unavailable' | 'idle';

export interface ModelStatus {
  state: ModelState;
  modelId: string;
  /** Why the model is unavailable, in words a user can act on. */
  reason?: string;
  progress?: { percent: number; loadedBytes: number; totalBytes: number; file?: string };
}

export type EmbedPriority = 'interactive' | 'bulk';

/** What the pipeline needs from a sentence-embedding model. Vectors are L2-normalised. */
export interface Embedder {
  readonly modelId: string;
  status(): ModelStatus;
  /** Resolves to null when the model is unavailable: callers fall back to heuristics. */
  embed(texts: readonly string[], priority?: EmbedPriority): Promise<Float32Array[] | null>;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
