import type { PairInput } from '../analysis/analyze';
import { InputError } from './errors';
import {
  attribute,
  descendants,
  firstChild,
  flattenInline,
  inlineText,
  parseXml,
  rawInner,
  segmentMarks,
} from './xml';

export interface BilingualFile {
  pairs: PairInput[];
  sourceLang?: string;
  targetLang?: string;
}

/**
 * XLIFF 1.2 (`trans-unit`; segment by segment where a CAT tool marked them in `seg-source`, as
 * Trados, memoQ and Okapi do) and 2.0 (`unit` › `segment`), groups included, in document order.
 */
export function readXliff(text: string, fileName: string): BilingualFile {
  const root = descendants(parseXml(text, fileName), 'xliff')[0];
  if (!root) throw new InputError(fileName, 1, 'no <xliff> root element');
  const files = descendants([root], 'file');
  if (files.length === 0) throw new InputError(fileName, null, 'the XLIFF has no <file>');
  const pairs: PairInput[] = [];
  if ((attribute(root, 'version') ?? '1.2').startsWith('2')) {
    for (const unit of descendants(files, 'unit')) {
      const segments = descendants([unit], 'segment');
      const id = attribute(unit, 'id') ?? String(pairs.length + 1);
      segments.forEach((segment, k) => {
        pairs.push({
          id: segments.length > 1 ? `${id}-${attribute(segment, 'id') ?? k + 1}` : id,
          source: inlineText(firstChild(segment, 'source')),
          target: inlineText(firstChild(segment, 'target')),
        });
      });
    }
    return { pairs, sourceLang: attribute(root, 'srcLang'), targetLang: attribute(root, 'trgLang') };
  }
  for (const unit of descendants(files, 'trans-unit')) {
    const id = attribute(unit, 'id') ?? String(pairs.length + 1);
    // A CAT tool's segments, as the translator saw them: each its own pair, matched by its mark's id.
    const segments = segmentMarks(rawInner(firstChild(unit, 'seg-source')));
    if (segments.length > 0) {
      const targets = new Map(
        segmentMarks(rawInner(firstChild(unit, 'target'))).map((t) => [t.mid, t.inner]),
      );
      for (const segment of segments) {
        const source = flattenInline(segment.inner);
        const target = flattenInline(targets.get(segment.mid) ?? '');
        if (source === '' && target === '') continue;
        pairs.push({ id: segments.length > 1 ? `${id}-${segment.mid}` : id, source, target });
      }
      continue;
    }
    pairs.push({
      id,
      source: inlineText(firstChild(unit, 'source')),
      target: inlineText(firstChild(unit, 'target')),
    });
  }
  const first = files[0];
  return {
    pairs,
    sourceLang: first && attribute(first, 'source-language'),
    targetLang: first && attribute(first, 'target-language'),
  };
}
