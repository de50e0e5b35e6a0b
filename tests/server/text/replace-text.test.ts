import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textReplacer } from '../../../server/text/replace-text';

const words = { matchCase: false, wholeWords: true };

describe('replacing words in a translation', () => {
  it('replaces every standing occurrence, whatever its case, and counts them', () => {
    const replace = textReplacer('Kijew', 'Kijów', 'pl', words);
    expect(replace('Kijew i KIJEW, ale nie Kijewie.')).toEqual({
      text: 'Kijów i KIJÓW, ale nie Kijewie.',
      count: 2,
    });
  });

  it('writes the replacement in the case the words were found in, unless case is to be matched', () => {
    const replace = textReplacer('urzędnik', 'przedstawiciel', 'pl', words);
    expect(replace('Urzędnik powiedział, że urzędnik… URZĘDNIK!').text).toBe(
      'Przedstawiciel powiedział, że przedstawiciel… PRZEDSTAWICIEL!',
    );
    expect(textReplacer('Kiew', 'Kyjiw', 'de', words)('KIEW und kiew').text).toBe('KYJIW und kyjiw');
    // Turkish capitals its own way: i → İ.
    expect(textReplacer('ankara', 'istanbul', 'tr', words)('Ankara').text).toBe('İstanbul');
    expect(
      textReplacer('urzędnik', 'przedstawiciel', 'pl', { ...words, matchCase: true })('Urzędnik').text,
    ).toBe('Urzędnik');
  });

  it('finds the words inside longer ones when asked to, and only the case typed when asked to', () => {
    const inside = textReplacer('Kijew', 'Kijów', 'pl', { matchCase: true, wholeWords: false });
    expect(inside('w Kijewie i kijewie')).toEqual({ text: 'w Kijówie i kijewie', count: 1 });
  });

  it('takes the replacement literally and may delete the words', () => {
    expect(textReplacer('cena', '$& i $1', 'pl', words)('cena wzrosła').text).toBe('$& i $1 wzrosła');
    expect(textReplacer('bardzo ', '', 'pl', words)('to bardzo dobre')).toEqual({
      text: 'to dobre',
      count: 1,
    });
  });

  it('needs no word edge where the words begin or end with punctuation', () => {
    expect(textReplacer(' ,', ',', 'pl', words)('tak , ale').text).toBe('tak, ale');
    // "U.S." begins with a letter: not inside "USU.S."; it ends with a full stop, which ends a word.
    expect(textReplacer('U.S.', 'USA', 'pl', words)('w U.S. i USU.S.').text).toBe('w USA i USU.S.');
  });

  it('ignores word edges in languages written without spaces', () => {
    expect(textReplacer('東京', '大阪', 'ja', words)('東京都に行った')).toEqual({
      text: '大阪都に行った',
      count: 1,
    });
  });

  it('meets a decomposed letter as the composed one, and leaves a text without the words untouched', () => {
    const decomposed = 'Gdańsk'.normalize('NFD');
    expect(textReplacer('Gdańsk', 'Gdynia', 'pl', words)(`w ${decomposed}`)).toEqual({
      text: 'w Gdynia',
      count: 1,
    });
    expect(textReplacer('Gdańsk', 'Gdynia', 'pl', words)(decomposed)).toEqual({ text: 'Gdynia', count: 1 });
    expect(textReplacer('Sopot', 'Gdynia', 'pl', words)(decomposed)).toEqual({ text: decomposed, count: 0 });
  });

  it('finds nothing for nothing', () => {
    expect(textReplacer('', 'x', 'pl', words)('abc')).toEqual({ text: 'abc', count: 0 });
  });

  const letters = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '$', 'ą'), maxLength: 30 });

  it('with case and word edges aside, replaces as splitting on the words and joining with the replacement does', () => {
    fc.assert(
      fc.property(
        letters,
        letters.filter((s) => s !== ''),
        letters,
        (text, find, replacement) => {
          const result = textReplacer(find, replacement, 'pl', { matchCase: true, wholeWords: false })(text);
          expect(result.text).toBe(text.split(find).join(replacement));
          expect(result.count).toBe(text.split(find).length - 1);
        },
      ),
    );
  });

  it('replaces only occurrences that stand as words, and all of them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ab', 'a', 'b', 'aba', ' ', ', '), { maxLength: 12 }),
        (pieces) => {
          const text = pieces.join('');
          const result = textReplacer('ab', '#', 'pl', words)(text);
          // Every "ab" left is inside a longer word; every "#" stands where a whole "ab" stood.
          for (const match of result.text.matchAll(/ab/gu)) {
            const before = result.text.charAt(match.index - 1);
            const after = result.text.charAt(match.index + 2);
            expect(/[ab#]/u.test(before) || /[ab#]/u.test(after)).toBe(true);
          }
          expect(result.text.replace(/#/gu, 'ab')).toBe(text);
        },
      ),
    );
  });
});
