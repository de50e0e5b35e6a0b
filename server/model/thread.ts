import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol';

/** What an embedder hears from the model thread: its own messages, and the thread's end. */
export interface ThreadListener {
  receive(message: FromWorker): void;
  lost(reason: string): void;
}

export interface ThreadConnection {
  post(message: ToWorker): void;
  /** Stops listening; the thread stays, for the next embedder. */
  disconnect(): void;
}

/**
 * The process's one model thread, started by the first embedder and kept for the next: it holds the
 * process open only while some embedder is connected.
 */
let worker: Worker | null = null;
const listeners = new Map<number, ThreadListener>();
let nextId = 1;

function startThread(): Worker {
  const started = new Worker(new URL('./worker-entry.mjs', import.meta.url));
  started.on('message', (message: FromWorker) => listeners.get(message.embedderId)?.receive(message));
  const lose = (reason: string): void => {
    if (worker === started) worker = null;
    for (const listener of listeners.values()) listener.lost(reason);
  };
  started.on('error', (error) => lose(`the model thread crashed: ${error.message}`));
  started.on('exit', (code) => lose(`the model thread exited with code ${code}`));
  return started;
}

/** Connects an embedder to the model thread, starting it when there is none; throws when it cannot start. */
export function connect(listener: ThreadListener): { id: number; connection: ThreadConnection } {
  worker ??= startThread();
  const thread = worker;
  const id = nextId++;
  listeners.set(id, listener);
  thread.ref();
  return {
    id,
    connection: {
      post: (message) => thread.postMessage(message),
      disconnect: () => {
        listeners.delete(id);
        if (listeners.size === 0) thread.unref();
      },
    },
  };
}
