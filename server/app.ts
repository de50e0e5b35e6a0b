import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { requireSession } from './auth/middleware';
import type { Db } from './db/connection';
import { createRepositories } from './db/repositories';
import type { Embedder } from './model/types';
import type { SpellingService } from './spelling/service';
import { authRouter } from './routes/auth/router';
import { checksRouter } from './routes/checks/router';
import { documentsRouter } from './routes/documents/router';
import { flagsRouter } from './routes/flags/router';
import { glossaryRouter } from './routes/glossary/router';
import { healthRouter } from './routes/health/router';
import { errorHandler } from './routes/http';
import { memoryRouter } from './routes/memory/router';
import { modelRouter } from './routes/model/router';
import { qualityRouter } from './routes/quality/router';
import { unitsRouter } from './routes/units/router';
import { ServiceError } from './review/errors';

export interface AppOptions {
  db: Db;
  embedder?: Embedder | null;
  spelling?: SpellingService | null;
  /** Why there is no model, for GET /api/model when `embedder` is null. */
  modelDisabledReason?: string;
  /** The built web UI; served when present. */
  webDist?: string;
}

/** The express app, used as-is by the server and by the API tests. */
export function createApp(options: AppOptions): Express {
  const repos = createRepositories(options.db);
  const ctx = { repos, embedder: options.embedder ?? null, spelling: options.spelling ?? null };
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '20mb' }));
  app.use(cookieParser());
  const api = express.Router();
  api.use(requireSession(repos));
  api.use(healthRouter());
  api.use(authRouter(repos));
  api.use(documentsRouter(ctx));
  api.use(unitsRouter(ctx));
  api.use(flagsRouter(ctx));
  api.use(modelRouter(ctx.embedder, options.modelDisabledReason ?? 'the model is turned off'));
  api.use(checksRouter());
  api.use(glossaryRouter(ctx));
  api.use(memoryRouter(ctx));
  api.use(qualityRouter(ctx));
  api.use((req) => {
    throw new ServiceError(404, 'not_found', `no API route ${req.method} ${req.originalUrl}`);
  });
  app.use('/api', api);
  const webDist = options.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  app.use(errorHandler);
  return app;
}
