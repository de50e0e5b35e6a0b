import type { Embedder } from '../model/types';
import { WorkerEmbedder } from '../model/embedder';
import { resolveModelSource } from '../model/config';
import { readConfig } from '../config';
import { SpellingService } from '../spelling/service';
import { closeWhenDone } from './resources';

/** `--spelling` → a dictionary service for this run (its thread closes when the command ends). */
export function spellingForCli(enabled: boolean | undefined): SpellingService | null {
  if (!enabled) return null;
  const service = new SpellingService();
  closeWhenDone(() => service.close());
  return service;
}

/**
 * `--no-model` → none; `--model X` → X; otherwise the configured model. When it cannot load, the
 * run goes on with heuristics and says so on stderr.
 */
export async function loadEmbedderForCli(option: string | boolean | undefined): Promise<Embedder | null> {
  if (option === false) return null;
  const config = readConfig();
  const settings = typeof option === 'string' ? { ...config.model, model: option } : config.model;
  const embedder = new WorkerEmbedder(resolveModelSource(settings));
  closeWhenDone(() => embedder.close());
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
