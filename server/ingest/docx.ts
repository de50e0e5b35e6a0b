import { requireModestArchive } from './archive';
import { InputError } from './errors';
import { decodeEntities } from './xml';

/** The zip signature every .docx starts with: a Word file saved with another extension is still read as one. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes are a zip archive, as a .docx is. */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP.every((byte, k) => bytes[k] === byte);
}

/** Where a line ends in the HTML mammoth writes: a line break, or the end of a paragraph, heading, list item or table cell. */
const LINE_END = /<br\s*\/?>|<\/(?:p|h[1-6]|li|td|th)>/g;

/**
 * mammoth's HTML as text. Its raw-text reader runs the lines of a paragraph together ("redakcja" and
 * "Warszawa" across a line break as "redakcjaWarszawa"), so the HTML is read instead.
 */
function htmlText(html: string): string {
  return decodeEntities(html.replace(LINE_END, '\n').replace(/<[^>]*>/g, ''));
}

/**
 * A Word document's text, one paragraph per line as mt-review reads plain text: headings, paragraphs,
 * list items and table cells each on their own line, a line break inside a paragraph as a line.
 * Newsrooms and MT services (a document translated by DeepL or Google) hand articles over as .docx.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  requireModestArchive(bytes, fileName, 'Word document (.docx)');
  // Loaded only for Word files: every CLI run would pay for it otherwise.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes) },
        // Pictures are not text: not written out as data URLs only to be dropped.
        { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
      )
    ).value;
  } catch {
    throw new InputError(fileName, null, 'is not a Word document (.docx) that can be read');
  }
  return htmlText(html)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
