import type { ModelSource } from './config';
import type { ModelStatus } from './types';

/**
 * Messages between the embedders (main thread) and the one model thread of the process; each names
 * the embedder it is for.
 */
export type ToWorker =
  | { type: 'load'; embedderId: number; source: ModelSource }
  | { type: 'embed'; embedderId: number; requestId: number; texts: string[] }
  | { type: 'close'; embedderId: number };

export type FromWorker =
  | { type: 'status'; embedderId: number; status: ModelStatus }
  | { type: 'embedded'; embedderId: number; requestId: number; vectors: Float32Array[] }
  | { type: 'failed'; embedderId: number; requestId: number; message: string }
  | { type: 'closed'; embedderId: number };
