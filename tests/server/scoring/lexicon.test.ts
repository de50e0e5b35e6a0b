import { describe, expect, it } from 'vitest';
import { analyzePairs } from '../../../server/analysis/analyze';
import { loadWeights } from '../../../server/scoring/risk';
import {
  crossFittedLexiconFeatures,
  learnLexicon,
  lexiconFeatures,
  lexiconTokens,
} from '../../../server/scoring/lexicon';
import { type TrainingSet, fitSourceLexicons } from '../../../server/scoring/train';

const rows = (text: string, erroneous: boolean, times: number) =>
  Array.from({ length: times }, (_, k) => ({ text: `${text} number${k}`, erroneous }));

const corpus = [
  ...rows('you stupid troll', true, 6),
  ...rows('thanks for the edit', false, 20),
  ...rows('the troll was thanked', false, 2),
  ...rows('see the talk page', true, 2),
  ...rows('see the talk page', false, 6),
];

describe('risk lexicon', () => {
  it('raises words that mostly came with errors, lowers those that came with clean sentences, skips rare ones', () => {
    const lexicon = learnLexicon([...corpus, { text: 'a hapax word', erroneous: true }], 'en');
    expect(lexicon.stupid).toBeGreaterThan(1);
    expect(lexicon.troll).toBeGreaterThan(0);
    expect(lexicon.troll).toBeLessThan(lexicon.stupid ?? 0);
    expect(lexicon.thanks).toBeLessThan(0);
    expect(lexicon).not.toHaveProperty('hapax');
    expect(lexiconFeatures('What a stupid idea', 'en', lexicon)['lexicon:max']).toBe(lexicon.stupid);
    expect(lexiconFeatures('thanks for the edit', 'en', lexicon)).toEqual({
      'lexicon:max': 0,
      'lexicon:sum': 0,
    });
  });

  it('splits scripts without spaces into character pairs', () => {
    expect(lexiconTokens('你是 白痴', 'zh')).toEqual(['你是', '是白', '白痴']);
    expect(lexiconTokens('You, you are', 'en')).toEqual(['you', 'are']);
  });

  it('never scores a training sentence with a lexicon that counted it, even when files repeat it', () => {
    // The same erroneous sentence in three files: were they in different folds, "zyx" would look telling.
    const repeated = Array.from({ length: 3 }, () => ({ text: 'zyx abc', erroneous: true }));
    const features = crossFittedLexiconFeatures([...repeated, ...corpus], 'en', () => true);
    for (const row of features.slice(0, 3)) expect(row['lexicon:max']).toBe(0);
  });

  it('leaves out training sentences that are also in the development files, and scores those with the full lexicon', () => {
    const set = (name: string, texts: { text: string; erroneous: boolean }[]): TrainingSet => ({
      name,
      features: texts.map(() => ({ 'lexicon:max': 99 })),
      labels: texts.map((t) => t.erroneous),
      sources: { lang: 'en', texts: texts.map((t) => t.text) },
    });
    const leaked = rows('a leaked sentence', true, 1)[0] ?? { text: '', erroneous: true };
    const train = [set('train', [...corpus, leaked, leaked, leaked])];
    const dev = [set('dev', [leaked, { text: 'stupid', erroneous: true }])];
    const lexicons = fitSourceLexicons(train, dev);
    expect(lexicons.en).toHaveProperty('stupid');
    expect(lexicons.en).not.toHaveProperty('leaked');
    expect(dev[0]?.features[0]?.['lexicon:max']).toBe(0);
    expect(dev[0]?.features[1]?.['lexicon:max']).toBe(lexicons.en?.stupid);
    expect(train[0]?.features.every((f) => f['lexicon:max'] !== 99)).toBe(true);
  });
});

describe('risk reasons from the lexicon', () => {
  it('name the insults, slang and typos that made a sentence risky, not everyday words or names', async () => {
    const weights = {
      ...loadWeights(),
      sourceLexicons: { en: { fucking: 2.5, awsome: 1.5, roadway: 2.2, josef: 1.8, here: 0.6, the: -0.3 } },
    };
    const doc = await analyzePairs(
      [
        {
          id: '1',
          source: 'Josef, the roadway here is fucking awsome.',
          target: 'Josef, die Straße hier ist verdammt toll.',
        },
      ],
      { sourceLang: 'en', targetLang: 'de' },
      { weights },
    );
    const reason = doc.units[0]?.reasons.find((r) => r.feature === 'lexicon');
    expect(reason?.label).toBe('“fucking”, “awsome”: often mistranslated in the training data');
    expect(doc.units[0]?.reasons.some((r) => r.feature.startsWith('lexicon:'))).toBe(false);
  });
});
