import { describe, expect, it } from 'vitest';
import { chooseRiskModel, loadWeights, priorWeight, scoreRisk } from '../../../server/scoring/risk';
import {
  type TrainingSet,
  choosePairModels,
  trainLogistic,
  trainPairModels,
  withoutTargetLexiconFeatures,
} from '../../../server/scoring/train';
import { random } from '../../../server/util/random';

/**
 * Rows of one language pair: a check that fires on a fifth of the errors and a continuous measure
 * (a gap in names) whose worth the pair decides, at the pair's own error rate.
 */
function pairSet(pair: string, errorRate: number, namesSay: boolean, seed: number): TrainingSet {
  const rng = random(seed);
  const features: TrainingSet['features'] = [];
  const labels: boolean[] = [];
  for (let i = 0; i < 2000; i++) {
    const erroneous = rng() < errorRate;
    const gap = namesSay ? (erroneous ? 0.6 + 0.4 * rng() : 0.3 * rng()) : rng();
    features.push({ 'check:numbers': erroneous && rng() < 0.2 ? 2 : 0, 'gap:names': gap });
    labels.push(erroneous);
  }
  return { name: pair, features, labels, languagePair: pair };
}

describe('per-language-pair risk models', () => {
  const sets = [pairSet('en-de', 0.3, true, 1), pairSet('en-ja', 0.1, false, 2)];
  const pooled = { ...trainLogistic(sets, { prior: priorWeight }), threshold: 0.33 };
  const models = trainPairModels(sets, { pooled, prior: priorWeight });

  it('learn what a continuous measure is worth in their pair, and keep the checks’ pooled weights and threshold', () => {
    const de = models['en-de'];
    const ja = models['en-ja'];
    if (!de || !ja) throw new Error('a pair model is missing');
    expect(de.weights['gap:names'] ?? 0).toBeGreaterThan((ja.weights['gap:names'] ?? 0) + 1);
    expect(de.weights['check:numbers']).toBe(pooled.weights['check:numbers']);
    expect(ja.weights['check:numbers']).toBe(pooled.weights['check:numbers']);
    expect([de.threshold, ja.threshold]).toEqual([0.33, 0.33]);
  });

  it('stand on the pooled scale whatever the pair’s own error rate', () => {
    // A row that says nothing scores about as high in a pair with 10 % errors as in one with 30 %.
    const blank = { 'gap:names': 0.5 };
    const risks = ['en-de', 'en-ja'].map((pair) => {
      const model = models[pair];
      if (!model) throw new Error(`${pair} model is missing`);
      return scoreRisk(blank, model).risk;
    });
    expect(Math.abs((risks[0] ?? 0) - (risks[1] ?? 0))).toBeLessThan(0.15);
  });

  it('are only learned for pairs with enough rows, and chosen by the pair a document is in', () => {
    const small = { ...pairSet('en-fr', 0.3, true, 3), features: [], labels: [] };
    expect(trainPairModels([small], { pooled, prior: priorWeight })).toEqual({});
    const weights = loadWeights();
    const ende = weights.byLanguagePair?.['en-de'];
    expect(ende).toBeDefined();
    expect(chooseRiskModel(weights, { modelRan: false, sourceLang: 'en', targetLang: 'de' })).toBe(ende);
    expect(chooseRiskModel(weights, { modelRan: false, sourceLang: 'en', targetLang: 'fr' })).toBe(
      weights.heuristics,
    );
  });
});

describe("the translations' lexicon, kept per pair where the development sets say it helps", () => {
  /** Rows where the translations' lexicon tells errors apart (`says`), or is noise. */
  function lexicalSet(pair: string, says: boolean, seed: number): TrainingSet {
    const rng = random(seed);
    const features: TrainingSet['features'] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 2000; i++) {
      const erroneous = rng() < 0.2;
      const gap = erroneous ? 0.4 + 0.6 * rng() : 0.6 * rng();
      const lexical = says ? (erroneous && rng() < 0.5 ? 2 + rng() : rng() * 0.5) : 3 * rng();
      features.push({ 'gap:names': gap, 'target-lexicon:max': lexical });
      labels.push(erroneous);
    }
    return { name: pair, features, labels, languagePair: pair };
  }
  const train = [lexicalSet('en-de', true, 4), lexicalSet('en-zh', false, 5)];
  const dev = [lexicalSet('en-de', true, 6), lexicalSet('en-zh', false, 7), lexicalSet('en-fr', true, 8)];
  const pooled = {
    ...trainLogistic(withoutTargetLexiconFeatures(train), { prior: priorWeight }),
    threshold: 0.3,
  };
  const withLexicon = trainPairModels(train, { pooled, prior: priorWeight });
  const without = trainPairModels(withoutTargetLexiconFeatures(train), { pooled, prior: priorWeight });

  it('keeps it for a pair whose errors it tells apart, and not for one where it is noise', () => {
    const chosen = choosePairModels(withLexicon, without, dev, 0.3);
    expect(chosen.withTargetLexicon).toEqual(['en-de']);
    expect(chosen.models['en-de']).toBe(withLexicon['en-de']);
    expect(chosen.models['en-zh']).toBe(without['en-zh']);
  });

  it('leaves it out for a pair that has no development set to show it helps', () => {
    const chosen = choosePairModels(withLexicon, without, dev.slice(1, 2), 0.3);
    expect(chosen.withTargetLexicon).toEqual([]);
  });
});
