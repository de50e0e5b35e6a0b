import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { readConfig } from '../config';
import { resolveModelSource } from '../model/config';
import { WorkerEmbedder } from '../model/embedder';
import type { ModelStatus } from '../model/types';
import { UsageError } from './errors';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** Loads the model in its worker, feeding a progress bar while files download. */
async function loadWithProgress(model: string | undefined, offline: boolean): Promise<ModelStatus> {
  const config = readConfig();
  const settings = { ...config.model, ...(model ? { model } : {}), offline };
  const embedder = new WorkerEmbedder(resolveModelSource(settings));
  const bar = new cliProgress.SingleBar(
    {
      format: 'downloading {file} |{bar}| {percentage}% {loaded}/{total}',
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  embedder.onStatus((status) => {
    if (status.state !== 'downloading' || !status.progress) return;
    const payload = {
      file: status.progress.file ?? '',
      loaded: megabytes(status.progress.loadedBytes),
      total: megabytes(status.progress.totalBytes),
    };
    if (!started) {
      bar.start(100, 0, payload);
      started = true;
    }
    bar.update(Math.floor(status.progress.percent), payload);
  });
  try {
    await embedder.start();
  } finally {
    if (started) bar.stop();
    await embedder.close();
  }
  return embedder.status();
}

export function registerModel(program: Command, out: (text: string) => void): void {
  const model = program
    .command('model')
    .description('the sentence-embedding model: download it, or see its status');
  model
    .command('pull [id]')
    .description('download a model into the model cache (MT_REVIEW_MODEL_DIR, default ./models)')
    .action(async (id: string | undefined) => {
      const config = readConfig();
      if (config.model.offline) {
        throw new UsageError(
          'MT_REVIEW_OFFLINE is set: nothing can be downloaded (copy a model folder into the cache instead)',
        );
      }
      const status = await loadWithProgress(id, false);
      if (status.state !== 'ready')
        throw new UsageError(`could not pull ${id ?? config.model.model}: ${status.reason ?? status.state}`);
      out(
        `${status.modelId} is ready in ${resolveModelSource({ ...config.model, ...(id ? { model: id } : {}) }).cacheDir}\n`,
      );
    });
  model
    .command('status')
    .description('load the configured model from the cache and say whether it works')
    .action(async () => {
      const config = readConfig();
      const status = await loadWithProgress(undefined, true);
      out(
        `model: ${status.modelId}\ncache: ${resolveModelSource(config.model).cacheDir}\nstatus: ${status.state}${status.reason ? ` — ${status.reason}` : ''}\n`,
      );
    });
}
