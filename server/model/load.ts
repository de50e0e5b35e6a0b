import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { env, pipeline } from '@xenova/transformers';
import type { ModelSource } from './config';
import type { ModelStatus } from './types';

export interface FeatureExtractor {
  (
    texts: string[],
    options: { pooling: 'mean'; normalize: boolean },
  ): Promise<{ data: Float32Array; dims: number[] }>;
  /** Releases the ONNX sessions. */
  dispose(): Promise<unknown>;
}

interface ProgressEvent {
  status: string;
  file?: string;
  loaded?: number;
  total?: number;
}

function isProgressEvent(value: unknown): value is ProgressEvent {
  return typeof value === 'object' && value !== null && 'status' in value;
}

/** Turns transformers.js errors into a reason a user can act on. */
export function explainLoadError(error: unknown, source: ModelSource): string {
  const message = error instanceof Error ? error.message : String(error);
  const inCache = existsSync(join(source.localModelPath, source.name, 'config.json'));
  if (!source.allowRemote && !inCache) {
    return `model ${source.modelId} is not in ${source.localModelPath} and remote loading is off (download it with \`mt-review model pull ${source.name}\` on a machine with internet, then copy the folder)`;
  }
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|network/i.test(message)) {
    return `model ${source.modelId} could not be downloaded (no network?): ${message}`;
  }
  if (/protobuf|onnx|Invalid|parse|corrupt|Load model/i.test(message))
    return `model files of ${source.modelId} are corrupt or unreadable: ${message}`;
  if (/memory|allocation/i.test(message)) return `not enough memory to load ${source.modelId}: ${message}`;
  return `model ${source.modelId} could not be loaded: ${message}`;
}

/** Loads a feature-extraction pipeline with the settings in `source`, reporting download progress. */
export async function loadExtractor(
  source: ModelSource,
  report: (status: ModelStatus) => void,
): Promise<FeatureExtractor> {
  env.localModelPath = source.localModelPath;
  env.allowLocalModels = true;
  env.allowRemoteModels = source.allowRemote;
  env.cacheDir = source.cacheDir;
  env.useBrowserCache = false;
  const files = new Map<string, { loaded: number; total: number }>();
  report({ state: 'loading', modelId: source.modelId });
  const extractor: unknown = await pipeline('feature-extraction', source.name, {
    quantized: source.quantized,
    progress_callback: (event: unknown) => {
      if (!isProgressEvent(event) || event.status !== 'progress' || !event.file) return;
      files.set(event.file, { loaded: event.loaded ?? 0, total: event.total ?? 0 });
      const loadedBytes = [...files.values()].reduce((sum, f) => sum + f.loaded, 0);
      const totalBytes = [...files.values()].reduce((sum, f) => sum + f.total, 0);
      report({
        state: 'downloading',
        modelId: source.modelId,
        progress: {
          percent: totalBytes > 0 ? Math.round((1000 * loadedBytes) / totalBytes) / 10 : 0,
          loadedBytes,
          totalBytes,
          file: event.file,
        },
      });
    },
  });
  if (typeof extractor !== 'function') throw new Error('transformers.js returned no pipeline');
  return extractor as FeatureExtractor;
}

/** Embeds a batch: mean pooling and L2 normalisation, one vector per text. */
export async function embedBatch(extractor: FeatureExtractor, texts: string[]): Promise<Float32Array[]> {
  const output = await extractor(texts, { pooling: 'mean', normalize: true });
  const dimension = output.dims[output.dims.length - 1] ?? 0;
  return texts.map((_, k) => output.data.slice(k * dimension, (k + 1) * dimension));
}
