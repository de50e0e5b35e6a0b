import { describe, expect, it } from 'vitest';
import { loadSpeller } from '../../../server/spelling/hunspell';

describe('Hunspell over the dictionary packages', () => {
  it('knows everyday German words, compounds and inflections, and not misspellings', async () => {
    const speller = await loadSpeller('de');
    expect(speller).not.toBeNull();
    for (const word of [
      'hoch',
      'macht',
      'erwarten',
      'vertreiben',
      'Häuser',
      'Bundesregierung',
      'Sicherheitsrat',
    ])
      expect(speller?.correct(word), word).toBe(true);
    for (const word of ['machtx', 'Hausx', 'erwartn']) expect(speller?.correct(word), word).toBe(false);
  });

  it('reads dictionaries with two-letter flags (French) and the Polish and Czech ones', async () => {
    const french = await loadSpeller('fr');
    for (const word of ['maison', 'maisons', 'inondations', 'évacué', 'aujourd’hui'])
      expect(french?.correct(word), word).toBe(true);
    expect(french?.correct('maisonx')).toBe(false);
    const polish = await loadSpeller('pl');
    expect(polish?.correct('przyłączyć')).toBe(true);
    expect(polish?.correct('przyłonczyć')).toBe(false);
    const czech = await loadSpeller('cs');
    expect(czech?.correct('vlády')).toBe(true);
    expect(czech?.correct('vládx')).toBe(false);
  });

  it('has no speller for a language without a dictionary package', async () => {
    expect(await loadSpeller('ja')).toBeNull();
  });
});
