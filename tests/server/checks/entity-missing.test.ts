import { describe, expect, it } from 'vitest';
import { entityMissing } from '../../../server/checks/entity-missing';
import { entityMissingTransliterated } from '../../../server/checks/entity-missing-transliterated';
import { runExample } from '../../helpers/check-fixtures';

describe('names missing', () => {
  it('reports a full name missing once, on the whole name', () => {
    const source = 'Prime Minister Petr Fiala said the budget would be approved.';
    const flags = runExample(entityMissing, {
      source,
      target: 'Premiér řekl, že rozpočet bude schválen.',
      sourceLang: 'en',
      targetLang: 'cs',
    }).flat();
    expect(flags.map((f) => f.message)).toEqual(['“Petr Fiala” from the source is not in the translation']);
    expect(flags[0]?.span && source.slice(flags[0].span.start, flags[0].span.end)).toBe('Petr Fiala');
  });

  it('still reports two names apart as two', () => {
    const flags = runExample(entityMissing, {
      source: 'On Monday, Petr Fiala met Olaf Scholz in Prague.',
      target: 'V pondělí se premiér setkal s kancléřem v Praze.',
      sourceLang: 'en',
      targetLang: 'cs',
    }).flat();
    expect(flags.map((f) => f.message)).toEqual([
      '“Petr Fiala” from the source is not in the translation',
      '“Olaf Scholz” from the source is not in the translation',
    ]);
  });
});

describe('names missing from a translation in another script', () => {
  it('reports a full name missing once, on the whole name', () => {
    const flags = runExample(entityMissingTransliterated, {
      source: "Can you do a box for Raja Maharaj Singh. He's the oldest player to play first class cricket.",
      target: '彼 は 一流 の クリケット を 再生 する 最も 古 い プレーヤー で す 。',
      sourceLang: 'en',
      targetLang: 'ja',
    }).flat();
    expect(flags.map((f) => f.message)).toEqual([
      '“Maharaj Singh” from the source is not in the translation: no word there sounds like it',
    ]);
  });
});
