import JSZip from 'jszip';

/**
 * A paragraph as Word stores it: runs of text (every other one bold, as a word half in bold is split),
 * line breaks as "\n"; with a paragraph style ("Heading1") when given as an object.
 */
export type DocxParagraph = string | readonly string[] | { style: string; text: string };

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function run(text: string, bold: boolean): string {
  const parts = text.split('\n').map((part) => `<w:t xml:space="preserve">${escape(part)}</w:t>`);
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${parts.join('<w:br/>')}</w:r>`;
}

function paragraph(content: DocxParagraph): string {
  if (typeof content === 'object' && 'style' in content)
    return `<w:p><w:pPr><w:pStyle w:val="${content.style}"/></w:pPr>${run(content.text, false)}</w:p>`;
  const runs = typeof content === 'string' ? [content] : content;
  return `<w:p>${runs.map((text, k) => run(text, k % 2 === 1)).join('')}</w:p>`;
}

/**
 * A minimal Word document, as a CAT tool or MT service would hand one over: paragraphs, and a table
 * of cells after them when given.
 */
export async function makeDocx(
  paragraphs: readonly DocxParagraph[],
  table: readonly string[][] = [],
): Promise<Buffer> {
  const rows = table.map(
    (cells) => `<w:tr>${cells.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`,
  );
  const body =
    paragraphs.map(paragraph).join('') + (rows.length > 0 ? `<w:tbl>${rows.join('')}</w:tbl>` : '');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
