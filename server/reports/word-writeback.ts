import { unzipSync, zipSync } from 'fflate';
import { allMatches } from '../util/regexp';

/**
 * The reviewed translation written into the Word file it came in, its formatting kept: each paragraph
 * whose text a reviewer changed gets the new text in its first run (that run's formatting, the
 * paragraph's style, numbering and place kept), its other runs emptied; every other byte of the file
 * stays as it came. Null when the file cannot be matched line for line with the text mt-review read from
 * it (text boxes, footnotes, a paragraph the alignment joined to the next…): the caller then writes a
 * plain Word document instead.
 */

const PARAGRAPH = /<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g;
/** What a paragraph's text is made of, in order, as mammoth reads it. */
const PIECE = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:tab\/>|<w:(?:br|cr)\b[^>]*\/>/g;
const TEXT = /<w:t(?:\s[^>]*)?>[\s\S]*?<\/w:t>|<w:t(?:\s[^>]*)?\/>/g;

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&');

const encode = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph's lines as mt-review reads them: trimmed, empty ones left out. */
function paragraphLines(paragraph: string): string[] {
  let text = '';
  for (const match of allMatches(PIECE, paragraph)) {
    if (match[1] !== undefined) text += decode(match[1]);
    else if (match[0].startsWith('<w:tab')) text += '\t';
    else if (!match[0].startsWith('<w:t')) text += '\n';
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The paragraph with `line` as its text: in its first run's text, the others' emptied. */
function rewritten(paragraph: string, line: string): string {
  let first = true;
  return paragraph.replace(TEXT, () => {
    if (!first) return '<w:t></w:t>';
    first = false;
    return `<w:t xml:space="preserve">${encode(line)}</w:t>`;
  });
}

/**
 * `machine` and `corrected` are the translation's lines before and after review, paragraph for
 * paragraph (the text export's lines).
 */
export function writeBackWord(
  bytes: Uint8Array,
  machine: readonly string[],
  corrected: readonly string[],
): Uint8Array | null {
  if (machine.length !== corrected.length) return null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return null;
  }
  const documentXml = files['word/document.xml'];
  if (!documentXml) return null;
  const xml = new TextDecoder().decode(documentXml);
  // Paragraphs inside text boxes nest in others: not matched line for line here.
  if (xml.includes('w:txbxContent')) return null;
  const paragraphs = allMatches(PARAGRAPH, xml).map((match) => ({
    at: match.index,
    xml: match[0],
    lines: paragraphLines(match[0]),
  }));
  const lines = paragraphs.flatMap((paragraph) => paragraph.lines);
  if (lines.length !== machine.length || lines.some((line, k) => line !== machine[k])) return null;
  let out = '';
  let from = 0;
  let line = 0;
  for (const paragraph of paragraphs) {
    const count = paragraph.lines.length;
    const changed = corrected.slice(line, line + count).some((text, k) => text !== machine[line + k]);
    if (changed) {
      // A paragraph of several lines (a line break inside it) has no one run to hold the new text.
      if (count !== 1) return null;
      out += xml.slice(from, paragraph.at) + rewritten(paragraph.xml, corrected[line] ?? '');
      from = paragraph.at + paragraph.xml.length;
    }
    line += count;
  }
  out += xml.slice(from);
  return zipSync({ ...files, 'word/document.xml': new TextEncoder().encode(out) });
}
