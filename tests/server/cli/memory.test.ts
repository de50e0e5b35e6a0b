import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTmx } from '../../../server/ingest/tmx';
import { DEMO_DOCUMENTS, cli } from '../../helpers/cli';

describe('mt-review memory', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'mt-review-memory-')), 'review.db');
  const pair = ['--src-lang', 'en', '--tgt-lang', 'pl', '--db', db];

  it("imports a team's TMX, which the stored documents are then held to, lists it, exports it and removes it", () => {
    cli(['import', '--no-model', ...DEMO_DOCUMENTS, ...pair]);
    const imported = cli(['memory', 'import', 'fixtures/samples/approved.tmx', '--no-model', ...pair]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe(
      'imported 1 en → pl sentence pairs from approved.tmx as translation memory 2\n',
    );
    expect(cli(['memory', 'list', '--db', db]).stdout).toBe('2\ten-pl\t1\tapproved.tmx\n');
    // The demo was checked again: its repeated-name sentence now also differs from the approved one.
    const report = JSON.parse(cli(['export', '--document', '1', '--format', 'json', '--db', db]).stdout) as {
      rows: { flags: string }[];
    };
    expect(report.rows[2]?.flags).toContain('[translation-memory]');
    expect(report.rows[2]?.flags).toContain('approved.tmx, unit 3');

    const exported = cli(['memory', 'export', ...pair]).stdout;
    const back = readTmx(exported, 'approved-en-pl.tmx');
    expect(back.pairs.map((p) => p.target)).toEqual([
      expect.stringContaining('nie zostanie przyjęta') as unknown,
    ]);
    expect(exported).toContain('<prop type="x-document">approved.tmx, unit 3</prop>');

    expect(cli(['memory', 'remove', '2', '--no-model', '--db', db]).stdout).toBe(
      'removed translation memory 2\n',
    );
    expect(cli(['memory', 'list', '--db', db]).stdout).toBe('');
  });

  it('exits 2 naming the problem: nothing of the pair in the file, a document id, a missing file', () => {
    const french = cli([
      'memory',
      'import',
      'fixtures/samples/approved.tmx',
      '--no-model',
      ...pair.slice(0, 2),
      '--tgt-lang',
      'fr',
      '--db',
      db,
    ]);
    expect(french.status).toBe(2);
    expect(french.stderr).toContain('approved.tmx holds no en → fr sentence pairs');
    const document = cli(['memory', 'remove', '1', '--no-model', '--db', db]);
    expect(document.status).toBe(2);
    expect(document.stderr).toContain('translation memory 1 not found');
    const missing = cli(['memory', 'import', 'nowhere.tmx', '--no-model', ...pair]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere.tmx');
  });
});
