import { createRequire } from 'node:module';
import { InputError } from './errors';
import { allMatches } from '../util/regexp';

const require = createRequire(import.meta.url);

/** Loaded for XLIFF and TMX files only: a plain-text or pairs run need not pay for it. */
const xml = (): typeof import('fast-xml-parser') => require('fast-xml-parser');

/** An element as fast-xml-parser gives it in document order: `{tag: children, ':@': attributes}`. */
export type XmlNode = Record<string, unknown>;

/**
 * Parses XML in document order, keeping the inner markup of `source`, `target`, `seg-source` and `seg`
 * raw for flattening.
 */
export function parseXml(text: string, fileName: string): XmlNode[] {
  const { XMLParser, XMLValidator } = xml();
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new InputError(fileName, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    stopNodes: ['*.source', '*.target', '*.seg-source', '*.seg'],
    parseTagValue: false,
    trimValues: false,
  });
  const parsed: unknown = parser.parse(text);
  if (!Array.isArray(parsed)) throw new InputError(fileName, 1, 'empty XML document');
  return parsed.filter(isNode);
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function tagName(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

export function childNodes(node: XmlNode): XmlNode[] {
  const value = node[tagName(node)];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'];
  if (!isNode(attributes)) return undefined;
  const value = attributes[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The elements named `name` below `nodes`, in document order, not looking inside a match. */
export function descendants(nodes: readonly XmlNode[], name: string): XmlNode[] {
  return nodes.flatMap((node) => (tagName(node) === name ? [node] : descendants(childNodes(node), name)));
}

export function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  return childNodes(node).find((child) => tagName(child) === name);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text a placeholder tag stands for (`equiv-text`, `equiv` or `disp`), as written. */
export function placeholderText(tag: string): string {
  return /\b(?:equiv-text|equiv|disp)="([^"]*)"/.exec(tag)?.[1] ?? '';
}

/** The inner markup of a `source`/`target`/`seg-source`/`seg` element, as written in the file. */
export function rawInner(node: XmlNode | undefined): string {
  if (!node) return '';
  return childNodes(node)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('');
}

/** The text of a `source`/`target`/`seg` element: inline markup flattened, placeholders shown by their equivalent text. */
export function inlineText(node: XmlNode | undefined): string {
  return flattenInline(rawInner(node));
}

/** Inline markup flattened to text, placeholders shown by their equivalent text, entities decoded. */
export function flattenInline(raw: string): string {
  const text = raw
    .replace(/<(?:bpt|ept|it)\b[^>]*>[\s\S]*?<\/(?:bpt|ept|it)>/g, '')
    .replace(/<(?:ph|x|bx|ex|sc|ec|pc|it)\b[^>]*\/>/g, placeholderText)
    .replace(/<ph\b[^>]*>[\s\S]*?<\/ph>/g, placeholderText)
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** Character and the five XML entities decoded: "&amp;" is "&", "&#x142;" is "ł". */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, entity: string) => {
    if (/^#x/i.test(entity)) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? match;
  });
}

const MARK = /<(\/?)mrk\b([^>]*?)(\/?)>/g;

export interface SegmentMark {
  mid: string;
  /** The segment's inner markup, and where it stands in the markup read. */
  inner: string;
  start: number;
  end: number;
  /** A segment written as one empty tag (`<mrk mtype="seg" mid="2"/>`): the tag, which stands at `start`. */
  empty?: string;
}

/**
 * The segments a CAT tool marked inside a paragraph's markup (`<mrk mtype="seg" mid="1">…</mrk>`, as
 * Trados's SDLXLIFF, memoQ and Okapi write `seg-source` and `target`), each with its id and inner
 * markup; marks of other kinds inside a segment (comments, terms) stay part of it.
 */
export function segmentMarks(raw: string): SegmentMark[] {
  const segments: SegmentMark[] = [];
  let open: { mid: string; start: number; depth: number } | null = null;
  const isSegment = (attributes: string): boolean => /\bmtype\s*=\s*["']seg["']/.test(attributes);
  const midOf = (attributes: string): string =>
    /\bmid\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1] ?? String(segments.length + 1);
  for (const match of allMatches(MARK, raw)) {
    const [whole, closing = '', attributes = '', selfClosing = ''] = match;
    if (selfClosing === '/') {
      // An empty segment, as a tool writes one it has not translated: `<mrk mtype="seg" mid="2"/>`.
      if (!open && isSegment(attributes))
        segments.push({
          mid: midOf(attributes),
          inner: '',
          start: match.index,
          end: match.index,
          empty: whole,
        });
      continue;
    }
    if (closing === '/') {
      if (!open) continue;
      open.depth--;
      if (open.depth === 0) {
        segments.push({
          mid: open.mid,
          inner: raw.slice(open.start, match.index),
          start: open.start,
          end: match.index,
        });
        open = null;
      }
    } else if (open) open.depth++;
    else if (isSegment(attributes))
      open = { mid: midOf(attributes), start: match.index + whole.length, depth: 1 };
  }
  return segments;
}
