import type { PairInput } from '../analysis/analyze';
import { InputError } from './errors';
import { type XmlNode, attribute, children, flattenInline, parseXml } from './xml';

export interface BilingualFile {
  pairs: PairInput[];
  sourceLang?: string;
  targetLang?: string;
}

/** Trans-units inside a <body>, including those nested in <group>s (XLIFF 1.2). */
function transUnits12(container: XmlNode): XmlNode[] {
  return [...children(container, 'trans-unit'), ...children(container, 'group').flatMap(transUnits12)];
}

/** Units inside a <file>, including those nested in <group>s (XLIFF 2.0). */
function units20(container: XmlNode): XmlNode[] {
  return [...children(container, 'unit'), ...children(container, 'group').flatMap(units20)];
}

export function readXliff(text: string, fileName: string): BilingualFile {
  const root = children(parseXml(text, fileName), 'xliff')[0];
  if (!root) throw new InputError(fileName, 1, 'no <xliff> root element');
  const version = attribute(root, 'version') ?? '1.2';
  const files = children(root, 'file');
  if (files.length === 0) throw new InputError(fileName, null, 'the XLIFF has no <file>');
  const pairs: PairInput[] = [];
  if (version.startsWith('2')) {
    for (const file of files) {
      for (const unit of units20(file)) {
        const segments = children(unit, 'segment');
        const id = attribute(unit, 'id') ?? String(pairs.length + 1);
        segments.forEach((segment, k) => {
          pairs.push({
            id: segments.length > 1 ? `${id}-${attribute(segment, 'id') ?? k + 1}` : id,
            source: flattenInline(segment.source),
            target: flattenInline(segment.target),
          });
        });
      }
    }
    return { pairs, sourceLang: attribute(root, 'srcLang'), targetLang: attribute(root, 'trgLang') };
  }
  for (const file of files) {
    for (const body of children(file, 'body')) {
      for (const unit of transUnits12(body)) {
        pairs.push({
          id: attribute(unit, 'id') ?? String(pairs.length + 1),
          source: flattenInline(unit.source),
          target: flattenInline(unit.target),
        });
      }
    }
  }
  const first = files[0];
  return {
    pairs,
    sourceLang: first && attribute(first, 'source-language'),
    targetLang: first && attribute(first, 'target-language'),
  };
}
