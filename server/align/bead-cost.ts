import { anchorOverlap } from './anchors';
import type { AlignParams, BeadShape } from './params';
import { type SideRuns, anyIn, crossesParagraph, runAnchors, runIndex } from './side-runs';

/** Cross-lingual similarity of a run of source sentences and a run of target sentences, when a model is loaded. */
export type SpanSimilarity = (
  sourceStart: number,
  sourceCount: number,
  targetStart: number,
  targetCount: number,
) => number;

/** Complementary error function (Abramowitz–Stegun 7.1.26), enough precision for a cost. */
function erfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

/** Gale & Church: how unlikely the target length is given the source length and the document's ratio. */
export function lengthCost(
  sourceLength: number,
  targetLength: number,
  ratio: number,
  variance: number,
): number {
  const mean = Math.max(10, (sourceLength * ratio + targetLength) / 2);
  const delta = Math.abs(targetLength - ratio * sourceLength) / Math.sqrt(variance * mean);
  return Math.min(25, -Math.log(Math.max(1e-11, erfc(delta / Math.SQRT2))));
}

export interface CostContext {
  src: SideRuns;
  tgt: SideRuns;
  /** Target characters per source character, estimated from the document itself. */
  ratio: number;
  params: AlignParams;
  similarity?: SpanSimilarity;
}

/**
 * The share of the strong anchors' weight a pair carries, by how many strong anchors it has: all of it
 * from two on (three until the fourteenth session), three quarters for one (a half until the
 * seventeenth). A year missing from a short quote, or a weekday from a sentence ("mardi" in an
 * unrelated line slipped in next to one that has none), already speaks clearly against pairing it.
 * Three quarters rather than a half, measured on the real documents: 16 more unrelated lines found on
 * a line of their own (733 of 750), 19 fewer false reports; the synthetic documents the same but for
 * two or three more false reports in en-ja without a lexicon.
 */
const strongShare = (count: number): number => Math.min(1, 0.25 + count / 2);

/** Strong anchors on one side only speak against a link; names and cognates only for it. */
export function anchorCost(ctx: CostContext, a: number, i: number, b: number, j: number): number {
  const { src, tgt, params } = ctx;
  let cost = 0;
  const sourceStrong = runAnchors(src, 'strong', a, i);
  const targetStrong = runAnchors(tgt, 'strong', b, j);
  const strongCount = sourceStrong.length + targetStrong.length;
  if (strongCount > 0)
    cost +=
      params.strongWeight * strongShare(strongCount) * (0.3 - anchorOverlap(sourceStrong, targetStrong));
  cost -= params.nameWeight * anchorOverlap(runAnchors(src, 'names', a, i), runAnchors(tgt, 'names', b, j));
  cost -=
    params.lexicalWeight * anchorOverlap(runAnchors(src, 'lexical', a, i), runAnchors(tgt, 'lexical', b, j));
  cost -=
    params.translationWeight *
    anchorOverlap(runAnchors(src, 'translations', a, i), runAnchors(tgt, 'translations', b, j));
  cost -=
    params.punctuationWeight *
    anchorOverlap(runAnchors(src, 'punctuation', a, i), runAnchors(tgt, 'punctuation', b, j));
  return cost;
}

/**
 * The Dice overlap of two runs' anchors of kind k (their counts at s + k and t + k), when they share
 * at most `shared[k]` of them (any number when absent).
 */
function overlapAtMost(
  sourceCounts: Uint16Array,
  s: number,
  targetCounts: Uint16Array,
  t: number,
  shared: Int32Array | undefined,
  k: number,
): number {
  const a = sourceCounts[s + k] ?? 0;
  const b = targetCounts[t + k] ?? 0;
  if (a === 0 || b === 0) return 0;
  const most = Math.min(a, b);
  return (2 * (shared === undefined ? most : Math.min(most, shared[k] ?? 0))) / (a + b);
}

/**
 * The least anchorCost() can be for this bead, from the anchor counts alone — a bead whose runs
 * differ much in how many names or translated words they hold cannot share all of them — and, when
 * `shared` is given, from at most how many anchors of each kind the runs share. With the exact
 * shared counts this is the anchor cost itself.
 */
