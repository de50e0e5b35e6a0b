import type { Sentence } from '../domain/types';
import { AnchorInterner, type SentenceFeatures, anchorOverlap, mergeAnchors } from './anchors';

/** A bead joins `sourceCount` source sentences with `targetCount` target sentences. */
interface BeadShape {
  sourceCount: number;
  targetCount: number;
  prior: number;
}

/** Costs are negative log-probabilities in spirit; priors follow Gale & Church's bead frequencies. */
const SKIP_PRIOR = 5.3;
/** Insertions and omissions come in runs (an appended bio, a dropped paragraph): each further sentence costs less. */
const SKIP_CONTINUATION = 1.2;
const MAX_SKIP_RUN = 6;
const BEADS: readonly BeadShape[] = [
  { sourceCount: 1, targetCount: 1, prior: 0 },
  { sourceCount: 1, targetCount: 2, prior: 3.1 },
  { sourceCount: 2, targetCount: 1, prior: 3.1 },
  { sourceCount: 2, targetCount: 2, prior: 4.5 },
  { sourceCount: 1, targetCount: 3, prior: 6 },
  { sourceCount: 3, targetCount: 1, prior: 6 },
  ...Array.from({ length: MAX_SKIP_RUN }, (_, k) => [
    { sourceCount: k + 1, targetCount: 0, prior: SKIP_PRIOR + SKIP_CONTINUATION * k },
    { sourceCount: 0, targetCount: k + 1, prior: SKIP_PRIOR + SKIP_CONTINUATION * k },
  ]).flat(),
];
const MAX_JOIN = 3;
const LENGTH_VARIANCE = 6.8;
const ANCHOR_WEIGHT = 10;
const SIMILARITY_WEIGHT = 8;

export interface Bead {
  source: number[];
  target: number[];
}

/** Cross-lingual similarity of a run of source sentences and a run of target sentences, when a model is loaded. */
export type SpanSimilarity = (
  sourceStart: number,
  sourceCount: number,
  targetStart: number,
  targetCount: number,
) => number;

export interface AlignOptions {
  similarity?: SpanSimilarity;
  /** Half-width of the search band around the diagonal, in sentences; widened to cover |n − m|. */
  band?: number;
}

interface SideRuns {
  lengths: Float64Array[];
  anchors: Int32Array[][];
  question: Uint8Array;
  exclamation: Uint8Array;
  paragraphStart: Uint8Array;
  paragraph: Int32Array;
}

function sideRuns(sentences: readonly Sentence[], features: SentenceFeatures[]): SideRuns {
  const n = sentences.length;
  const lengths: Float64Array[] = [];
  const anchors: Int32Array[][] = [];
  for (let k = 1; k <= MAX_JOIN; k++) {
    const runLengths = new Float64Array(n);
    const runAnchors: Int32Array[] = [];
    for (let i = 0; i < n; i++) {
      let length = 0;
      let merged: Int32Array = new Int32Array(0);
      for (let t = i; t < Math.min(n, i + k); t++) {
        const feature = features[t];
        if (!feature) continue;
        length += feature.length;
        merged = k === 1 ? feature.anchors : mergeAnchors(merged, feature.anchors);
      }
      runLengths[i] = length;
      runAnchors.push(merged);
    }
    lengths.push(runLengths);
    anchors.push(runAnchors);
  }
  return {
    lengths,
    anchors,
    question: Uint8Array.from(features, (f) => (f.question ? 1 : 0)),
    exclamation: Uint8Array.from(features, (f) => (f.exclamation ? 1 : 0)),
    paragraphStart: Uint8Array.from(sentences, (s, i) =>
      i === 0 || sentences[i - 1]?.paragraph !== s.paragraph ? 1 : 0,
    ),
    paragraph: Int32Array.from(sentences, (s) => s.paragraph),
  };
}

/** Complementary error function (Abramowitz–Stegun 7.1.26), enough precision for a cost. */
function erfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

function lengthCost(sourceLength: number, targetLength: number, ratio: number): number {
  const mean = Math.max(10, (sourceLength * ratio + targetLength) / 2);
  const delta = Math.abs(targetLength - ratio * sourceLength) / Math.sqrt(LENGTH_VARIANCE * mean);
  return Math.min(25, -Math.log(Math.max(1e-11, erfc(delta / Math.SQRT2))));
}

function any(flags: Uint8Array, start: number, count: number): boolean {
  for (let i = start; i < start + count; i++) if (flags[i]) return true;
  return false;
}

function crossesParagraph(side: SideRuns, start: number, count: number): boolean {
  return count > 1 && side.paragraph[start] !== side.paragraph[start + count - 1];
}

/**
 * One monotonic alignment of two sentence sequences by dynamic programming over beads, in a band
 * around the diagonal. Lengths (ratio estimated from the document), anchors, ? and ! marks,
 * paragraph starts and, when given, model similarity make up the cost.
 */
