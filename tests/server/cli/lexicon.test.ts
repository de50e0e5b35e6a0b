import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';

describe('mt-review lexicon', () => {
  it('learns a translation lexicon from a pairs file and writes it where asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-review-lexicon-'));
    const pairs = join(dir, 'pairs-en-de.tsv');
    const rows = ['house\tHaus', 'garden\tGarten', 'window\tFenster'].flatMap((words, k, all) =>
      [0, 1, 2, 3].map((n) => {
        const [en, de] = words.split('\t');
        const [otherEn, otherDe] = (all[(k + 1 + (n % 2)) % all.length] ?? '').split('\t');
        return `${k}-${n}\tThe ${en} and the ${otherEn}.\tDas ${de} und das ${otherDe}.`;
      }),
    );
    writeFileSync(pairs, `id\tsource\ttarget\n${rows.join('\n')}\n`);
    const out = join(dir, 'en-de.json');
    const run = cli(['lexicon', '--pairs', pairs, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/from 12 pairs \(en → de\)/);
    const lexicon = JSON.parse(readFileSync(out, 'utf8'));
    expect(lexicon).toMatchObject({
      source: 'en',
      target: 'de',
      sentencePairs: 12,
      trainedOn: ['pairs-en-de.tsv'],
    });
    expect(lexicon.entries.house).toEqual(['haus']);
  });

  it('writes nothing and exits 2 when the pairs teach it nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-review-lexicon-'));
    const out = join(dir, 'en-cs.json');
    const run = cli(['lexicon', '--pairs', 'fixtures/samples/memo.tmx', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('learned no word pair from 2 sentence pairs');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 naming the file when its languages are unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-review-lexicon-'));
    const pairs = join(dir, 'pairs.tsv');
    writeFileSync(pairs, 'id\tsource\ttarget\n1\tThe house.\tDas Haus.\n');
    const run = cli(['lexicon', '--pairs', pairs, '--out', join(dir, 'x.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${pairs}: give --src-lang and --tgt-lang`);
  });
});
