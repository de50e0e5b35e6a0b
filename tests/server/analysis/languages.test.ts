import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../server/analysis/languages';

describe('the language of a text, when none is given', () => {
  it.each([
    ['Hello world.', 'en'],
    ['Rosja domaga się gwarancji.', 'pl'],
    ['It costs 20 euros.', 'en'],
    ['Dit is een korte zin.', 'nl'],
  ])('is read right from a short sentence: “%s”', async (text, code) => {
    expect(await resolveLanguage(undefined, text)).toEqual({ code, detected: true });
  });

  it('is read from a whole article', async () => {
    const article = readFileSync(new URL('../../../fixtures/demo-article.pl.txt', import.meta.url), 'utf8');
    expect(await resolveLanguage(undefined, article)).toEqual({ code: 'pl', detected: true });
  });

  it('is the one given, normalised, when there is one', async () => {
    expect(await resolveLanguage('pol', 'Hello world.')).toEqual({ code: 'pl', detected: false });
  });
});
