import { describe, expect, it } from 'vitest';
import { textFeatures } from '../../../server/scoring/features';

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
