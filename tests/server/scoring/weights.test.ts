import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEIGHTS_PATH, chooseRiskModel, loadWeights } from '../../../server/scoring/risk';

describe('risk weights file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mt-review-weights-'));

  it('loads the committed weights, lexicon included', () => {
    const weights = loadWeights();
    expect(weights.heuristics.threshold).toBeGreaterThan(0);
    expect(Object.keys(weights.sourceLexicons?.en ?? {}).length).toBeGreaterThan(1000);
  });

  it('names the file when it is not a weights file, and ignores a lexicon it cannot read', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"heuristics": {"bias": "high"}}');
    expect(() => loadWeights(broken)).toThrow(/broken\.json: not a risk weights file/);
    writeFileSync(join(dir, 'not-json.json'), '{');
    expect(() => loadWeights(join(dir, 'not-json.json'))).toThrow(
      /not-json\.json: cannot read the risk weights/,
    );

    const older = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as Record<string, unknown>;
    older.sourceLexicons = { en: [1, 2, 3] };
    writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
    const loaded = loadWeights(join(dir, 'older.json'));
    expect(loaded.sourceLexicons).toBeUndefined();
    expect(loaded.heuristics.bias).toBe(loadWeights().heuristics.bias);
    older.sourceLexicons = { en: { troll: 'high' } };
    writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
    expect(loadWeights(join(dir, 'older.json')).sourceLexicons).toBeUndefined();
  });

  it('scores a source language without a lexicon with the model trained without one', () => {
    const weights = loadWeights();
    expect(weights.sourceLexicons?.en).toBeDefined();
    expect(weights.sourceLexicons?.de).toBeUndefined();
    expect(chooseRiskModel(weights, { modelRan: false, sourceLang: 'en', targetLang: 'fr' })).toBe(
      weights.heuristics,
    );
    expect(chooseRiskModel(weights, { modelRan: false, sourceLang: 'de', targetLang: 'en' })).toBe(
      weights.withoutLexicon,
    );
    expect(Object.keys(weights.withoutLexicon?.weights ?? {}).some((k) => k.startsWith('lexicon:'))).toBe(
      false,
    );
  });
});
