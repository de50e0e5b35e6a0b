import { directionOf } from '../domain/direction';

export const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The corrected translation as a Word document, a paragraph for each line of the text export: what an
 * editor opens to put the article into the CMS. Each run carries the translation's language, so that
 * Word checks its spelling in that language, and a right-to-left language's paragraphs run right to
 * left.
 */
export async function wordDocument(lines: readonly string[], title: string, lang: string): Promise<Buffer> {
  // Loaded only for this export: every CLI run would pay for it otherwise.
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const rightToLeft = directionOf(lang) === 'rtl';
  const paragraphs = lines.map(
    (line) =>
      new Paragraph({
        ...(rightToLeft ? { bidirectional: true } : {}),
        children: [
          new TextRun({
            text: line,
            ...(rightToLeft
              ? { rightToLeft: true, language: { bidirectional: lang } }
              : { language: { value: lang, eastAsia: lang } }),
          }),
        ],
      }),
  );
  const document = new Document({ creator: 'mt-review', title, sections: [{ children: paragraphs }] });
  return Packer.toBuffer(document);
}
