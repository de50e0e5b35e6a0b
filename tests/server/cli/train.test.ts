import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../server/db/connection';
import { createRepositories } from '../../../server/db/repositories';
import { seedDemo } from '../../../server/seed';
import { decideFlag, editUnit, setUnitStatus } from '../../../server/review/units';
import { cli } from '../../helpers/cli';

describe('mt-review train and eval', () => {
  it('learns from labeled pairs and writes weights that eval then uses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-review-train-'));
    const out = join(dir, 'weights.json');
    const trained = cli(['train', '--no-model', '--pairs', 'fixtures/samples/pairs-en-de.tsv', '--out', out]);
    expect(trained.status).toBe(0);
    expect(trained.stdout).toMatch(/trained on 4 pairs from 1 files; threshold/);
    const weights = JSON.parse(readFileSync(out, 'utf8'));
    expect(weights.trainedOn).toEqual(['pairs-en-de.tsv']);
    expect(Object.keys(weights.heuristics.weights).length).toBeGreaterThan(0);
    // A second model without the lexicon features, for source languages that have no lexicon.
    expect(Object.keys(weights.withoutLexicon.weights).some((k: string) => k.startsWith('lexicon:'))).toBe(
      false,
    );
    // The pooled model scores pairs whose translations have no lexicon: it learns without theirs.
    expect(Object.keys(weights.heuristics.weights).some((k: string) => k.startsWith('target-lexicon:'))).toBe(
      false,
    );
    // Four rows make no pair's model, and so no pair a translations' lexicon could help.
    expect(trained.stdout).toMatch(/the translations' risk lexicon helps no pair on the development sets/);
    expect(weights.targetLexicons).toEqual({});

    const report = JSON.parse(
      cli(['eval', '--no-model', '--pairs', 'fixtures/samples/pairs-en-de.tsv', '--format', 'json']).stdout,
    );
    expect(report).toMatchObject({ n: 4, errors: 2 });
    for (const key of ['rocAuc', 'mcc', 'precision', 'recall', 'errorShareTop10', 'checks'])
      expect(report).toHaveProperty(key);
    expect(report.checks.map((c: { check: string }) => c.check)).toEqual(
      expect.arrayContaining(['dates', 'negation']),
    );
  });

  it('checks spelling during eval when asked, as the server does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-review-eval-spelling-'));
    const file = join(dir, 'pairs-en-de.tsv');
    writeFileSync(
      file,
      'source\ttarget\tlabel\nThe talks went well.\tDie Gespräche verlifen gut.\tERR\nPrices rose.\tDie Preise stiegen.\tNOT\n',
    );
    const checksIn = (args: string[]) =>
      JSON.parse(cli(['eval', '--no-model', '--pairs', file, '--format', 'json', ...args]).stdout).checks.map(
        (c: { check: string }) => c.check,
      );
    expect(checksIn(['--spelling'])).toContain('spelling');
    expect(checksIn([])).not.toContain('spelling');
  });

  it('names the file and line of a bad label', () => {
    const result = cli(['eval', '--no-model', '--pairs', 'fixtures/samples/pairs.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/pairs\.jsonl:2: the label column must say ERR\/NOT/);
  });

  it("learns from a database's review decisions", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-review-train-db-'));
    const path = join(dir, 'reviews.db');
    const db = openDb(path);
    const repos = createRepositories(db);
    await seedDemo({ repos, embedder: null }, 'demo');
    const ctx = { repos, embedder: null };
    const translator = repos.users.byName('translator');
    const editor = repos.users.byName('editor');
    if (!translator || !editor) throw new Error('demo users missing');
    const actor = (u: typeof translator) => ({ id: u.id, name: u.name, role: u.role });
    const units = repos.units.byDocument(1);
    const unit = (text: string) => {
      const found = units.find((u) => u.target.includes(text));
      if (!found) throw new Error(text);
      return found;
    };
    const repeated = unit('Ukraina nie pozwoli');
    await editUnit(
      ctx,
      repeated.id,
      {
        target: repeated.target.replace('nie pozwoli Ukrainie', 'nie zostanie przyjęta, by'),
        version: repeated.version,
      },
      actor(translator),
    );
    const story = unit('Ta historia');
    await setUnitStatus(ctx, story.id, { status: 'no_error', version: story.version }, actor(translator));
    const bioFlag = repos.flags.byUnit(unit('Organizator').id)[0];
    if (bioFlag) decideFlag(ctx, bioFlag.id, 'confirmed', actor(editor));
    const biden = unit('Biden');
    await setUnitStatus(ctx, biden.id, { status: 'approved', version: biden.version }, actor(editor));
    db.close();

    const out = join(dir, 'weights.json');
    const result = cli(['train', '--no-model', '--db', path, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/trained on 3 pairs/);
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).trainedOn[0]).toMatch(/en-pl, 3 reviewed units/);
  });
});