export function alignSentences(
  source: readonly Sentence[],
  target: readonly Sentence[],
  options: AlignOptions = {},
): Bead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    return [
      ...source.map((s) => ({ source: [s.index], target: [] })),
      ...target.map((t) => ({ source: [], target: [t.index] })),
    ];
  }
  const interner = new AnchorInterner();
  const src = sideRuns(
    source,
    source.map((s) => interner.features(s.text)),
  );
  const tgt = sideRuns(
    target,
    target.map((t) => interner.features(t.text)),
  );
  const totalSource = source.reduce((sum, s) => sum + s.text.length, 0);
  const totalTarget = target.reduce((sum, t) => sum + t.text.length, 0);
  const ratio = totalSource > 0 ? Math.max(0.05, totalTarget / totalSource) : 1;

  const halfWidth = Math.max(options.band ?? 30, Math.abs(n - m) + 15, Math.ceil(0.04 * Math.max(n, m)));
  const width = 2 * halfWidth + 1;
  const lowerBound = (i: number): number => Math.max(0, Math.floor((i * m) / n) - halfWidth);
  const upperBound = (i: number): number => Math.min(m, Math.floor((i * m) / n) + halfWidth);
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width).fill(255);
  const cell = (i: number, j: number): number => {
    const offset = j - lowerBound(i);
    return offset < 0 || offset >= width || j > upperBound(i) ? -1 : i * width + offset;
  };
  cost[cell(0, 0)] = 0;

  const beadCost = (shape: BeadShape, i: number, j: number): number => {
    const { sourceCount: a, targetCount: b } = shape;
    let total = shape.prior;
    if (a === 0 || b === 0) return total;
    total += lengthCost(src.lengths[a - 1]?.[i] ?? 0, tgt.lengths[b - 1]?.[j] ?? 0, ratio);
    const sourceAnchors = src.anchors[a - 1]?.[i] ?? new Int32Array(0);
    const targetAnchors = tgt.anchors[b - 1]?.[j] ?? new Int32Array(0);
    const anchorCount = sourceAnchors.length + targetAnchors.length;
    if (anchorCount > 0) {
      const confidence = Math.min(1, anchorCount / 4);
      total += ANCHOR_WEIGHT * confidence * (0.3 - anchorOverlap(sourceAnchors, targetAnchors));
    }
    const sourceQuestion = any(src.question, i, a);
    if (sourceQuestion !== any(tgt.question, j, b)) total += 1;
    else if (sourceQuestion) total -= 0.5;
    if (any(src.exclamation, i, a) !== any(tgt.exclamation, j, b)) total += 0.5;
    if (src.paragraphStart[i] && tgt.paragraphStart[j]) total -= 0.3;
    if (crossesParagraph(src, i, a) || crossesParagraph(tgt, j, b)) total += 4;
    if (options.similarity) total += SIMILARITY_WEIGHT * (0.5 - options.similarity(i, a, j, b));
    return total;
  };

  for (let i = 0; i <= n; i++) {
    for (let j = lowerBound(i); j <= upperBound(i); j++) {
      const here = cell(i, j);
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 255;
      BEADS.forEach((shape, shapeIndex) => {
        const pi = i - shape.sourceCount;
        const pj = j - shape.targetCount;
        if (pi < 0 || pj < 0) return;
        const previous = cell(pi, pj);
        if (previous < 0) return;
        const previousCost = cost[previous] ?? Infinity;
        if (previousCost === Infinity) return;
        const candidate = previousCost + beadCost(shape, pi, pj);
        if (candidate < best) {
          best = candidate;
          bestShape = shapeIndex;
        }
      });
      cost[here] = best;
      back[here] = bestShape;
    }
  }

  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const shape = BEADS[back[cell(i, j)] ?? 255];
    if (!shape) throw new Error(`aligner: no path through (${i}, ${j})`);
    const pi = i - shape.sourceCount;
    const pj = j - shape.targetCount;
    beads.push({ source: range(pi, shape.sourceCount), target: range(pj, shape.targetCount) });
    i = pi;
    j = pj;
  }
  return mergeUnmatchedRuns(beads.reverse(), source, target);
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

/**
 * Consecutive sentences with no counterpart in one paragraph become one unit: an appended author bio
 * of seven short sentences is one addition for the reviewer, not seven.
 */
function mergeUnmatchedRuns(beads: Bead[], source: readonly Sentence[], target: readonly Sentence[]): Bead[] {
  const merged: Bead[] = [];
  for (const bead of beads) {
    const previous = merged[merged.length - 1];
    if (previous && bead.source.length === 0 && previous.source.length === 0) {
      const last = previous.target[previous.target.length - 1] ?? -1;
      const next = bead.target[0] ?? -1;
      if (target[last]?.paragraph === target[next]?.paragraph) {
        previous.target.push(...bead.target);
        continue;
      }
    }
    if (previous && bead.target.length === 0 && previous.target.length === 0) {
      const last = previous.source[previous.source.length - 1] ?? -1;
      const next = bead.source[0] ?? -1;
      if (source[last]?.paragraph === source[next]?.paragraph) {
        previous.source.push(...bead.source);
        continue;
      }
    }
    merged.push(bead);
  }
  return merged;
}
