import { resolve } from 'node:path';
import { DEFAULT_MODEL, type ModelSettings } from './model/config';

export interface Config {
  port: number;
  dbPath: string;
  model: ModelSettings;
  /** Load the model at start-up (off in tests, where it is injected). */
  modelEnabled: boolean;
  /** Check spelling with the Hunspell dictionaries (loaded in a worker on first use). */
  spellingEnabled: boolean;
  /** Password for the demo users created on an empty database. */
  demoPassword: string;
  webDist: string;
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}

/** Environment variables → one typed Config; command-line flags override through `overrides`. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (got "${env.PORT ?? ''}")`);
  return {
    port,
    dbPath: resolve(env.MT_REVIEW_DB ?? './data/mt-review.db'),
    model: {
      model: env.MT_REVIEW_MODEL ?? DEFAULT_MODEL,
      cacheDir: env.MT_REVIEW_MODEL_DIR ?? './models',
      offline: flag(env.MT_REVIEW_OFFLINE),
      quantized: env.MT_REVIEW_QUANTIZED !== '0',
    },
    modelEnabled: env.MT_REVIEW_NO_MODEL === undefined || !flag(env.MT_REVIEW_NO_MODEL),
    spellingEnabled: env.MT_REVIEW_SPELLING !== '0',
    demoPassword: env.MT_REVIEW_DEMO_PASSWORD ?? 'demo',
    webDist: resolve(env.MT_REVIEW_WEB_DIST ?? './dist/web'),
    ...overrides,
  };
}
