import { anchorOverlap } from './anchors';
import type { AlignParams, BeadShape } from './params';
import { type SideRuns, anyIn, crossesParagraph } from './side-runs';

const EMPTY = new Int32Array(0);

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

/** Strong anchors on one side only speak against a link; names and cognates only for it. */
export function anchorCost(ctx: CostContext, a: number, i: number, b: number, j: number): number {
  const { src, tgt, params } = ctx;
  const source = src.anchors;
  const target = tgt.anchors;
  let cost = 0;
  const sourceStrong = source.strong[a - 1]?.[i] ?? EMPTY;
  const targetStrong = target.strong[b - 1]?.[j] ?? EMPTY;
  const strongCount = sourceStrong.length + targetStrong.length;
  // Full weight from three strong anchors on: a year missing from a short quote already speaks
  // clearly against pairing it (measured on synthetic documents and the clean articles with a sentence dropped).
  if (strongCount > 0)
    cost +=
      params.strongWeight * Math.min(1, strongCount / 3) * (0.3 - anchorOverlap(sourceStrong, targetStrong));
  cost -=
    params.nameWeight * anchorOverlap(source.names[a - 1]?.[i] ?? EMPTY, target.names[b - 1]?.[j] ?? EMPTY);
  cost -=
    params.lexicalWeight *
    anchorOverlap(source.lexical[a - 1]?.[i] ?? EMPTY, target.lexical[b - 1]?.[j] ?? EMPTY);
  cost -=
    params.translationWeight *
    anchorOverlap(source.translations[a - 1]?.[i] ?? EMPTY, target.translations[b - 1]?.[j] ?? EMPTY);
  cost -=
    params.punctuationWeight *
    anchorOverlap(source.punctuation[a - 1]?.[i] ?? EMPTY, target.punctuation[b - 1]?.[j] ?? EMPTY);
  return cost;
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
  if (src.paragraphStart[i] && tgt.paragraphStart[j]) total -= 0.3;
  if (crossesParagraph(src, i, a) || crossesParagraph(tgt, j, b)) total += params.paragraphCrossing;
  if (ctx.similarity) total += params.similarityWeight * (0.5 - ctx.similarity(i, a, j, b));
  return total;
}
