import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The demo article pair as `--source`/`--target` arguments. */
export const DEMO_DOCUMENTS = [
  '--source',
  'fixtures/demo-article.en.txt',
  '--target',
  'fixtures/demo-article.pl.txt',
] as const;

export const SHARED_EVAL = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `mt-review` binary, offline, as a user would. */
export function cli(args: readonly string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, ['bin/mt-review.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      MT_REVIEW_OFFLINE: '1',
      MT_REVIEW_MODEL_DIR: `${ROOT}tests/.tmp/no-models`,
      ...env,
    },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
