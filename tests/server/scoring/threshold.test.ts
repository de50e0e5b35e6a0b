import { describe, expect, it } from 'vitest';
import { type TrainingSet, chooseThreshold } from '../../../server/scoring/train';
import { random } from '../../../server/util/random';

/** Rows whose one measure is a little higher on errors: a model with a broad, noisy MCC curve. */
function noisySet(seed: number): TrainingSet {
  const rng = random(seed);
  const features: TrainingSet['features'] = [];
  const labels: boolean[] = [];
  for (let i = 0; i < 3000; i++) {
    const erroneous = rng() < 0.2;
    features.push({ 'gap:names': rng() + (erroneous ? 0.15 : 0) });
    labels.push(erroneous);
  }
  return { name: `noisy-${seed}`, features, labels };
}

describe('choosing the threshold', () => {
  const model = { bias: -2, weights: { 'gap:names': 2 }, threshold: 0.5 };
  const sets = [noisySet(1), noisySet(2)];
  const best = chooseThreshold(model, sets);

  it('keeps a preferred threshold whose MCC is within the tolerance of the best', () => {
    const neighbour = Math.round((best.threshold - 0.01) * 100) / 100;
    expect(chooseThreshold(model, sets, { threshold: neighbour, tolerance: 0.05 }).threshold).toBe(neighbour);
    expect(chooseThreshold(model, sets, { threshold: neighbour, tolerance: 1 }).threshold).toBe(neighbour);
  });

  it('takes the highest of the thresholds that tie for the best MCC: the one that flags least', () => {
    // Errors score 0.8 and correct rows 0.2: every threshold between them separates the two perfectly.
    const features: TrainingSet['features'] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 500; i++) {
      features.push({ 'gap:names': i % 5 === 0 ? 1 : 0 });
      labels.push(i % 5 === 0);
    }
    const separable = { bias: Math.log(0.25), weights: { 'gap:names': Math.log(16) }, threshold: 0.5 };
    const chosen = chooseThreshold(separable, [{ name: 'separable', features, labels }]);
    expect(chosen.meanMcc).toBeCloseTo(1, 5);
    expect(chosen.threshold).toBeGreaterThanOrEqual(0.75);
    expect(chosen.threshold).toBeLessThanOrEqual(0.8);
  });

  it('drops a preferred threshold that is clearly worse', () => {
    // At 0.05 every row is flagged (MCC 0): no small tolerance excuses that.
    expect(chooseThreshold(model, sets, { threshold: 0.05, tolerance: 0.01 }).threshold).toBe(best.threshold);
    expect(best.meanMcc).toBeGreaterThan(0.1);
  });
});

describe('choosing the threshold for per-pair models', () => {
  it('scores each development set by the model it will be scored by', () => {
    const sets = [noisySet(3), noisySet(4)];
    const pooled = { bias: -2, weights: { 'gap:names': 2 }, threshold: 0.5 };
    // A pair model that says the same a little louder: its risks are higher, and so is its best threshold.
    const louder = { bias: -1.2, weights: { 'gap:names': 2 }, threshold: 0.5 };
    const byPooled = chooseThreshold(pooled, sets);
    const byPair = chooseThreshold(() => louder, sets);
    expect(byPair.threshold).toBeGreaterThan(byPooled.threshold);
    expect(byPair.meanMcc).toBeCloseTo(byPooled.meanMcc, 1);
  });
});
