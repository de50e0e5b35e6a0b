import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));
const require = createRequire(import.meta.url);

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the built UI is missing or older than any file under web/. */
export function webBuildIsStale(distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  return newestChange(WEB_DIR) > statSync(index).mtimeMs;
}

/**
 * Builds the UI in a child process: a test runner sets NODE_ENV=test, which would make Vite ship
 * React's development build.
 */
export async function buildWeb(distDir: string): Promise<void> {
  const vite = join(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  await promisify(execFile)(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      join(WEB_DIR, 'vite.config.ts'),
      '--outDir',
      distDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { env },
  );
}
