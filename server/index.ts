import type { Server } from 'node:http';
import { createApp } from './app';
import type { Config } from './config';
import { openDb } from './db/connection';
import { sqliteEmbeddingCache } from './db/queries/embeddings';
import { createRepositories } from './db/repositories';
import { resolveModelSource } from './model/config';
import { WorkerEmbedder } from './model/embedder';
import { SpellingService } from './spelling/service';
import { DEMO_USERS, seedDemo } from './seed';
import type { ServiceContext } from './review/context';
import { recheckDocument, warmUp } from './review/recheck';
import { buildWeb, webBuildIsStale } from './web-build';

async function rescoreWithoutModel(ctx: ServiceContext): Promise<void> {
  for (const document of ctx.repos.documents.list()) {
    if (document.model === null) await recheckDocument(ctx, document.id);
  }
}

/** Start-up: config → database (migrations) → model → app → listen. */
export async function startServer(config: Config, options: { buildWeb?: boolean } = {}): Promise<Server> {
  if (options.buildWeb && webBuildIsStale(config.webDist)) {
    console.log('building the web UI…');
    await buildWeb(config.webDist);
  }
  const db = openDb(config.dbPath);
  const embedder = config.modelEnabled
    ? new WorkerEmbedder(resolveModelSource(config.model), sqliteEmbeddingCache(db))
    : null;
  const repos = createRepositories(db);
  const spelling = config.spellingEnabled ? new SpellingService() : null;
  embedder?.onStatus((status) => {
    if (status.state === 'ready') {
      console.log(`model ${status.modelId} ready`);
      // Documents imported while the model was loading were scored on heuristics: score them again.
      void rescoreWithoutModel({ repos, embedder, spelling });
    }
    if (status.state === 'unavailable')
      console.log(`model unavailable — flags from heuristics only (${status.reason ?? ''})`);
  });
  // Loading runs in its own thread; the server answers (on heuristics) while it loads or downloads.
  void embedder?.start();
  const seeded = await seedDemo(
    { repos, embedder: embedder?.status().state === 'ready' ? embedder : null, spelling },
    config.demoPassword,
  );
  if (seeded.users) {
    console.log(
      `created demo users ${DEMO_USERS.map((u) => `${u.name} (${u.role})`).join(', ')} with password "${config.demoPassword}"`,
    );
  }
  if (seeded.document !== null) console.log(`imported the demo document (id ${seeded.document})`);
  const app = createApp({
    db,
    embedder,
    spelling,
    webDist: config.webDist,
    modelDisabledReason: 'the model is turned off (MT_REVIEW_NO_MODEL)',
  });
  return new Promise((resolve) => {
    const server = app.listen(config.port, () => {
      console.log(`mt-review listening on http://localhost:${config.port} (database ${config.dbPath})`);
      resolve(server);
      void warmUp({ repos, embedder, spelling });
    });
  });
}
