import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenInline } from '../../../server/ingest/xml';
import { patchInline } from '../../../server/reports/inline-patch';

describe('writing a correction into a segment’s inline markup', () => {
  it('keeps the formatting around the words it replaces', () => {
    expect(patchInline('Biden has <g id="3">signalled</g> that', 'Biden has warned that')).toBe(
      'Biden has <g id="3">warned</g> that',
    );
    expect(patchInline('Hello <g id="1">world</g>', 'Hello big world')).toBe('Hello big <g id="1">world</g>');
    expect(patchInline('<g id="1">Hello</g> world', 'Hello! world')).toBe('<g id="1">Hello!</g> world');
  });

  it('keeps a placeholder while its text stands, and drops it when the reviewer deleted it', () => {
    const raw = 'Es kostet <ph id="1" equiv-text="{price}"/> Euro.';
    expect(patchInline(raw, 'Das kostet {price} Euro.')).toBe(
      'Das kostet <ph id="1" equiv-text="{price}"/> Euro.',
    );
    expect(patchInline(raw, 'Es ist kostenlos.')).toBe('Es ist kostenlos.');
  });

  it('keeps tags of deleted words, entities as written, and escapes what is typed', () => {
    expect(patchInline('a <x id="1"/>b &amp; c', 'a b & c & d')).toBe('a <x id="1"/>b &amp; c &amp; d');
    expect(patchInline('na <mrk mtype="x-sdl-comment">żadne</mrk> ustępstwa', 'na ustępstwa')).toBe(
      'na <mrk mtype="x-sdl-comment"></mrk>ustępstwa',
    );
    expect(patchInline('x &lt; y', 'x <y>')).toBe('x &lt;y&gt;');
  });

  it('leaves the markup as it is when the text has not changed', () => {
    const raw = '  Hello\n  <g id="1">world</g>  ';
    expect(patchInline(raw, 'Hello world')).toBe(raw);
  });

  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ł', '&', '<', "'"), minLength: 1, maxLength: 5 });
  const escaped = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const piece = fc.oneof(
    word.map(escaped),
    fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '&#x142;',
      '<x id="1"/>',
      '<ph id="2" equiv-text="{n}"/>',
      '<bpt id="3">&lt;b&gt;</bpt>',
    ),
    word.map((w) => `<g id="4">${escaped(w)}</g>`),
  );

  it('always reads back as the correction, whatever the markup', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }),
        fc.array(fc.oneof(word, fc.constant(' ')), { maxLength: 10 }),
        (pieces, typed) => {
          const raw = pieces.join('');
          const corrected = typed.join('').replace(/\s+/g, ' ').trim();
          const patched = patchInline(raw, corrected);
          expect(flattenInline(patched)).toBe(corrected);
          // Formatting that shows no text is never lost.
          const tags = (text: string): number =>
            (text.match(/<g id="4">|<\/g>|<x id="1"\/>|<bpt id="3">/g) ?? []).length;
          expect(tags(patched)).toBe(tags(raw));
        },
      ),
    );
  });
});
