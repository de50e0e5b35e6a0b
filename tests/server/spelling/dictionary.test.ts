import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { spellerFiles, withoutCompoundFlags } from '../../../server/spelling/dictionary';

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
    // The bundled French dictionary has no two-letter affix flag with "(" or ")" in it, so a
    // dictionary made for the purpose shows that "(A" is not cut into "(" and "A".
    const aff = 'SET UTF-8\nFLAG long\nNEEDAFFIX ()\nSFX (A Y 1\nSFX (A 0 s .\n';
    const made = nspell(withoutCompoundFlags(aff, '2\nmaison/(A\nchat/()(A\n'));
    for (const word of ['maison', 'maisons', 'chat', 'chats']) expect(made.correct(word), word).toBe(true);
  });
});
