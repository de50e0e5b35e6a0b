import type { ModelSource } from './config';
import type { ModelStatus } from './types';

/** Messages between the embedder (main thread) and the model worker. */
export type ToWorker =
  | { type: 'load'; source: ModelSource }
  | { type: 'embed'; requestId: number; texts: string[] }
  | { type: 'close' };

export type FromWorker =
  | { type: 'status'; status: ModelStatus }
  | { type: 'embedded'; requestId: number; vectors: Float32Array[] }
  | { type: 'failed'; requestId: number; message: string };
