import { describe, expect, it } from 'vitest';
import { hasLetterOutside, scriptName, scriptOfLetter, scriptsOf } from '../../../server/text/scripts';

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

  it("finds a letter outside a language's scripts", () => {
    const german = scriptsOf('de') ?? new Set<string>();
    expect(hasLetterOutside('Größe: 3,5 m²', german)).toBe(false);
    expect(hasLetterOutside('Das heißt Москва', german)).toBe(true);
    expect(hasLetterOutside('新款 iPhone 运行', scriptsOf('zh') ?? new Set<string>())).toBe(true);
    expect(hasLetterOutside('東京で会議', scriptsOf('ja') ?? new Set<string>())).toBe(false);
  });
});
