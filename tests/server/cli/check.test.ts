import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_DOCUMENTS, ROOT, SHARED_EVAL, cli } from '../../helpers/cli';
import { makeDocx } from '../../helpers/docx';
import { VERSION } from '../../../server/version';

const parseLines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('mt-review check', () => {
  it('prints its version (the one /api/health reports) and exits 0', () => {
    const result = cli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(VERSION);
  });

  it('checks two documents: one jsonl line per aligned unit, with the interface fields', () => {
    const result = cli(['check', '--no-model', ...DEMO_DOCUMENTS, '--format', 'jsonl']);
    expect(result.status).toBe(0);
    const units = parseLines(result.stdout);
    expect(units.length).toBeGreaterThan(10);
    for (const unit of units) {
      expect(Object.keys(unit)).toEqual(
        expect.arrayContaining([
          'id',
          'source',
          'target',
          'sourceSentences',
          'targetSentences',
          'risk',
          'flagged',
          'similarity',
          'flags',
        ]),
      );
      expect(unit.similarity).toBeNull();
    }
    const bio = units.find((u) => String(u.target).includes('Organizator'));
    expect(bio).toMatchObject({ source: '', sourceSentences: [], flagged: true });
    expect(result.stderr).toMatch(/languages: en \(detected\) → pl \(detected\)/);
  });

  it('stops quietly when the reader closes the pipe early (`| head`)', () => {
    // Far more output than a pipe holds, so the writer is still writing when `head` leaves.
    const rows = Array.from(
      { length: 3000 },
      (_, k) => `${k}\tThe council met on Monday.\tDie Sitzung war am Montag.`,
    );
    mkdirSync(`${ROOT}tests/.tmp`, { recursive: true });
    writeFileSync(`${ROOT}tests/.tmp/many-pairs.tsv`, `id\tsource\ttarget\n${rows.join('\n')}\n`);
    const result = spawnSync(
      'bash',
      [
        '-c',
        'set -o pipefail; node bin/mt-review.js check --no-model --pairs tests/.tmp/many-pairs.tsv --format jsonl | head -c 20',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MT_REVIEW_OFFLINE: '1' } },
    );
    expect(result.stdout).toHaveLength(20);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.status).toBe(0);
  });

  it('gives the same results run from the TypeScript sources as from the compiled CLI', () => {
    const args = ['check', '--no-model', ...DEMO_DOCUMENTS];
    const compiled = cli(args);
    const fromSources = cli(args, { MT_REVIEW_NO_COMPILE: '1' });
    expect(fromSources.status).toBe(0);
    expect(fromSources.stdout).toBe(compiled.stdout);
    expect(parseLines(compiled.stdout).some((u) => u.flagged === true)).toBe(true);
  });

  it('checks a pairs file and keeps its ids; --fail-on-flag exits 1 when something is flagged', () => {
    const result = cli([
      'check',
      '--no-model',
      '--pairs',
      'fixtures/samples/pairs-en-de.tsv',
      '--src-lang',
      'en',
      '--tgt-lang',
      'de',
      '--fail-on-flag',
    ]);
    const units = parseLines(result.stdout);
    expect(units.map((u) => u.id)).toEqual(['1', '2', '3', '4']);
    expect(units.some((u) => u.flagged)).toBe(true);
    expect(result.status).toBe(1);
  });

  it('writes json, csv and a table', () => {
    const args = [
      'check',
      '--no-model',
      '--pairs',
      'fixtures/samples/pairs.jsonl',
      '--src-lang',
      'en',
      '--tgt-lang',
      'pl',
    ];
    const json = JSON.parse(cli([...args, '--format', 'json']).stdout);
    expect(json.units).toHaveLength(2);
    expect(json.checksRun).toContain('numbers');
    const csv = cli([...args, '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toMatch(/^id,source,target,sourceSentences,targetSentences,risk,flagged/);
    // The mend a flag carries, written in Polish: four digits ungrouped.
    expect(cli([...args, '--format', 'table']).stdout).toMatch(/\[numbers\]: .* → fix: “1500”/);
  });

  it('checks two Word documents as it checks text, and exits 2 naming a Word file it cannot read', async () => {
    mkdirSync(`${ROOT}tests/.tmp`, { recursive: true });
    const source = `${ROOT}tests/.tmp/talks.en.docx`;
    const target = `${ROOT}tests/.tmp/talks.de.docx`;
    writeFileSync(
      source,
      await makeDocx(['Talks in Geneva', 'The talks begin on Monday. Both sides agreed.']),
    );
    writeFileSync(
      target,
      await makeDocx(['Gespräche in Genf', 'Die Gespräche beginnen am Dienstag. Beide Seiten stimmten zu.']),
    );
    const result = cli([
      'check',
      '--no-model',
      '--source',
      source,
      '--target',
      target,
      '--src-lang',
      'en',
      '--tgt-lang',
      'de',
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(0);
    const units = parseLines(result.stdout);
    expect(units.map((u) => u.target)).toEqual([
      'Gespräche in Genf',
      'Die Gespräche beginnen am Dienstag.',
      'Beide Seiten stimmten zu.',
    ]);
    expect(JSON.stringify(units[1]?.flags)).toContain('"check":"dates"');
    writeFileSync(target, 'PK\u0003\u0004 not really');
    const broken = cli(['check', '--no-model', '--source', source, '--target', target]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/talks\.de\.docx: is not a Word document/);
  });

  it('exits 2 with file, line and problem on bad input', () => {
    const bad = cli(['check', '--no-model', '--pairs', 'fixtures/samples/bad-columns.tsv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(
      /^mt-review: fixtures\/samples\/bad-columns\.tsv:3: wrong number of columns/i,
    );
    const missing = cli([
      'check',
      '--no-model',
      '--source',
      'nope.txt',
      '--target',
      'fixtures/demo-article.pl.txt',
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    const usage = cli(['check', '--no-model', '--pairs', 'fixtures/samples/pairs.jsonl', '--format', 'yaml']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--format must be one of/);
    expect(cli(['check', '--bogus']).status).toBe(2);
    const lang = cli([
      'check',
      '--no-model',
      '--pairs',
      'fixtures/samples/pairs.jsonl',
      '--src-lang',
      'english',
    ]);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/"english" is not an ISO 639-1 or 639-3 language code/);
    // Shaped like a code, but no language's.
    const unknown = cli([
      'check',
      '--no-model',
      '--pairs',
      'fixtures/samples/pairs.jsonl',
      '--tgt-lang',
      'xx',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/"xx" is not an ISO 639-1 or 639-3 language code/);
  });

  it('falls back to heuristics, and says so, when the model cannot load', () => {
    const result = cli([
      'check',
      '--pairs',
      'fixtures/samples/pairs.jsonl',
      '--src-lang',
      'en',
      '--tgt-lang',
      'pl',
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/model unavailable — flags from heuristics only/);
    expect(parseLines(result.stdout)).toHaveLength(2);
  });

  it.skipIf(!existsSync(`${SHARED_EVAL}ced-en-de-dev.tsv`))(
    'writes one jsonl line per row of ced-en-de-dev.tsv',
    () => {
      const result = cli(['check', '--no-model', '--pairs', `${SHARED_EVAL}ced-en-de-dev.tsv`]);
      expect(result.status).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(1000);
    },
  );
});

describe('mt-review align', () => {
  it('prints units without risk or flags, the bio as a unit with no source', () => {
    const result = cli([
      'align',
      '--no-model',
      ...DEMO_DOCUMENTS,
      '--src-lang',
      'en',
      '--tgt-lang',
      'pl',
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(0);
    const units = parseLines(result.stdout);
    expect(Object.keys(units[0] ?? {})).toEqual([
      'id',
      'source',
      'target',
      'sourceSentences',
      'targetSentences',
    ]);
    expect(units.at(-1)).toMatchObject({
      sourceSentences: [],
      targetSentences: [14, 15, 16, 17, 18, 19, 20],
    });
  });

  it('says in the table which units have no source or no translation', () => {
    const args = ['align', '--no-model', ...DEMO_DOCUMENTS, '--src-lang', 'en', '--tgt-lang', 'pl'];
    const table = cli([...args, '--format', 'table']).stdout;
    expect(table.split('\n')[0]).toBe('en → pl, 14 units, 0 with no translation, 1 with no source');
    expect(table).toMatch(/^u14 +\(no source\) +│ „Organizator\./m);
  });
});

describe('a language mt-review has no resources for', () => {
  it('runs the language-independent checks and says which ones did not run', () => {
    // Aymara: a real language, which Intl has no month names for and mt-review no word lists.
    const args = [
      'check',
      '--no-model',
      '--pairs',
      'fixtures/samples/unknown-language.tsv',
      '--src-lang',
      'en',
      '--tgt-lang',
      'ay',
    ];
    const json = JSON.parse(cli([...args, '--format', 'json']).stdout);
    expect(json.checksSkipped).toEqual(
      expect.arrayContaining(['negation', 'dates', 'truncated', 'offensive']),
    );
    expect(json.checksRun).toEqual(
      expect.arrayContaining(['numbers', 'markup', 'length-ratio', 'repetition-loop']),
    );
    expect(json.units[1].flags.map((f: { check: string }) => f.check)).toContain('numbers');
    expect(cli([...args, '--format', 'table']).stdout).toMatch(/checks that do not apply here: .*negation/);
  });

  it('holds the translation to a glossary file, and exits 2 naming the line of a bad one', () => {
    const result = cli([
      'check',
      '--no-model',
      ...DEMO_DOCUMENTS,
      '--glossary',
      'fixtures/samples/glossary-en-pl.tsv',
      '--format',
      'jsonl',
    ]);
    const units = parseLines(result.stdout);
    const terminology = units.flatMap((u) =>
      (u.flags as { check: string; message: string }[])
        .filter((f) => f.check === 'terminology')
        .map((f) => [u.id, f.message]),
    );
    // "talks" has no "rozmowy"; the OSCE's name is there, inflected ("Organizacji Bezpieczeństwa…").
    expect(terminology).toEqual([['u2', expect.stringContaining('“talks” as “rozmowy”') as unknown]]);
    // The same from a TBX termbase, whose Polish terms the detected languages pick.
    const fromTermbase = cli([
      'check',
      '--no-model',
      ...DEMO_DOCUMENTS,
      '--glossary',
      'fixtures/samples/glossary.tbx',
    ]);
    expect(parseLines(fromTermbase.stdout).find((u) => u.id === 'u2')?.flags).toEqual(
      expect.arrayContaining([expect.objectContaining({ check: 'terminology' })]),
    );
    mkdirSync(`${ROOT}tests/.tmp`, { recursive: true });
    writeFileSync(`${ROOT}tests/.tmp/bad-glossary.tsv`, 'source\ttarget\ntalks\trozmowy\nWhite House\t\n');
    const bad = cli(['check', '--no-model', ...DEMO_DOCUMENTS, '--glossary', 'tests/.tmp/bad-glossary.tsv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad-glossary\.tsv:3: the target term is empty/);
  });

  it('holds the translation to a memory of approved sentences, each TMX language pair its own', () => {
    const args = ['check', '--no-model', ...DEMO_DOCUMENTS, '--memory', 'fixtures/samples/approved.tmx'];
    const units = parseLines(cli([...args, '--format', 'jsonl']).stdout);
    const found = units.flatMap((u) =>
      (u.flags as { check: string; message: string; fix?: string }[])
        .filter((f) => f.check === 'translation-memory')
        .map((f) => ({ unit: u.id, message: f.message, fix: f.fix })),
    );
    expect(found).toEqual([
      {
        unit: 'u3',
        message: expect.stringContaining('approved.tmx, unit 3') as unknown,
        fix: expect.stringContaining('Ukraina nie zostanie przyjęta do sojuszu wojskowego.') as unknown,
      },
    ]);
    // In a German document the memory's German translation is the approved one.
    mkdirSync(`${ROOT}tests/.tmp`, { recursive: true });
    const russia = String(units.find((u) => u.id === 'u3')?.source);
    writeFileSync(
      `${ROOT}tests/.tmp/russia-de.tsv`,
      `source\ttarget\n${russia}\tRussland verlangt Garantien.\n`,
    );
    const german = cli([
      'check',
      '--no-model',
      '--pairs',
      'tests/.tmp/russia-de.tsv',
      '--src-lang',
      'en',
      '--tgt-lang',
      'de',
      '--memory',
      'fixtures/samples/approved.tmx',
      '--format',
      'jsonl',
    ]);
    const [germanUnit] = parseLines(german.stdout);
    expect(germanUnit?.flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          check: 'translation-memory',
          fix: 'Russland fordert Sicherheitsgarantien.',
        }),
      ]),
    );
    const broken = cli([...args.slice(0, -1), 'fixtures/samples/bad-columns.tsv']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('bad-columns.tsv');
  });
});
