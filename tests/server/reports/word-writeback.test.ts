import { unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../server/ingest/index';
import { writeBackWord } from '../../../server/reports/word-writeback';
import { makeDocx } from '../../helpers/docx';

const documentXml = (bytes: Uint8Array): string =>
  new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);

describe('the reviewed translation written into the Word file it came in', () => {
  const machine = ['Gespräche in Genf', 'Die Gespräche beginnen am Dienstag.', 'Beide Seiten stimmten zu.'];
  const file = async (): Promise<Buffer> =>
    makeDocx([
      { style: 'Heading1', text: 'Gespräche in Genf' },
      ['Die Gespräche beginnen am ', 'Dienstag', '.'],
      'Beide Seiten stimmten zu.',
    ]);

  it('changes only the corrected paragraph, its style and the other paragraphs as they were', async () => {
    const bytes = await file();
    const corrected = [
      machine[0] ?? '',
      'Die Gespräche beginnen am Montag & enden <bald>.',
      machine[2] ?? '',
    ];
    const written = writeBackWord(bytes, machine, corrected);
    if (!written) throw new Error('not written back');
    expect(await documentText(written, 'back.docx')).toBe(corrected.join('\n'));
    const before = documentXml(bytes);
    const after = documentXml(written);
    expect(after).toContain('<w:pStyle w:val="Heading1"/>');
    const paragraphs = (xml: string): string[] => xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    expect(paragraphs(after)[0]).toBe(paragraphs(before)[0]);
    expect(paragraphs(after)[2]).toBe(paragraphs(before)[2]);
    expect(paragraphs(after)[1]).toContain('Montag &amp; enden &lt;bald&gt;');
  });

  it('keeps a corrected word in the formatting of the word it replaces', async () => {
    const written = writeBackWord(await file(), machine, [
      machine[0] ?? '',
      'Die Gespräche beginnen am Montag.',
      machine[2] ?? '',
    ]);
    if (!written) throw new Error('not written back');
    const corrected =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*Montag[\s\S]*?<\/w:p>/.exec(documentXml(written))?.[0] ?? '';
    expect(corrected).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Montag</w:t></w:r>');
    expect(corrected).toContain('<w:t xml:space="preserve">Die Gespräche beginnen am </w:t>');
  });

  it('gives the file back unchanged in its text when nothing was corrected', async () => {
    const written = writeBackWord(await file(), machine, machine);
    if (!written) throw new Error('not written back');
    expect(documentXml(written)).toBe(documentXml(await file()));
  });

  it('declines when the file does not match the text line for line, or a corrected paragraph holds a line break', async () => {
    expect(writeBackWord(await file(), ['Another text'], ['Another text.'])).toBeNull();
    const broken = await makeDocx(['Erste Zeile\nZweite Zeile']);
    const tabbed = await makeDocx(['Montag']);
    const withTab = Buffer.from(
      zipSync({
        ...unzipSync(tabbed),
        'word/document.xml': new TextEncoder().encode(documentXml(tabbed).replace('<w:t', '<w:tab/><w:t')),
      }),
    );
    expect(writeBackWord(withTab, ['Montag'], ['Dienstag'])).toBeNull();
    expect(
      writeBackWord(broken, ['Erste Zeile', 'Zweite Zeile'], ['Erste Zeile', 'Andere Zeile']),
    ).toBeNull();
    expect(writeBackWord(Buffer.from('not a zip'), machine, machine)).toBeNull();
  });

  it('reads back as the corrected text, however the paragraph was split into runs and whatever was typed', async () => {
    const word = fc.stringMatching(/^[A-Za-zäöüß&<>]{1,8}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    await fc.assert(
      fc.asyncProperty(
        sentence,
        fc.array(fc.nat(), { maxLength: 4 }),
        sentence,
        async (text, cuts, typed) => {
          const at = [...new Set(cuts.map((cut) => cut % text.length))].sort((a, b) => a - b);
          const runs = [0, ...at, text.length]
            .slice(1)
            .map((end, k, ends) => text.slice(k === 0 ? 0 : ends[k - 1], end));
          const bytes = await makeDocx([runs.filter((run) => run !== '')]);
          const written = writeBackWord(bytes, [text], [typed]);
          if (!written) throw new Error('not written back');
          expect(await documentText(written, 'back.docx')).toBe(typed);
        },
      ),
      { numRuns: 60 },
    );
  });
});
