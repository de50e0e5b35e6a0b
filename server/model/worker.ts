import { parentPort } from 'node:worker_threads';
import { type FeatureExtractor, embedBatch, explainLoadError, loadExtractor } from './load';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The model thread: loads each embedder's model, then embeds batch by batch; the main thread keeps
 * answering HTTP meanwhile. One thread serves every embedder of the process and lives as long as the
 * process: onnxruntime cannot be loaded again in a process once the threads that loaded it have
 * ended, and threads that came and went while another used it crashed the process now and then.
 */
const port = parentPort;
if (!port) throw new Error('model worker started outside a worker thread');

interface Model {
  loading: Promise<unknown>;
  extractor: FeatureExtractor | null;
}

const models = new Map<number, Model>();
const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

function load(embedderId: number, message: Extract<ToWorker, { type: 'load' }>): void {
  const model: Model = { loading: Promise.resolve(), extractor: null };
  models.set(embedderId, model);
  model.loading = loadExtractor(message.source, (status) => send({ type: 'status', embedderId, status }))
    .then((loaded) => {
      model.extractor = loaded;
      send({ type: 'status', embedderId, status: { state: 'ready', modelId: message.source.modelId } });
    })
    .catch((error: unknown) => {
      send({
        type: 'status',
        embedderId,
        status: {
          state: 'unavailable',
          modelId: message.source.modelId,
          reason: explainLoadError(error, message.source),
        },
      });
    });
}

/** Releases an embedder's sessions once its model has finished loading. */
function close(embedderId: number): void {
  const model = models.get(embedderId);
  models.delete(embedderId);
  void (model?.loading ?? Promise.resolve())
    .then(() => model?.extractor?.dispose())
    .catch(() => undefined)
    .finally(() => send({ type: 'closed', embedderId }));
}

port.on('message', (message: ToWorker) => {
  const { embedderId } = message;
  if (message.type === 'load') return load(embedderId, message);
  if (message.type === 'close') return close(embedderId);
  const ready = models.get(embedderId)?.extractor;
  if (!ready) {
    send({ type: 'failed', embedderId, requestId: message.requestId, message: 'model not loaded' });
    return;
  }
  embedBatch(ready, message.texts)
    .then((vectors) =>
      send(
        { type: 'embedded', embedderId, requestId: message.requestId, vectors },
        vectors.map((v) => v.buffer as ArrayBuffer),
      ),
    )
    .catch((error: unknown) =>
      send({
        type: 'failed',
        embedderId,
        requestId: message.requestId,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
});
