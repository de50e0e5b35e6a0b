import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../server/ingest/glossary';
import { InputError } from '../../../server/ingest/index';

const sample = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../fixtures/samples/${name}`, import.meta.url));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('glossary files', () => {
  it('reads a TBX termbase for any of its language pairs, deprecated terms as renderings not to use', async () => {
    const glossary = await loadGlossary(sample('glossary.tbx'), 'glossary.tbx');
    expect(glossary('en', 'pl').map((e) => [e.sourceTerm, e.targetTerm, e.forbidden])).toEqual([
      ['Kyiv', 'Kijów', false],
      ['Kyiv', 'Kijew', true],
      ['Kiev', 'Kijów', false],
      ['Kiev', 'Kijew', true],
      ['White House', 'Biały Dom', false],
      ['talks', 'rozmowy', false],
    ]);
    expect(glossary('en-GB', 'de').find((e) => e.targetTerm === 'Kiew')).toMatchObject({
      forbidden: true,
      note: 'Capital of Ukraine; house style since 2022',
    });
    expect(glossary('en', 'fr')).toEqual([]);
  });

  it('reads TBX 3 (conceptEntry, langSec, termSec) as well', async () => {
    const tbx = `<?xml version="1.0"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
  <conceptEntry id="1">
    <langSec xml:lang="en"><termSec><term>ceasefire</term></termSec></langSec>
    <langSec xml:lang="cs"><termSec><term>příměří</term></termSec></langSec>
  </conceptEntry>
</body></text></tbx>`;
    const glossary = await loadGlossary(bytes(tbx), 'core.tbx');
    expect(glossary('en', 'cs')).toEqual([
      { sourceTerm: 'ceasefire', targetTerm: 'příměří', forbidden: false, note: '' },
    ]);
  });

  it('reads a table with source, target, forbidden and note columns, for whatever pair it is given', async () => {
    const glossary = await loadGlossary(sample('glossary-en-pl.tsv'), 'glossary-en-pl.tsv');
    const entries = glossary('en', 'pl');
    expect(entries).toHaveLength(5);
    expect(entries.find((e) => e.targetTerm === 'Kijew')).toEqual({
      sourceTerm: 'Kyiv',
      targetTerm: 'Kijew',
      forbidden: true,
      note: 'not in our house style',
    });
  });

  it('names the file, the line and the problem', async () => {
    await expect(
      loadGlossary(bytes('source\ttarget\nvote\tgłosowanie\npoll\t \n'), 'terms.tsv'),
    ).rejects.toThrow('terms.tsv:3: the target term is empty');
    await expect(loadGlossary(bytes('<martif><text>'), 'broken.tbx')).rejects.toBeInstanceOf(InputError);
    await expect(loadGlossary(bytes('<?xml version="1.0"?><memo/>'), 'other.tbx')).rejects.toThrow(
      /not a TBX file/,
    );
  });

  it('gives back every term a termbase holds, whatever its characters', async () => {
    const term = fc
      .string({ minLength: 1, maxLength: 30 })
      // Characters XML 1.0 cannot hold (controls, lone surrogates) are no terms anyone writes.
      .map((s) =>
        s
          .replace(/[\p{Cc}\p{Cs}\ufffe\uffff]/gu, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((s) => s !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(term, term), { minLength: 1, maxLength: 5 }), async (pairs) => {
        const entries = pairs
          .map(
            ([source, target], k) => `<termEntry id="c${k}">
  <langSet xml:lang="en"><tig><term>${escapeXml(source)}</term></tig></langSet>
  <langSet xml:lang="de"><tig><term>${escapeXml(target)}</term></tig></langSet>
</termEntry>`,
          )
          .join('\n');
        const glossary = await loadGlossary(
          bytes(`<martif type="TBX-Basic"><text><body>${entries}</body></text></martif>`),
          'random.tbx',
        );
        expect(glossary('en', 'de').map((e) => [e.sourceTerm, e.targetTerm])).toEqual(pairs);
      }),
      { numRuns: 100 },
    );
  });
});
