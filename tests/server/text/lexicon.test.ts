import { describe, expect, it } from 'vitest';
import { isCommonWord, isKnownWord } from '../../../server/text/lexicon';
import { findNames } from '../../../server/text/names';

describe('quick dictionary look-up', () => {
  it('undoes Hunspell prefixes and suffixes instead of needing every form listed', () => {
    for (const word of ['into', 'miserable', 'unidentified', 'identifications', 'rewrites', 'running'])
      expect(isKnownWord(word, 'en'), word).toBe(true);
    for (const word of ['biden', 'ukraine', 'xqzt']) expect(isKnownWord(word, 'en'), word).toBe(false);
    expect(isCommonWord('Security', 'en')).toBe(true);
    expect(isKnownWord('into', 'tlh')).toBeNull();
  });

  it('does not take emphasis, everyday abbreviations or "I\'ve" for names', () => {
    const names = findNames("He was NOT there, BTW, and I've told the UN and Biden INTO the night.", 'en');
    // "He" starts the sentence: kept, marked as such, for the checks to weigh.
    expect(names.map((n) => [n.text, n.sentenceInitial])).toEqual([
      ['He', true],
      ['UN', false],
      ['Biden', false],
    ]);
  });
});
