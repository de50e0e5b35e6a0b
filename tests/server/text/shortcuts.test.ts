import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBounds } from '../../../server/checks/lang/bounds';
import { findShortcuts } from '../../../server/text/shortcuts';
import { textOf } from '../../helpers/texts';

describe('keyboard shortcuts', () => {
  it('reads one shortcut under one key in every language and notation', () => {
    const keys = ['Ctrl+Shift+S', 'Strg + Umschalt + S', 'Ctrl+Maj+S', 'Mayús+Ctrl+s', 'Control+Shift+S'].map(
      (text) => findShortcuts(text).map((s) => s.key),
    );
    expect(new Set(keys.map((k) => k.join()))).toEqual(new Set(['ctrl+shift+S']));
    expect(findShortcuts('Press ⌘⇧S or Cmd+Shift+S').map((s) => s.key)).toEqual([
      'cmd+shift+S',
      'cmd+shift+S',
    ]);
    expect(findShortcuts('C++ and A+B tests, the Ctrl key')).toEqual([]);
  });

  it('property: every shortcut found is a span of the text that starts with a modifier and ends with its key', () => {
    const piece = fc.constantFrom(
      'Ctrl',
      'Strg',
      'Shift',
      'Alt',
      '⌘',
      '+',
      ' + ',
      'S',
      'F4',
      'x',
      ' ',
      'Taste',
      '1',
    );
    fc.assert(
      fc.property(textOf(piece, 12), (text) => {
        for (const shortcut of findShortcuts(text)) {
          const written = text.slice(shortcut.start, shortcut.end);
          expect(written).toMatch(/^(?:ctrl|strg|shift|alt|⌘)/i);
          expect(written.toUpperCase().endsWith(shortcut.key.split('+').at(-1) ?? '')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('limits on numbers', () => {
  it('reads the longer phrase whole and needs a number close by', () => {
    expect(findBounds('Take no more than 8 tablets.', 'en').map((b) => [b.direction, b.limit])).toEqual([
      ['upper', '8'],
    ]);
    expect(findBounds('It is up to you.', 'en')).toEqual([]);
    expect(findBounds('不超过8片', 'zh').map((b) => b.direction)).toEqual(['upper']);
    expect(findBounds('8文字を超える', 'ja').map((b) => [b.direction, b.limit])).toEqual([['lower', '8']]);
  });

  it('property: every limit found is a span of the text with the number it limits', () => {
    const piece = fc.constantFrom(
      'at least',
      'no more than',
      'more than',
      ' ',
      '8',
      'tablets',
      'up to',
      '.',
      '12',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join(' ')),
        (text) => {
          for (const bound of findBounds(text, 'en')) {
            expect(text.slice(bound.start, bound.end).toLowerCase()).toBe(bound.text.toLowerCase());
            expect(text.slice(bound.end)).toContain(bound.limit);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
