import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from './errors';

const ALWAYS_ARRAYS = new Set(['file', 'group', 'trans-unit', 'unit', 'segment', 'tu', 'tuv', 'note']);

export type XmlNode = Record<string, unknown>;

/** Parses XML, keeping the inner markup of text nodes (`source`, `target`, `seg`) raw for flattening. */
export function parseXml(text: string, fileName: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new InputError(fileName, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    stopNodes: ['*.source', '*.target', '*.seg'],
    isArray: (name) => ALWAYS_ARRAYS.has(name),
    parseTagValue: false,
    trimValues: false,
  });
  const parsed: unknown = parser.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new InputError(fileName, 1, 'empty XML document');
  return parsed as XmlNode;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Inline markup (<g>, <ph>, <bpt>, <mrk>, …) becomes plain text; placeholders keep their visible equivalent. */
export function flattenInline(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  const text =
    typeof raw === 'string'
      ? raw
      : typeof raw === 'object' && '#text' in raw
        ? String(raw['#text'])
        : String(raw);
  return text
    .replace(
      /<(ph|x|bx|ex|it|bpt|ept)\b[^>]*?(?:equiv-text="([^"]*)")?[^>]*\/>/g,
      (_m, _tag, equiv: string | undefined) => equiv ?? '',
    )
    .replace(/<(bpt|ept|ph|it)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, entity: string) => {
      if (entity.startsWith('#x') || entity.startsWith('#X'))
        return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      return ENTITIES[entity] ?? match;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[name];
  if (Array.isArray(value)) return value.filter((v): v is XmlNode => typeof v === 'object' && v !== null);
  return typeof value === 'object' && value !== null ? [value as XmlNode] : [];
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}
