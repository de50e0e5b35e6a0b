import { describe, expect, it } from 'vitest';
import { flagFeatures, textFeatures } from '../../../server/scoring/features';
import { analyzePairs } from '../../../server/analysis/analyze';
import { type TrainingSet, trainLogistic } from '../../../server/scoring/train';
import { featureLabel } from '../../../server/scoring/risk';
import type { Flag, Severity } from '../../../server/domain/types';

const features = (source: string, target = 'Ein Satz.') =>
  textFeatures({
    source,
    target,
    sourceLang: 'en',
    targetLang: 'de',
    lengthStats: { meanLogRatio: 0, sdLogRatio: 0.35, count: 0 },
    similarity: null,
    similarityZ: null,
    sourceLexicon: { idiot: 1.5, troll: 0.5, thanks: -0.8 },
  });

describe('risk features of the source', () => {
  it('measures shouting, typos and words that often went wrong', () => {
    const shouted = features('YOU ARE AN IDIOT AND A TROLL, thanks');
    expect(shouted['source:capitals']).toBeCloseTo(22 / 28);
    expect(shouted['lexicon:max']).toBe(1.5);
    expect(shouted['lexicon:sum']).toBe(2);
    const calm = features('Thanks for fixing the references in the article.');
    expect(calm['source:capitals']).toBeLessThan(0.1);
    expect(calm['lexicon:max']).toBe(0);
    expect(calm['source:unknown-words']).toBe(0);
    expect(features('i wil alxays revrt yuor edits')['source:unknown-words']).toBeGreaterThan(0.5);
    expect(features('ŻÓŁW ŻÓŁW ŻÓŁW żółw')['source:capitals']).toBeCloseTo(0.75);
  });
});

describe('findings as risk features', () => {
  it('weighs a dropped sentence, but not a dropped greeting or signature, which is reported as minor', () => {
    const dropped = (severity: Severity): Flag => ({
      check: 'sentence-unmatched',
      category: 'Accuracy/Omission',
      severity,
      message: 'The translation has nothing for …',
      side: 'source',
      span: { start: 0, end: 7 },
    });
    expect(flagFeatures([dropped('major')])).toEqual({ 'check:sentence-unmatched': 2 });
    expect(flagFeatures([dropped('minor')])).toEqual({});
  });
});

describe('names on each side', () => {
  it('counts a name the translation lost, and not a month or weekday English capitalises', () => {
    const inPolish = (source: string, target: string) =>
      textFeatures({
        source,
        target,
        sourceLang: 'en',
        targetLang: 'pl',
        lengthStats: { meanLogRatio: 0, sdLogRatio: 0.35, count: 0 },
        similarity: null,
        similarityZ: null,
        sourceLexicon: null,
      })['gap:names'];
    expect(inPolish('They meet on Monday, January 12.', 'Spotykają się w poniedziałek 12 stycznia.')).toBe(0);
    expect(inPolish('They meet Biden on Monday.', 'Spotykają się z nim w poniedziałek.')).toBeGreaterThan(0);
  });
});

describe('the reasons a unit lists', () => {
  it('names every measure in words a reviewer reads', () => {
    const measured = {
      ...features('What a bastard, YOU ARE AN IDIOT 2 times?', 'Was für ein Mistkerl, 3 Mal!'),
      ...textFeatures({
        source: 'Un text oarecare.',
        target: 'Some text.',
        sourceLang: 'ro',
        targetLang: 'en',
        lengthStats: { meanLogRatio: 0, sdLogRatio: 0.35, count: 0 },
        similarity: 0.4,
        similarityZ: -2,
        sourceLexicon: null,
      }),
    };
    for (const feature of Object.keys(measured)) expect(featureLabel(feature)).not.toBe(feature);
  });
});

describe('an insult in the source', () => {
  it('counts whether or not training saw the word, from the offensive-word list', () => {
    expect(features('What a bastard.')['source:offensive']).toBe(1);
    expect(features('What a stranger.')['source:offensive']).toBe(0);
  });

  it('only ever raises the risk, whatever the training rows say', () => {
    // Rows where the insult comes with fewer errors than average: the weight stays at zero.
    const features: TrainingSet['features'] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 400; i++) {
      features.push({ 'source:offensive': i % 2, 'source:capitals': i % 3 === 0 ? 1 : 0 });
      labels.push(i % 2 === 0 && i % 3 === 0);
    }
    const model = trainLogistic([{ name: 'insults', features, labels }]);
    expect(model.weights['source:offensive']).toBe(0);
    expect(model.weights['source:capitals']).toBeGreaterThan(0);
  });
});

describe('risk features of the translation', () => {
  const intoEnglish = (target: string, source = 'Un text oarecare.') =>
    textFeatures({
      source,
      target,
      sourceLang: 'ro',
      targetLang: 'en',
      lengthStats: { meanLogRatio: 0, sdLogRatio: 0.35, count: 0 },
      similarity: null,
      similarityZ: null,
      sourceLexicon: null,
    });

  it('counts words an English translation garbled or left untranslated', () => {
    expect(intoEnglish('The church was built in the 15th century.')['target:unknown-words']).toBe(0);
    expect(intoEnglish('The church has a podeposit and evlavious paintings.')['target:unknown-words']).toBe(
      2,
    );
    expect(
      intoEnglish('The tower is made of chihlimbar.', 'Turnul este din chihlimbar.')['target:unknown-words'],
    ).toBe(1);
  });

  it('takes British spellings and hyphenated words as English', () => {
    const british = 'The theatre centre was travelling to a well-developed organisation, some metres away.';
    expect(intoEnglish(british)['target:unknown-words']).toBe(0);
    expect(features(british)['source:unknown-words']).toBe(0);
  });

  it('does not count abbreviations, brand names and the parts of addresses', () => {
    const cited =
      'As Smith et al. found, the iPhone reads 120 mmHg; see https://example.org/data or write to sarah.jones@example.org.';
    expect(intoEnglish(cited)['target:unknown-words']).toBe(0);
  });

  it('has nothing to say where the target language has no dictionary', () => {
    expect(features('A sentence.', 'Ein Satz mit eienm Tippfehler.')['target:unknown-words']).toBeUndefined();
  });
});

describe('the reason a garbled translation gives', () => {
  it('names the words the translation language does not have', async () => {
    const result = await analyzePairs(
      [
        {
          id: '1',
          source: 'Biserica are picturi evlavioase și un podepozit vechi.',
          target: 'The church has evlavious paintings and an old podeposit.',
        },
      ],
      { sourceLang: 'ro', targetLang: 'en' },
    );
    const reason = result.units[0]?.reasons.find((r) => r.feature === 'target:unknown-words');
    expect(reason?.label).toBe('“evlavious”, “podeposit”: not in the English (en) dictionary');
  });
});
