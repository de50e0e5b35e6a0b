import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PairInput } from '../server/analysis/analyze';

export function hasPofilter(): boolean {
  try {
    execFileSync('pofilter', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const poString = (text: string): string => JSON.stringify(text);

/** Writes the pairs as a PO file (the row id as msgctxt, so results map back exactly). */
export function writePo(pairs: readonly PairInput[], path: string): void {
  const entries = pairs.map(
    (p) => `msgctxt ${poString(p.id)}\nmsgid ${poString(p.source)}\nmsgstr ${poString(p.target)}\n`,
  );
  writeFileSync(
    path,
    `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${entries.join('\n')}`,
  );
}

/** Runs `pofilter --language=LANG` and returns the ids of the rows it flags, and how long it took. */
export function runPofilter(
  pairs: readonly PairInput[],
  lang: string,
): { flagged: Set<string>; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'mt-review-pofilter-'));
  const input = join(dir, 'pairs.po');
  const output = join(dir, 'flagged.po');
  writePo(pairs, input);
  const started = performance.now();
  spawnSync('pofilter', [`--language=${lang}`, input, output], { stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  const flagged = new Set<string>();
  for (const match of readFileSync(output, 'utf8').matchAll(/^msgctxt "((?:[^"\\]|\\.)*)"/gm))
    flagged.add(JSON.parse(`"${match[1] ?? ''}"`) as string);
  return { flagged, seconds };
}