export function anchorCostFloor(
  ctx: CostContext,
  a: number,
  i: number,
  b: number,
  j: number,
  shared?: Int32Array,
): number {
  const { src, tgt, params } = ctx;
  const sourceCounts = src.anchorCounts;
  const targetCounts = tgt.anchorCounts;
  const s = runIndex(src.paragraph.length, a, i);
  const t = runIndex(tgt.paragraph.length, b, j);
  // The kinds in ANCHOR_KINDS order: strong, names, lexical, translations, punctuation.
  const strongCount = (sourceCounts[s] ?? 0) + (targetCounts[t] ?? 0);
  let floor = 0;
  if (strongCount > 0)
    floor +=
      params.strongWeight *
      strongShare(strongCount) *
      (0.3 - overlapAtMost(sourceCounts, s, targetCounts, t, shared, 0));
  floor -= params.nameWeight * overlapAtMost(sourceCounts, s, targetCounts, t, shared, 1);
  floor -= params.lexicalWeight * overlapAtMost(sourceCounts, s, targetCounts, t, shared, 2);
  floor -= params.translationWeight * overlapAtMost(sourceCounts, s, targetCounts, t, shared, 3);
  floor -= params.punctuationWeight * overlapAtMost(sourceCounts, s, targetCounts, t, shared, 4);
  return floor;
}

/** The least anchorCost() can be: every overlap complete and no strong anchor missing. */
export function lowestAnchorCost(params: AlignParams): number {
  return (
    -0.7 * params.strongWeight -
    params.nameWeight -
    params.lexicalWeight -
    params.translationWeight -
    params.punctuationWeight
  );
}

/**
 * The least beadCost() adds to a joining bead's prior besides its length and anchor costs (both of
 * which are never below 0 and anchorCostFloor() respectively): questions and paragraph starts on
 * both sides, and the model's similarity, may lower it.
 */
export function lowestBeadExtras(ctx: CostContext): number {
  const { params } = ctx;
  // similarityWeight · (0.5 − similarity), least at a similarity of 1 (or −1 for a negative weight).
  const weight = params.similarityWeight;
  const similarity = ctx.similarity ? Math.min(-0.5 * weight, 1.5 * weight) : 0;
  return -0.5 - 0.3 + Math.min(0, params.paragraphCrossing) + similarity;
}

/**
 * The cost of joining source sentences i.. with target sentences j.. in a bead of the given shape.
 * `anchors` is anchorCost() for the same bead when the caller has it already.
 */
export function beadCost(ctx: CostContext, shape: BeadShape, i: number, j: number, anchors?: number): number {
  const { sourceCount: a, targetCount: b } = shape;
  let total = shape.prior;
  if (a === 0 || b === 0) return total;
  const { src, tgt, params } = ctx;
  total += lengthCost(
    src.lengths[a - 1]?.[i] ?? 0,
    tgt.lengths[b - 1]?.[j] ?? 0,
    ctx.ratio,
    params.lengthVariance,
  );
  total += anchors ?? anchorCost(ctx, a, i, b, j);
  const sourceQuestion = anyIn(src.question, i, a);
  if (sourceQuestion !== anyIn(tgt.question, j, b)) total += 1;
  else if (sourceQuestion) total -= 0.5;
  if (anyIn(src.exclamation, i, a) !== anyIn(tgt.exclamation, j, b)) total += 0.5;
  if (src.terminated[i + a - 1] !== tgt.terminated[j + b - 1]) total += params.endMarkMismatch;
  if (
    (anyIn(tgt.labelled, j, b) && !anyIn(src.colon, i, a)) ||
    (anyIn(src.labelled, i, a) && !anyIn(tgt.colon, j, b))
  )
    total += params.labelMismatch;
  if (src.paragraphStart[i] && tgt.paragraphStart[j]) total -= 0.3;
  else if (src.paragraphStart[i]) total += params.paragraphStartMissed;
  if (crossesParagraph(src, i, a) || crossesParagraph(tgt, j, b)) total += params.paragraphCrossing;
  if (ctx.similarity) total += params.similarityWeight * (0.5 - ctx.similarity(i, a, j, b));
  return total;
}
