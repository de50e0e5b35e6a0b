import { describe, expect, it } from 'vitest';
import { scriptName, scriptOfLetter, scriptsOf } from '../../../server/text/scripts';

describe('scripts', () => {
  it('knows which scripts a language is written in', () => {
    expect([...(scriptsOf('ru') ?? [])]).toEqual(['Cyrl']);
    expect([...(scriptsOf('ja') ?? [])].sort()).toEqual(['Hani', 'Hira', 'Kana']);
    expect([...(scriptsOf('sr') ?? [])].sort()).toEqual(['Cyrl', 'Latn']);
    expect(scriptsOf('de')?.has('Latn')).toBe(true);
  });

  it('has no answer for a language ICU does not know', () => {
    expect(scriptsOf('xx')).toBeNull();
    expect(scriptsOf('und')).toBeNull();
  });

  it('tells the script of a letter, and names it', () => {
    expect(['a', 'ж', 'ω', '中', 'か', 'カ', '한', '1', '-'].map(scriptOfLetter)).toEqual([
      'Latn',
      'Cyrl',
      'Grek',
      'Hani',
      'Hira',
      'Kana',
      'Hang',
      null,
      null,
    ]);
    expect(scriptName('Cyrl')).toBe('Cyrillic');
  });
});
