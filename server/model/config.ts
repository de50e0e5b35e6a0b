import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export const DEFAULT_MODEL = 'Xenova/paraphrase-multilingual-MiniLM-L12-v2';
export const ACCURATE_MODEL = 'Xenova/LaBSE';

export interface ModelSettings {
  /** A Hugging Face model id, or a local folder in the transformers.js layout. */
  model: string;
  /** Where downloaded models are kept (the transformers.js cache). */
  cacheDir: string;
  /** No remote loading: only the cache and local folders. */
  offline: boolean;
  quantized: boolean;
}

export interface ModelSource {
  /** What status and caches call the model. */
  modelId: string;
  /** transformers.js resolves `name` under `localModelPath`; for hub models that is the cache folder. */
  localModelPath: string;
  name: string;
  allowRemote: boolean;
  cacheDir: string;
  quantized: boolean;
}

/** A folder on disk is used in place; anything else is a hub id looked up in the cache, then downloaded unless offline. */
export function resolveModelSource(settings: ModelSettings): ModelSource {
  const asPath = resolve(settings.model);
  const isFolder =
    (settings.model.startsWith('.') || settings.model.startsWith('/') || existsSync(asPath)) &&
    existsSync(asPath) &&
    statSync(asPath).isDirectory();
  if (isFolder) {
    return {
      modelId: `local:${basename(asPath)}`,
      localModelPath: `${dirname(asPath)}/`,
      name: basename(asPath),
      allowRemote: false,
      cacheDir: resolve(settings.cacheDir),
      quantized: settings.quantized,
    };
  }
  return {
    modelId: settings.model,
    localModelPath: `${resolve(settings.cacheDir)}/`,
    name: settings.model,
    allowRemote: !settings.offline,
    cacheDir: resolve(settings.cacheDir),
    quantized: settings.quantized,
  };
}
