import { parentPort } from 'node:worker_threads';
import { type FeatureExtractor, embedBatch, explainLoadError, loadExtractor } from './load';
import type { FromWorker, ToWorker } from './protocol';

/** The model thread: loads once, then embeds batch by batch; the main thread keeps answering HTTP meanwhile. */
const port = parentPort;
if (!port) throw new Error('model worker started outside a worker thread');

let extractor: FeatureExtractor | null = null;
let loading: Promise<unknown> = Promise.resolve();
const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    // Ending the thread while onnxruntime still holds its sessions can crash the whole process
    // ("free(): invalid pointer"): release them first, then let the thread run out.
    void loading
      .then(() => extractor?.dispose())
      .catch(() => undefined)
      .finally(() => port.close());
    return;
  }
  if (message.type === 'load') {
    loading = loadExtractor(message.source, (status) => send({ type: 'status', status }))
      .then((loaded) => {
        extractor = loaded;
        send({ type: 'status', status: { state: 'ready', modelId: message.source.modelId } });
      })
      .catch((error: unknown) => {
        send({
          type: 'status',
          status: {
            state: 'unavailable',
            modelId: message.source.modelId,
            reason: explainLoadError(error, message.source),
          },
        });
      });
    return;
  }
  const ready = extractor;
  if (!ready) {
    send({ type: 'failed', requestId: message.requestId, message: 'model not loaded' });
    return;
  }
  embedBatch(ready, message.texts)
    .then((vectors) =>
      send(
        { type: 'embedded', requestId: message.requestId, vectors },
        vectors.map((v) => v.buffer as ArrayBuffer),
      ),
    )
    .catch((error: unknown) =>
      send({
        type: 'failed',
        requestId: message.requestId,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
});
