import { describe, expect, it } from 'vitest';
import { analyzePairs } from '../../../server/analysis/analyze';
import { loadWeights } from '../../../server/scoring/risk';
import {
  crossFittedLexiconFeatures,
  learnLexicon,
  lexiconFeatures,
  lexiconTokens,
} from '../../../server/scoring/lexicon';
import {
  type TrainingSet,
  fitSourceLexicons,
  fitTargetLexicons,
  withoutLexiconFeatures,
  withoutTargetLexiconFeatures,
} from '../../../server/scoring/train';

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

  it('reads scripts without spaces as the words of their dictionary, tokenised or not', () => {
    expect(lexiconTokens('你是白痴', 'zh')).toEqual(['你是', '白痴']);
    expect(lexiconTokens('你 是 白痴', 'zh')).toEqual(['你是', '白痴']);
    expect(lexiconTokens('お前 は クソ 野郎 だ', 'ja')).toEqual(['お前', 'は', 'クソ', '野郎', 'だ']);
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
    // Enough sentences for a word to count (training asks for fifteen): "leaked" would, were it kept.
    const train = [
      set('train', [
        ...rows('you stupid troll', true, 20),
        ...rows('thanks for the edit', false, 60),
        ...Array.from({ length: 20 }, () => leaked),
      ]),
    ];
    const dev = [set('dev', [leaked, { text: 'stupid', erroneous: true }])];
    const lexicons = fitSourceLexicons(train, dev);
    expect(lexicons.en).toHaveProperty('stupid');
    expect(lexicons.en).not.toHaveProperty('leaked');
    expect(dev[0]?.features[0]?.['lexicon:max']).toBe(0);
    expect(dev[0]?.features[1]?.['lexicon:max']).toBe(lexicons.en?.stupid);
    expect(train[0]?.features.every((f) => f['lexicon:max'] !== 99)).toBe(true);
  });
});

describe("the translations' risk lexicon", () => {
  const pairs = (sources: string[], targets: string[], labels: boolean[], lang = 'de'): TrainingSet => ({
    name: `en-${lang}`,
    features: labels.map(() => ({})),
    labels,
    sources: { lang: 'en', texts: sources },
    targets: { lang, texts: targets },
  });
  // The same English comment, translated well and with the insult left in English.
  const sources = Array.from({ length: 30 }, (_, k) => `you are a fool number${k}`);
  const targets = sources.map((_, k) =>
    k % 3 === 0 ? `du bist ein fool nummer${k}` : `du bist ein Narr nummer${k}`,
  );
  const labels = sources.map((_, k) => k % 3 === 0);

  it('learns the words of translations that came with errors, which the source cannot show', () => {
    const train = [pairs(sources, targets, labels)];
    const dev = [pairs(['you are a fool'], ['du bist ein fool'], [true])];
    const sourceLexicons = fitSourceLexicons(train, dev);
    const targetLexicons = fitTargetLexicons(train, dev);
    // Every source says "fool": only the translations tell the errors apart.
    expect(sourceLexicons.en).not.toHaveProperty('fool');
    expect(targetLexicons.de?.fool).toBeGreaterThan(1);
    expect(targetLexicons.de?.narr).toBeLessThan(0);
    expect(dev[0]?.features[0]?.['target-lexicon:max']).toBe(targetLexicons.de?.fool);
    // The training rows are scored by lexicons learnt without them.
    expect(train[0]?.features.some((f) => (f['target-lexicon:max'] ?? 0) > 0)).toBe(true);
  });

  it('is left out of what the pooled model learns from, and out of the model for sources without a lexicon', () => {
    const set: TrainingSet = {
      ...pairs(['a'], ['b'], [true]),
      features: [{ 'lexicon:max': 1, 'target-lexicon:max': 2, 'gap:names': 0.5 }],
    };
    expect(withoutTargetLexiconFeatures([set])[0]?.features).toEqual([
      { 'lexicon:max': 1, 'gap:names': 0.5 },
    ]);
    expect(withoutLexiconFeatures([set])[0]?.features).toEqual([{ 'gap:names': 0.5 }]);
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

  it("name an insult the translation kept in English, by the translations' lexicon", async () => {
    const weights = { ...loadWeights(), targetLexicons: { de: { faggot: 3.8, die: -0.2 } } };
    const doc = await analyzePairs(
      [{ id: '1', source: 'Stop reverting, you faggot.', target: 'Hör auf, zurückzusetzen, du faggot.' }],
      { sourceLang: 'en', targetLang: 'de' },
      { weights },
    );
    const reason = doc.units[0]?.reasons.find((r) => r.feature === 'target-lexicon');
    expect(reason?.label).toBe('“faggot”: in the translation, often with an error in the training data');
    expect(doc.units[0]?.reasons.some((r) => r.feature.startsWith('target-lexicon:'))).toBe(false);
  });
});
