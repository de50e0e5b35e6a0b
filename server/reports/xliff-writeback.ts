import { segmentMarks } from '../ingest/xml';
import { allMatches } from '../util/regexp';
import { escapeText, patchInline } from './inline-patch';

/**
 * Writes reviewed translations back into the XLIFF they were imported from, and changes nothing else:
 * a CAT tool's file (Trados, memoQ, Okapi, any XLIFF 1.2 or 2.0) goes back to the tool with its
 * skeleton, metadata, segment ids and inline tags as they were. Translations are keyed by the ids
 * readXliff() gave the pairs: a trans-unit's or unit's id, with its segment's id after a hyphen where
 * it holds several.
 */

const TRANS_UNIT = /<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g;
const UNIT = /<unit\b([^>]*)>([\s\S]*?)<\/unit>/g;
const SEGMENT = /<segment\b([^>]*)>([\s\S]*?)<\/segment>/g;
const TARGET = /<target\b([^>]*?)(?:\/>|>([\s\S]*?)<\/target>)/;

function idOf(attributes: string): string | undefined {
  return /\bid\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
}

/**
 * An element's text with its own target's inner markup replaced, or a target added after `after` when
 * it has none. Suggestions (`alt-trans`) carry targets of their own, which are not its.
 */
function withTarget(body: string, inner: (current: string | null) => string, after: RegExp): string {
  const suggestions = body.search(/<alt-trans\b/);
  const own = suggestions < 0 ? body : body.slice(0, suggestions);
  const rest = body.slice(own.length);
  const target = TARGET.exec(own);
  if (target) {
    const attributes = target[1] ?? '';
    return `${own.slice(0, target.index)}<target${attributes}>${inner(target[2] ?? '')}</target>${own.slice(target.index + target[0].length)}${rest}`;
  }
  const anchor = after.exec(own);
  const at = anchor ? anchor.index + anchor[0].length : own.length;
  return `${own.slice(0, at)}<target>${inner(null)}</target>${own.slice(at)}${rest}`;
}

/** A unit's or segment's text with its target corrected, or given one after its source. */
function withCorrectedTarget(body: string, text: string): string {
  return withTarget(
    body,
    (current) => (current === null ? escapeText(text) : patchInline(current, text)),
    /<\/source>/,
  );
}

/** A segment-marked target ("<mrk mtype="seg" mid="1">…") with the corrected segments' markup patched. */
function patchSegments(
  current: string | null,
  mids: readonly string[],
  corrected: ReadonlyMap<string, string>,
): string {
  if (current === null)
    return mids
      .map((mid) => `<mrk mtype="seg" mid="${mid}">${escapeText(corrected.get(mid) ?? '')}</mrk>`)
      .join(' ');
  const marks = segmentMarks(current);
  let out = current;
  // From the last segment back, so that the places of those before stay as read.
  for (const mark of [...marks].reverse()) {
    const text = corrected.get(mark.mid);
    if (text === undefined) continue;
    if (mark.empty !== undefined)
      out = `${out.slice(0, mark.start)}${mark.empty.replace(/\s*\/>$/, '>')}${escapeText(text)}</mrk>${out.slice(mark.start + mark.empty.length)}`;
    else out = `${out.slice(0, mark.start)}${patchInline(mark.inner, text)}${out.slice(mark.end)}`;
  }
  // A segment the tool left untranslated has no mark in the target yet.
  const present = new Set(marks.map((mark) => mark.mid));
  for (const [mid, text] of corrected)
    if (!present.has(mid)) out += `<mrk mtype="seg" mid="${mid}">${escapeText(text)}</mrk>`;
  return out;
}

function writeBack12(original: string, translations: ReadonlyMap<string, string>): string {
  return original.replace(TRANS_UNIT, (whole, attributes: string, body: string) => {
    const id = idOf(attributes);
    if (id === undefined) return whole;
    const segSource = /<seg-source\b[^>]*>([\s\S]*?)<\/seg-source>/.exec(body);
    const mids = segSource ? segmentMarks(segSource[1] ?? '').map((s) => s.mid) : [];
    if (mids.length === 0) {
      const text = translations.get(id);
      if (text === undefined) return whole;
      return `<trans-unit${attributes}>${withCorrectedTarget(body, text)}</trans-unit>`;
    }
    const corrected = new Map(
      mids.flatMap((mid) => {
        const text = translations.get(mids.length > 1 ? `${id}-${mid}` : id);
        return text === undefined ? [] : [[mid, text] as const];
      }),
    );
    if (corrected.size === 0) return whole;
    const patched = withTarget(body, (current) => patchSegments(current, mids, corrected), /<\/seg-source>/);
    return `<trans-unit${attributes}>${patched}</trans-unit>`;
  });
}

function writeBack20(original: string, translations: ReadonlyMap<string, string>): string {
  return original.replace(UNIT, (whole, attributes: string, body: string) => {
    const unitId = idOf(attributes);
    if (unitId === undefined) return whole;
    const segments = allMatches(SEGMENT, body);
    let k = 0;
    const patched = body.replace(SEGMENT, (segmentWhole, segmentAttributes: string, segmentBody: string) => {
      k++;
      const id = segments.length > 1 ? `${unitId}-${idOf(segmentAttributes) ?? k}` : unitId;
      const text = translations.get(id);
      if (text === undefined) return segmentWhole;
      return `<segment${segmentAttributes}>${withCorrectedTarget(segmentBody, text)}</segment>`;
    });
    return patched === body ? whole : `<unit${attributes}>${patched}</unit>`;
  });
}

/** The XLIFF with `translations` (by pair id) written into its targets; served as UTF-8. */
export function writeBackXliff(original: string, translations: ReadonlyMap<string, string>): string {
  const version2 = /<xliff\b[^>]*\bversion\s*=\s*["']2/.test(original);
  const written = version2 ? writeBack20(original, translations) : writeBack12(original, translations);
  // The file was decoded on import and is served as UTF-8: a declaration of another encoding would lie.
  return written.replace(/^(<\?xml[^>]*\bencoding\s*=\s*["'])(?!utf-8["'])[^"']*(["'])/i, '$1UTF-8$2');
}
