import type { Embedder } from '../model/types';
import { WorkerEmbedder } from '../model/embedder';
import { resolveModelSource } from '../model/config';
import { readConfig } from '../config';

/**
 * `--no-model` → none; `--model X` → X; otherwise the configured model. When it cannot load, the
 * run goes on with heuristics and says so on stderr.
 */
const opened: WorkerEmbedder[] = [];

/** Stops the model threads the command started, so the process can exit. */
export async function closeCliEmbedders(): Promise<void> {
  await Promise.all(opened.splice(0).map((embedder) => embedder.close()));
}

export async function loadEmbedderForCli(option: string | boolean | undefined): Promise<Embedder | null> {
  if (option === false) return null;
  const config = readConfig();
  const settings = typeof option === 'string' ? { ...config.model, model: option } : config.model;
  const embedder = new WorkerEmbedder(resolveModelSource(settings));
  opened.push(embedder);
  await embedder.start();
  const status = embedder.status();
  if (status.state !== 'ready') {
    process.stderr.write(
      `model unavailable — flags from heuristics only (${status.reason ?? status.state})\n`,
    );
    await embedder.close();
    return null;
  }
  return embedder;
}
