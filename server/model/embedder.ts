import { type EmbeddingCache, MemoryEmbeddingCache, textHash } from './cache';
import type { ModelSource } from './config';
import type { FromWorker, ToWorker } from './protocol';
import { type ThreadConnection, connect } from './thread';
import type { EmbedPriority, Embedder, ModelStatus } from './types';

interface Batch {
  priority: EmbedPriority;
  texts: string[];
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: Error) => void;
}

export interface EmbedderStats {
  /** Texts sent to the model (cache misses). */
  embedded: number;
  cacheHits: number;
  batches: number;
}

const BATCH_SIZE = 32;

/**
 * Sentence embeddings from a transformers.js model running in a worker thread. Batches queue by
 * priority — an interactive re-check goes ahead of a bulk import — and results are cached.
 */
export class WorkerEmbedder implements Embedder {
  readonly modelId: string;
  readonly stats: EmbedderStats = { embedded: 0, cacheHits: 0, batches: 0 };
  private current: ModelStatus;
  private thread: { id: number; connection: ThreadConnection } | null = null;
  private loading: Promise<void> | null = null;
  private readonly queue: Batch[] = [];
  private inFlight: { requestId: number; batch: Batch } | null = null;
  private nextRequestId = 1;
  private settle: (() => void) | null = null;
  private closing = false;
  private released: (() => void) | null = null;
  private readonly listeners = new Set<(status: ModelStatus) => void>();

  constructor(
    private readonly source: ModelSource,
    private readonly cache: EmbeddingCache = new MemoryEmbeddingCache(),
    private readonly batchSize = BATCH_SIZE,
  ) {
    this.modelId = source.modelId;
    this.current = { state: 'idle', modelId: source.modelId };
  }

  status(): ModelStatus {
    return this.current;
  }

  onStatus(listener: (status: ModelStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts loading (once); resolves when the model is ready or known to be unavailable. */
  start(): Promise<void> {
    this.loading ??= new Promise<void>((resolve) => {
      this.settle = resolve;
      try {
        this.thread = connect({
          receive: (message) => this.receive(message),
          lost: (reason) => {
            if (!this.closing && this.current.state !== 'unavailable') this.fail(reason);
          },
        });
      } catch (error) {
        this.setStatus({
          state: 'unavailable',
          modelId: this.modelId,
          reason: `the model thread could not start: ${String(error)}`,
        });
        return;
      }
      this.post({ type: 'load', embedderId: this.thread.id, source: this.source });
    });
    return this.loading;
  }

  private post(message: ToWorker): void {
    this.thread?.connection.post(message);
  }

  async embed(
    texts: readonly string[],
    priority: EmbedPriority = 'interactive',
  ): Promise<Float32Array[] | null> {
    await this.start();
    if (this.current.state !== 'ready') return null;
    const hashes = texts.map(textHash);
    const cached = this.cache.get(this.modelId, hashes);
    const missing = new Map<string, string>();
    hashes.forEach((hash, k) => {
      if (!cached.has(hash)) missing.set(hash, texts[k] ?? '');
    });
    this.stats.cacheHits += hashes.filter((h) => cached.has(h)).length;
    const missingHashes = [...missing.keys()];
    const pending: Promise<Float32Array[]>[] = [];
    for (let start = 0; start < missingHashes.length; start += this.batchSize) {
      const slice = missingHashes.slice(start, start + this.batchSize);
      pending.push(
        this.enqueue(
          slice.map((h) => missing.get(h) ?? ''),
          priority,
        ),
      );
    }
    let results: Float32Array[][];
    try {
      results = await Promise.all(pending);
    } catch {
      return null;
    }
    const fresh: [string, Float32Array][] = [];
    results.forEach((vectors, b) => {
      vectors.forEach((vector, k) => {
        const hash = missingHashes[b * this.batchSize + k];
        if (hash) fresh.push([hash, vector]);
      });
    });
    this.stats.embedded += fresh.length;
    if (fresh.length > 0) this.cache.put(this.modelId, fresh);
    const all = new Map([...cached, ...fresh]);
    return hashes.map((hash) => all.get(hash) ?? new Float32Array(0));
  }

  /**
   * Asks the model thread to release this embedder's sessions, waiting at most `graceMs` for it; the
   * thread itself stays for the next embedder.
   */
  async close(graceMs = 5000): Promise<void> {
    this.closing = true;
    const thread = this.thread;
    this.thread = null;
    if (!thread) return;
    const released = new Promise<void>((resolve) => {
      this.released = resolve;
      setTimeout(resolve, graceMs).unref();
    });
    thread.connection.post({ type: 'close', embedderId: thread.id });
    await released;
    thread.connection.disconnect();
  }

  private enqueue(texts: string[], priority: EmbedPriority): Promise<Float32Array[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ priority, texts, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.inFlight || !this.thread || this.queue.length === 0) return;
    const index = Math.max(
      0,
      this.queue.findIndex((b) => b.priority === 'interactive'),
    );
    const [batch] = this.queue.splice(index, 1);
    if (!batch) return;
    const requestId = this.nextRequestId++;
    this.inFlight = { requestId, batch };
    this.stats.batches++;
    this.post({ type: 'embed', embedderId: this.thread.id, requestId, texts: batch.texts });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'status') {
      this.setStatus(message.status);
      return;
    }
    if (message.type === 'closed') {
      this.released?.();
      return;
    }
    const flight = this.inFlight;
    if (!flight || flight.requestId !== message.requestId) return;
    this.inFlight = null;
    if (message.type === 'embedded') flight.batch.resolve(message.vectors);
    else flight.batch.reject(new Error(message.message));
    this.dispatch();
  }

  private fail(reason: string): void {
    this.setStatus({ state: 'unavailable', modelId: this.modelId, reason });
    for (const batch of this.queue.splice(0)) batch.reject(new Error(reason));
    this.inFlight?.batch.reject(new Error(reason));
    this.inFlight = null;
  }

  private setStatus(status: ModelStatus): void {
    this.current = status;
    if (status.state === 'ready' || status.state === 'unavailable') {
      this.settle?.();
    }
    for (const listener of this.listeners) listener(status);
  }
}
