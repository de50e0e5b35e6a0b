import { unzipSync } from 'fflate';
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
    expect(paragraphs(after)[1]).toContain('Montag &amp; enden &lt;bald&gt;.');
  });

  it('gives the file back unchanged in its text when nothing was corrected', async () => {
    const written = writeBackWord(await file(), machine, machine);
    if (!written) throw new Error('not written back');
    expect(documentXml(written)).toBe(documentXml(await file()));
  });

  it('declines when the file does not match the text line for line, or a corrected paragraph holds a line break', async () => {
    expect(writeBackWord(await file(), ['Another text'], ['Another text.'])).toBeNull();
    const broken = await makeDocx(['Erste Zeile\nZweite Zeile']);
    expect(
      writeBackWord(broken, ['Erste Zeile', 'Zweite Zeile'], ['Erste Zeile', 'Andere Zeile']),
    ).toBeNull();
    expect(writeBackWord(Buffer.from('not a zip'), machine, machine)).toBeNull();
  });
});
