import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/analysis/analyze';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

/**
 * A careful human translation of a news article (quotes in the target's style, exonyms such as
 * Donau/Dunaj and Vídeň, a sentence that starts with a weekday, decimal commas) must not send the
 * reviewer chasing errors that are not there.
 */
describe('a clean translation of a news article', () => {
  for (const lang of ['de', 'cs', 'fr', 'pl']) {
    it(`raises no flag at all in ${lang}`, async () => {
      const result = await analyze({
        source: fixture('clean-article.en.txt'),
        target: fixture(`clean-article.${lang}.txt`),
        sourceLang: 'en',
        targetLang: lang,
      });
      expect(result.units).toHaveLength(12);
      expect(
        result.units.every((u) => u.sourceSentences.length === 1 && u.targetSentences.length === 1),
      ).toBe(true);
      expect(result.units.flatMap((u) => u.flags.map((f) => `${u.id} ${f.check}: ${f.message}`))).toEqual([]);
      expect(result.units.filter((u) => u.flagged)).toEqual([]);
    });
  }

  it('flags no unit in es, where straight quotes are only a minor locale note', async () => {
    const result = await analyze({
      source: fixture('clean-article.en.txt'),
      target: fixture('clean-article.es.txt'),
      sourceLang: 'en',
      targetLang: 'es',
    });
    expect(result.units.filter((u) => u.flagged)).toEqual([]);
    expect(result.units.flatMap((u) => u.flags.map((f) => f.check))).toEqual([
      'locale-format',
      'locale-format',
    ]);
  });
});
