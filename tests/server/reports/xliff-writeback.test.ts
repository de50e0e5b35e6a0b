import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXliff } from '../../../server/ingest/xliff';
import { writeBackXliff } from '../../../server/reports/xliff-writeback';

const sample = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/samples/${name}`, import.meta.url), 'utf8');

describe('writing the reviewed translation back into the XLIFF it came from', () => {
  it("corrects a CAT tool's segments in place and leaves the rest of the file as it was", () => {
    const original = sample('article.sdlxliff');
    const written = writeBackXliff(
      original,
      new Map([
        ['a1b2-2', 'Biden zasygnalizował, że USA nie pójdą na ustępstwa.'],
        ['c3d4', 'Spotkanie odbędzie się 12 stycznia.'],
        ['e5f6', 'Jeszcze nie przetłumaczone.'],
      ]),
    );
    expect(readXliff(written, 'article.sdlxliff').pairs.map((p) => [p.id, p.target])).toEqual([
      ['a1b2-1', 'USA i Rosja będą rozmawiać.'],
      ['a1b2-2', 'Biden zasygnalizował, że USA nie pójdą na ustępstwa.'],
      ['c3d4', 'Spotkanie odbędzie się 12 stycznia.'],
      ['e5f6', 'Jeszcze nie przetłumaczone.'],
    ]);
    // The formatting of a word left standing, the tool's own records, the untouched segment: as they were.
    expect(written).toContain('Biden <g id="3">zasygnalizował</g>, że USA');
    expect(written).toContain('<sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="mt"/>');
    expect(written).toContain('<mrk mtype="seg" mid="1">USA i Rosja będą rozmawiać.</mrk>');
    // An untranslated unit gets a target after its segmented source.
    expect(written).toContain(
      '</seg-source><target><mrk mtype="seg" mid="4">Jeszcze nie przetłumaczone.</mrk></target>',
    );
    // Nothing outside the three segments moved.
    const outside = (text: string): string =>
      text
        .replace(/<target>[\s\S]*?<\/target>/g, '')
        .replace(/<\/seg-source>\s*<\/trans-unit>/g, '</seg-source></trans-unit>');
    expect(outside(written)).toBe(outside(original));
  });

  it('corrects XLIFF 1.2 units without segments and XLIFF 2.0 segments, keeping tags and placeholders', () => {
    const v12 = writeBackXliff(sample('memo-1.2.xliff'), new Map([['1', 'Spotkanie jest 12 stycznia.']]));
    expect(v12).toContain('<target>Spotkanie jest <g id="b">12 stycznia</g>.</target>');
    expect(v12).toContain('<target>Ceny rosły i spadały.</target>');
    const v20 = writeBackXliff(sample('memo-2.0.xliff'), new Map([['u2', 'Das kostet {price} Euro.']]));
    expect(readXliff(v20, 'memo.xliff').pairs[1]).toEqual({
      id: 'u2',
      source: 'It costs {price} euros.',
      target: 'Das kostet {price} Euro.',
    });
  });

  it('fills a segment the tool left empty in its target', () => {
    const original = sample('article.sdlxliff').replace(
      '<target><mrk mtype="seg" mid="3">Spotkanie odbędzie się 13 stycznia.</mrk></target>',
      '<target><mrk mtype="seg" mid="3"/></target>',
    );
    expect(readXliff(original, 'a.sdlxliff').pairs.find((p) => p.id === 'c3d4')?.target).toBe('');
    const written = writeBackXliff(original, new Map([['c3d4', 'Spotkanie odbędzie się 12 stycznia.']]));
    expect(written).toContain(
      '<target><mrk mtype="seg" mid="3">Spotkanie odbędzie się 12 stycznia.</mrk></target>',
    );
  });

  it("leaves a suggestion's target alone: a unit without its own target gets one", () => {
    const original = `<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="7"><source>Good morning.</source><alt-trans origin="mt"><target>Guten Morgen.</target></alt-trans></trans-unit>
</body></file></xliff>`;
    const written = writeBackXliff(original, new Map([['7', 'Guten Morgen!']]));
    expect(written).toContain(
      '<source>Good morning.</source><target>Guten Morgen!</target><alt-trans origin="mt"><target>Guten Morgen.</target></alt-trans>',
    );
  });

  it('writes what the reviewer typed as text, never as markup, and says the file is UTF-8', () => {
    const original = sample('memo-1.2.xliff').replace('encoding="UTF-8"', "encoding='windows-1250'");
    const written = writeBackXliff(original, new Map([['2', 'Ceny <b>rosły</b> & spadały.']]));
    expect(written).toContain('<target>Ceny &lt;b&gt;rosły&lt;/b&gt; &amp; spadały.</target>');
    expect(written.startsWith('<?xml version="1.0" encoding=\'UTF-8\'?>')).toBe(true);
    expect(readXliff(written, 'memo.xliff').pairs[1]?.target).toBe('Ceny <b>rosły</b> & spadały.');
  });
});
