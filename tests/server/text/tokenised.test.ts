import { describe, expect, it } from 'vitest';
import { analyzePairs } from '../../../server/analysis/analyze';
import { isTokenised, isTokenisedDocument } from '../../../server/text/tokenised';

const TOKENISED = [
  'Domnívám se , že nyní máme plně odkazovaný článek .',
  'Díky , opravil jsem to .',
  'Ano , máte pravdu , omlouvám se .',
  'To není pravda , zdroj to neříká .',
  'Stránka byla smazána , protože byla prázdná .',
];
const WRITTEN = [
  'Domnívám se, že nyní máme plně odkazovaný článek.',
  'Díky, opravil jsem to.',
  'Ano, máte pravdu, omlouvám se.',
  'To není pravda, zdroj to neříká.',
  'Stránka byla smazána, protože byla prázdná.',
];

describe('tokenised text', () => {
  it('is told from a stray space by how often punctuation is spaced out', () => {
    expect(isTokenised('Díky , opravil jsem to .')).toBe(true);
    expect(isTokenised('Tato věta by měla být odstraněna .')).toBe(false);
    expect(isTokenised('更 不用说 意大利 和 日本 的 飞机 了 ,')).toBe(true);
    expect(isTokenisedDocument(TOKENISED)).toBe(true);
    expect(isTokenisedDocument(WRITTEN)).toBe(false);
    expect(isTokenisedDocument(TOKENISED.slice(0, 2))).toBe(false);
  });

  it('lets a single spaced full stop pass in a tokenised file, and reports it in written text', async () => {
    const odd = { source: 'It should be removed.', target: 'Měla by být odstraněna .' };
    const pairs = (targets: readonly string[]) => [
      ...targets.map((target, k) => ({ id: String(k), source: `Sentence number ${k}, said he.`, target })),
      { id: 'odd', ...odd },
    ];
    const doubleSpace = async (targets: readonly string[]) => {
      const doc = await analyzePairs(pairs(targets), { sourceLang: 'en', targetLang: 'cs' });
      return doc.units.find((u) => u.id === 'odd')?.flags.filter((f) => f.check === 'double-space') ?? [];
    };
    expect(await doubleSpace(TOKENISED)).toEqual([]);
    expect((await doubleSpace(WRITTEN)).map((f) => f.message)).toEqual(['Space before punctuation']);
  });
});
