import { unzipSync, zipSync } from 'fflate';
import { diffWordsWithSpace } from 'diff';
import { decodeEntities } from '../ingest/xml';
import { allMatches } from '../util/regexp';
import { escapeText } from './inline-patch';

/**
 * The reviewed translation written into the Word file it came in, its formatting kept: in each
 * paragraph whose text a reviewer changed, the words kept stay in their runs and new words go into the
 * run of the words they follow, the paragraph's style, numbering and place kept; every other byte of
 * the file stays as it came. Null when the file cannot be matched line for line with the text mt-review
 * read from it (text boxes, footnotes, a paragraph the alignment joined to the next…), or a corrected
 * paragraph holds a line break or a tab: the caller then writes a plain Word document instead.
 */

const PARAGRAPH = /<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g;
/** What a paragraph's text is made of, in order, as mammoth reads it. */
const PIECE = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:tab\/>|<w:(?:br|cr)\b[^>]*\/>/g;
const TEXT = /<w:t(?:\s[^>]*)?>[\s\S]*?<\/w:t>|<w:t(?:\s[^>]*)?\/>/g;

/** A paragraph's lines as mt-review reads them: trimmed, empty ones left out. */
function paragraphLines(paragraph: string): string[] {
  let text = '';
  for (const match of allMatches(PIECE, paragraph)) {
    if (match[1] !== undefined) text += decodeEntities(match[1]);
    else if (match[0].startsWith('<w:tab')) text += '\t';
    else if (!match[0].startsWith('<w:t')) text += '\n';
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The text of each `w:t` of a paragraph, in order. */
function runTexts(paragraph: string): string[] {
  return allMatches(TEXT, paragraph).map((match) =>
    decodeEntities(/>([\s\S]*)<\/w:t>$/.exec(match[0])?.[1] ?? ''),
  );
}

/**
 * Each run's new text: words the reviewer kept stay in the run they were in, with its formatting
 * ("am **Dienstag**" corrected to "am Montag" reads "am **Montag**"); new words go into the run of the
 * words they follow (or replace), or the first run at the start.
 */
function redistributed(texts: readonly string[], line: string): string[] {
  const full = texts.join('');
  const lead = full.length - full.trimStart().length;
  const kept = full.trim();
  const runOf: number[] = [];
  texts.forEach((text, run) => {
    for (let k = 0; k < text.length; k++) runOf.push(run);
  });
  const next = texts.map(() => '');
  const put = (at: number, text: string): void => {
    const run = runOf[at] ?? 0;
    next[run] = (next[run] ?? '') + text;
  };
  for (let at = 0; at < lead; at++) put(at, full.charAt(at));
  let position = lead;
  for (const part of diffWordsWithSpace(kept, line)) {
    if (part.added) put(position > lead ? position - 1 : position, part.value);
    else if (part.removed) position += part.value.length;
    else
      for (const character of part.value) {
        put(position, character);
        position += character.length;
      }
  }
  for (let at = lead + kept.length; at < full.length; at++) put(at, full.charAt(at));
  return next;
}

/** The paragraph with `line` as its text, spread over its runs. */
function rewritten(paragraph: string, line: string): string {
  const texts = redistributed(runTexts(paragraph), line);
  let run = 0;
  return paragraph.replace(TEXT, () => `<w:t xml:space="preserve">${escapeText(texts[run++] ?? '')}</w:t>`);
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
      // A paragraph of several lines (a line break inside it), or with a tab, is not its runs' text alone.
      if (count !== 1 || paragraph.xml.includes('<w:tab/>')) return null;
      out += xml.slice(from, paragraph.at) + rewritten(paragraph.xml, corrected[line] ?? '');
      from = paragraph.at + paragraph.xml.length;
    }
    line += count;
  }
  out += xml.slice(from);
  return zipSync({ ...files, 'word/document.xml': new TextEncoder().encode(out) });
}
