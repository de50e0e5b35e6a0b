import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HINT, disguisedWords, mayHoldDisguise } from '../../../server/checks/lang/disguised';
import { findOffensive } from '../../../server/checks/lang/offensive';

describe('disguised insults', () => {
  it.each([
    ['Shut the f**k up', 'f**k'],
    ['you are a f*cking troll', 'f*cking'],
    ['this is sh1t', 'sh1t'],
    ['what an a$$hole', 'a$$hole'],
    ['FUUUUCK THIS', 'FUUUUCK'],
    ['stop it, biiitch', 'biiitch'],
    ['total bull****', 'bull****'],
    ['you n!gger', 'n!gger'],
  ])('finds the insult in “%s”', (text, word) => {
    const found = findOffensive(text, 'en');
    expect(found?.text).toBe(word);
    expect(text.slice(found?.start ?? 0, found?.end ?? 0)).toBe(word);
  });

  it.each([
    'Help! I need somebody.',
    'The 3D model costs $5; mail a@b.org.',
    'Brrr, it is sooo cold.',
    'Rated 5* by 300 readers, see p*q in the formula.',
    'WOW!!!Really?',
  ])('finds nothing in “%s”', (text) => {
    expect(findOffensive(text, 'en')).toBeNull();
  });

  it('reads look-alike signs as letters and drawn-out letters once and twice', () => {
    expect(disguisedWords('p!$$ed')[0]?.readings).toContain('pissed');
    expect(disguisedWords('asss')[0]?.readings).toEqual(['as', 'ass']);
  });

  it('gives spans that cut exactly the word out of the text', () => {
    const piece = fc.constantFrom('f*ck', 'sh1t', 'fuuuck', 'Help!', 'a@b', 'the', ' ', ', ', '3D', '***');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        for (const word of disguisedWords(text)) {
          expect(text.slice(word.start, word.end)).toBe(word.text);
          expect(word.readings.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('passes every text with a disguise through its quick scan', () => {
    const character = fc.constantFrom(
      'a',
      'f',
      'k',
      'A',
      'é',
      'ß',
      'ж',
      '哈',
      '*',
      '$',
      '@',
      '1',
      '!',
      '|',
      ' ',
      '.',
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 16 }), (characters) => {
        const text = characters.join('');
        if (HINT.test(text)) expect(mayHoldDisguise(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
