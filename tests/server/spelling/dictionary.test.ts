import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { spellerFiles } from '../../../server/spelling/dictionary';

describe('Hunspell dictionaries prepared for nspell', () => {
  it('accepts everyday German words the raw dictionary lists a second time as compound parts', () => {
    const files = spellerFiles('de');
    expect(files).not.toBeNull();
    const speller = nspell(files ?? { aff: '', dic: '' });
    for (const word of ['hoch', 'macht', 'erwarten', 'erreichen', 'vertreiben', 'neigen', 'Häuser'])
      expect(speller.correct(word), word).toBe(true);
    for (const word of ['machtx', 'Hausx', 'erwartn']) expect(speller.correct(word), word).toBe(false);
  });

  it('keeps two-letter flags whole in dictionaries that use them (French)', () => {
    const speller = nspell(spellerFiles('fr') ?? { aff: '', dic: '' });
    for (const word of ['maison', 'maisons', 'inondations', 'évacué'])
      expect(speller.correct(word), word).toBe(true);
    expect(speller.correct('maisonx')).toBe(false);
  });
});
