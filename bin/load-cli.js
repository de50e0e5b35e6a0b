// Loads the CLI. Compiling ~150 TypeScript modules through tsx's loader on every run costs about
// 0.3 s, more than checking a thousand sentence pairs, so the CLI is compiled once with esbuild into
// node_modules/.cache and rebuilt whenever a source file changes. Whatever goes wrong there, the CLI
// still runs straight from the sources through tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'mt-review-cli');
const SOURCES = /\.(ts|mjs|json|sql)$/;

/** Every file the compiled CLI depends on, with its size and modification time. */
function sourceStamp() {
  const hash = createHash('sha256');
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (SOURCES.test(entry.name)) {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${path}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  visit(join(ROOT, 'server'));
  for (const file of ['package.json', 'bin/load-cli.js']) {
    const { size, mtimeMs } = statSync(join(ROOT, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Modules find their data files (weights, migrations, workers) next to themselves through
 * import.meta.url; in a bundle that would be the bundle's address, so each module keeps its own.
 */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

/** Compiled directories of earlier sources, left by runs an hour or more ago. */
function removeOldBuilds(keep) {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name !== keep && Date.now() - statSync(path).mtimeMs > 3_600_000) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/**
 * Each version of the sources compiles into its own directory, which is never changed once there:
 * a run that is still loading chunks from it cannot have them removed under it by a newer run.
 */
async function compile(outdir) {
  const { build } = await import('esbuild');
  const staging = `${outdir}.${process.pid}`;
  await build({
    entryPoints: [join(ROOT, 'server', 'cli', 'main.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: staging,
    logLevel: 'silent',
    plugins: [ownUrls],
  });
  try {
    renameSync(staging, outdir);
  } catch {
    // Another run compiled the same sources meanwhile: use theirs.
    rmSync(staging, { recursive: true, force: true });
  }
}

async function compiled() {
  const stamp = sourceStamp();
  const outdir = join(CACHE, stamp);
  if (!existsSync(join(outdir, 'main.js'))) {
    mkdirSync(CACHE, { recursive: true });
    await compile(outdir);
    removeOldBuilds(stamp);
  }
  return import(pathToFileURL(join(outdir, 'main.js')).href);
}

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('../server/cli/main.ts');
}

/** The CLI's `main`, compiled when possible. MT_REVIEW_NO_COMPILE=1 runs the sources directly. */
export async function loadCli() {
  if (process.env.MT_REVIEW_NO_COMPILE !== '1') {
    try {
      return await compiled();
    } catch {
      // A read-only install or a missing esbuild: the sources still run.
    }
  }
  return fromSources();
}
