import { describe, expect, it } from 'vitest';
import { anchorStrings, katakanaLoanwordAnchors, loanwordSoundAnchors } from '../../../server/align/anchors';

const numbers = (text: string, lang: string): string[] =>
  anchorStrings(text, lang).strong.filter((anchor) => anchor.startsWith('n:'));

describe('anchors that survive translation', () => {
  it('reads a number the same whatever its separators', () => {
    expect(numbers('2,5 metra i 12 000 osób', 'pl')).toEqual(numbers('2.5 metres and 12,000 people', 'en'));
  });

  it('reads a Thai year of the Buddhist era as the Western year, but not a count in the same range', () => {
    expect(numbers('เขื่อนสร้างเสร็จในปี พ.ศ. 2545', 'th')).toEqual(
      numbers('The dam was completed in 2002.', 'en'),
    );
    expect(numbers('มีผู้อพยพ 2,600 คน', 'th')).toEqual(numbers('2,600 people were evacuated', 'en'));
  });

  it('reads numbers written with myriads or scale words by their value', () => {
    expect(numbers('1万2000人以上', 'ja')).toEqual(numbers('more than 12,000 people', 'en'));
    expect(numbers('1.2万人', 'zh')).toEqual(numbers('12,000 people', 'en'));
    expect(numbers('5000万ユーロ', 'ja')).toEqual(numbers('€50 million', 'en'));
    expect(numbers('50 Millionen Euro', 'de')).toEqual(numbers('€50 million', 'en'));
    expect(numbers('5000万ユーロ', 'ja')).not.toEqual(numbers('€50', 'en'));
  });

  it('meets the international words of a Cyrillic text by their Latin spelling', () => {
    const lexical = (text: string, lang: string): string[] => anchorStrings(text, lang).lexical;
    const english = lexical('The president visited the institute and the new metro station', 'en');
    const russian = lexical('Президент посетил институт и новую станцию метро', 'ru');
    // "станцию" is "stantsiyu" in Latin letters: not the same five letters as "station".
    expect(russian.filter((key) => english.includes(key))).toEqual(['presi', 'insti', 'metro']);
  });

  it('meets an organisation spelt out on one side with its acronym on the other', () => {
    const organisations = (text: string, lang: string): string[] =>
      anchorStrings(text, lang).strong.filter((anchor) => anchor.startsWith('o:'));
    const eu = organisations('EU meddelade att man är redo att hjälpa till.', 'sv');
    expect(eu).toHaveLength(1);
    expect(organisations('The European Union said it was ready to help.', 'en')).toEqual(eu);
    expect(organisations('Organizacja Narodów Zjednoczonych wezwała do rozejmu.', 'pl')).toEqual(
      organisations('The UN called for a ceasefire.', 'en'),
    );
    // Both words of the name are needed: "union" alone is no organisation.
    expect(organisations('The union said it was ready to help.', 'en')).toEqual([]);
  });

  it('reads English words by their sounds as Japanese borrows them in katakana', () => {
    const english = loanwordSoundAnchors('please do not block the account again');
    const japanese = katakanaLoanwordAnchors('二度とアカウントをブロックしないでください', 'ja');
    // "block" ブロック and "account" アカウント; "please", "again" are no loanwords here.
    expect(english.filter((key) => japanese.includes(key)).length).toBeGreaterThanOrEqual(2);
    // Names are the capitalised words' anchors already; and short words say nothing.
    expect(loanwordSoundAnchors('Tesla and Toyota')).toEqual([]);
  });
});
