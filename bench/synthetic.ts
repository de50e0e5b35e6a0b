import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Bead } from '../server/align/aligner';
import type { Sentence } from '../server/domain/types';
import { segment } from '../server/text/segmenter';

export interface SentencePair {
  source: string;
  target: string;
}

export function readSentencePairs(path: string): SentencePair[] {
  const rows: string[][] = parse(readFileSync(path, 'utf8'), {
    delimiter: '\t',
    quote: false,
    relax_column_count: true,
  });
  const header = rows[0] ?? [];
  const s = header.indexOf('source');
  const t = header.indexOf('target');
  return rows
    .slice(1)
    .map((row) => ({ source: (row[s] ?? '').trim(), target: (row[t] ?? '').trim() }))
    .filter((p) => p.source.length > 0 && p.target.length > 0);
}

/**
 * Pairs that are one sentence on each side. A pair of several sentences only says that its source
 * sentences as a whole match its target sentences as a whole, so it has no sentence-level truth.
 */
export function singleSentencePairs(
  pairs: readonly SentencePair[],
  langs: readonly [string, string],
): SentencePair[] {
  return pairs.filter(
    (p) => segment(p.source, langs[0]).length === 1 && segment(p.target, langs[1]).length === 1,
  );
}

/** A piece of the target document and the source sentence it came from (null: inserted). */
interface Piece {
  text: string;
  origin: number | null;
}

export interface SyntheticDocument {
  source: string;
  target: string;
  /** Character ranges of each source sentence in `source`. */
  sourceRanges: { start: number; end: number }[];
  /** Character ranges in `target` with the source sentence each came from. */
  targetRanges: { start: number; end: number; origin: number | null }[];
  dropped: number[];
  inserted: number;
}

/**
 * A document pair built from real sentence pairs, then perturbed as MT output drifts: target
 * sentences dropped, two merged into one, one split in two, unrelated lines inserted, paragraphs
 * merged and split.
 */
export function buildDocument(
  pairs: readonly SentencePair[],
  extra: readonly SentencePair[],
  rng: () => number,
  sentences = 40,
): SyntheticDocument {
  const chosen = Array.from(
    { length: sentences },
    () => pairs[Math.floor(rng() * pairs.length)] ?? { source: '', target: '' },
  );
  const sourceParagraphs: number[][] = [];
  for (let i = 0; i < chosen.length;) {
    const size = 3 + Math.floor(rng() * 6);
    sourceParagraphs.push(Array.from({ length: Math.min(size, chosen.length - i) }, (_, k) => i + k));
    i += size;
  }
  const dropped: number[] = [];
  let inserted = 0;
  const targetParagraphs: Piece[][] = sourceParagraphs.map((paragraph) => {
    const pieces: Piece[] = [];
    for (const index of paragraph) {
      const roll = rng();
      const text = chosen[index]?.target ?? '';
      if (roll < 0.05) {
        dropped.push(index);
        continue;
      }
      if (roll < 0.1 && pieces.length > 0) {
        // Merge with the previous sentence: its final stop becomes a semicolon.
        const previous = pieces[pieces.length - 1];
        if (previous) previous.text = previous.text.replace(/[.!?]\s*$/, ';');
        pieces.push({ text, origin: index });
        continue;
      }
      if (roll < 0.15) {
        const comma = text.indexOf(', ');
        if (comma > 10 && comma < text.length - 10) {
          pieces.push({ text: `${text.slice(0, comma)}.`, origin: index });
          pieces.push({
            text: text.slice(comma + 2).replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
            origin: index,
          });
          continue;
        }
      }
      pieces.push({ text, origin: index });
      if (rng() < 0.05) {
        const line = extra[Math.floor(rng() * extra.length)];
        if (line) {
          pieces.push({ text: line.target, origin: null });
          inserted++;
        }
      }
    }
    return pieces;
  });
  // Paragraph drift: sometimes merge a paragraph into the previous one, sometimes split one.
  const drifted: Piece[][] = [];
  for (const paragraph of targetParagraphs) {
    const roll = rng();
    const previous = drifted[drifted.length - 1];
    if (roll < 0.15 && previous) previous.push(...paragraph);
    else if (roll < 0.3 && paragraph.length > 3) {
      const cut = 1 + Math.floor(rng() * (paragraph.length - 1));
      drifted.push(paragraph.slice(0, cut), paragraph.slice(cut));
    } else drifted.push(paragraph);
  }
  const sourceRanges: { start: number; end: number }[] = [];
  let source = '';
  sourceParagraphs.forEach((paragraph, p) => {
    if (p > 0) source += '\n';
    paragraph.forEach((index, k) => {
      if (k > 0) source += ' ';
      const text = chosen[index]?.source ?? '';
      sourceRanges[index] = { start: source.length, end: source.length + text.length };
      source += text;
    });
  });
  const targetRanges: { start: number; end: number; origin: number | null }[] = [];
  let target = '';
  drifted.forEach((paragraph, p) => {
    if (p > 0) target += '\n';
    paragraph.forEach((piece, k) => {
      if (k > 0) target += ' ';
      targetRanges.push({
        start: target.length,
        end: target.length + piece.text.length,
        origin: piece.origin,
      });
      target += piece.text;
    });
  });
  return { source, target, sourceRanges, targetRanges, dropped, inserted };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The true links between segmented sentences, derived from where each piece of text came from. */
export function trueLinks(
  doc: SyntheticDocument,
  source: readonly Sentence[],
  target: readonly Sentence[],
): Set<string> {
  // A segmented sentence may span two original ones (a sentence break the segmenter did not see).
  const sourceOrigins = source.map(
    (s) =>
      new Set(doc.sourceRanges.flatMap((r, origin) => (r !== undefined && overlaps(r, s) ? [origin] : []))),
  );
  const links = new Set<string>();
  target.forEach((t, j) => {
    for (const range of doc.targetRanges) {
      if (range.origin === null || !overlaps(range, t)) continue;
      sourceOrigins.forEach((origins, i) => {
        if (origins.has(range.origin ?? -1)) links.add(`${i}:${j}`);
      });
    }
  });
  return links;
}

export function predictedLinks(beads: readonly Bead[]): Set<string> {
  const links = new Set<string>();
  for (const bead of beads) for (const i of bead.source) for (const j of bead.target) links.add(`${i}:${j}`);
  return links;
}

export interface LinkScore {
  precision: number;
  recall: number;
  f1: number;
}

export function linkScore(predicted: Set<string>, truth: Set<string>): LinkScore {
  const hits = [...predicted].filter((link) => truth.has(link)).length;
  const precision = predicted.size === 0 ? 1 : hits / predicted.size;
  const recall = truth.size === 0 ? 1 : hits / truth.size;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
