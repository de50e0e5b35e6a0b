import type { Sentence } from '../domain/types';
import { AnchorInterner, commonCount, katakanaLoanwordAnchors, loanwordSoundAnchors } from './anchors';
import {
  type CostContext,
  type SpanSimilarity,
  anchorCost,
  anchorCostFloor,
  beadCost,
  lowestAnchorCost,
  lowestBeadExtras,
} from './bead-cost';
import { type AlignParams, DEFAULT_ALIGN_PARAMS, MAX_JOIN, beadShapes } from './params';
import { ANCHOR_KINDS, sideRuns } from './side-runs';
import { PairCommons } from './pair-commons';
import { isSpacelessScript } from '../text/languages';
import { nameWriting, writesLoanwordsApart } from '../text/sound-alike';
import type { TranslationLexicon } from '../bilingual/lexicon';
import { unrelatedByLexicon } from '../bilingual/related';
import { computeLengthStats } from '../checks/length-ratio';
import { type UnitLanguages, crossedUnmatched, hiddenUnmatched } from './unmatched-in-joined';

export type { SpanSimilarity } from './bead-cost';

export interface Bead {
  source: number[];
  target: number[];
}

export interface AlignOptions {
  similarity?: SpanSimilarity;
  /** Half-width of the search band around the diagonal, in sentences; widened to cover |n − m|. */
  band?: number;
  /**
   * Cost every bead in full, without the lower bounds that spare most anchor comparisons: the
   * reference the bounds are tested against (same alignment, several times slower).
   */
  exhaustive?: boolean;
  params?: Partial<AlignParams>;
  /** The two languages, for anchors that need them (month names). */
  languages?: { source: string; target: string };
  /** A learned lexicon for the language pair: words it pairs are evidence for a link. */
  translations?: TranslationLexicon | null;
}

const NO_SHAPE = 255;
const EMPTY = new Int32Array(0);

/** How much text the prior length ratio is worth, in source characters (about two sentences). */
const PRIOR_CHARS = 200;

/**
 * How each side writes names, when one writes them in Latin letters and the other by their sounds in
 * another script (English and Japanese, Chinese, Russian, Korean, Arabic…, either way round): then
 * names anchor by their sounds too.
 */
function soundSides(
  languages: AlignOptions['languages'],
): { source: 'latin' | 'sounds'; target: 'latin' | 'sounds' } | null {
  if (!languages) return null;
  const source = nameWriting(languages.source);
  const target = nameWriting(languages.target);
  if (source === null || target === null || source === target) return null;
  return { source, target };
}

/**
 * For a language that writes borrowed words in katakana (Japanese) beside one written in Latin
 * letters: per sentence of each side, the loanword sound keys ("block" and ブロック) that some
 * sentence of the other side also has. The rest would meet nothing and only dilute what a sentence
 * shares with its translation: every English word has a key.
 */
function loanwordAnchors(
  source: readonly Sentence[],
  target: readonly Sentence[],
  languages: AlignOptions['languages'],
  sounds: ReturnType<typeof soundSides>,
): { source: string[][]; target: string[][] } | null {
  if (!languages || !sounds) return null;
  const latinIsSource = sounds.source === 'latin';
  const [latin, other] = latinIsSource ? [source, target] : [target, source];
  const otherLang = latinIsSource ? languages.target : languages.source;
  if (!writesLoanwordsApart(otherLang)) return null;
  const theirs = other.map((s) => katakanaLoanwordAnchors(s.text, otherLang));
  const keys = new Set(theirs.flat());
  const found = latin.map((s) => loanwordSoundAnchors(s.text).filter((key) => keys.has(key)));
  const used = new Set(found.flat());
  const kept = theirs.map((own) => own.filter((key) => used.has(key)));
  return latinIsSource ? { source: found, target: kept } : { source: kept, target: found };
}

/**
 * Two languages written alike (both with spaces, or both without) run to about the same number of
 * characters; between the two kinds the ratio depends on how the text was tokenised, so no prior.
 */
function priorWeight(languages: AlignOptions['languages']): number {
  if (!languages) return PRIOR_CHARS;
  return isSpacelessScript(languages.source) === isSpacelessScript(languages.target) ? PRIOR_CHARS : 0;
}

/**
 * One monotonic alignment of two sentence sequences by dynamic programming over beads, in a band
 * around the diagonal (memory linear in the band). Lengths (ratio estimated from the document),
 * anchors, ? and ! marks, paragraph starts and, when given, model similarity make up the cost.
 */
export function alignSentences(
  source: readonly Sentence[],
  target: readonly Sentence[],
  options: AlignOptions = {},
): Bead[] {
  if (source.length === 0 || target.length === 0) {
    const beads = [
      ...source.map((s) => ({ source: [s.index], target: [] })),
      ...target.map((t) => ({ source: [], target: [t.index] })),
    ];
    return mergeUnmatchedRuns(beads, source, target);
  }
  const params: AlignParams = { ...DEFAULT_ALIGN_PARAMS, ...options.params };
  const interner = new AnchorInterner();
  const length = (sentences: readonly Sentence[], indices?: readonly number[]): number =>
    (indices ?? sentences.map((s) => s.index)).reduce((sum, i) => sum + (sentences[i]?.text.length ?? 0), 0);
  // A short document says little about its own length ratio (a dropped paragraph in four sentences
  // skews it badly): the estimate starts from a ratio of 1 worth a couple of sentences of text.
  const prior = priorWeight(options.languages);
  const sounds = soundSides(options.languages);
  const loanwords = loanwordAnchors(source, target, options.languages, sounds);
  const firstRatio = Math.max(0.05, (length(target) + prior) / (length(source) + prior));
  const ctx: CostContext = {
    src: sideRuns(
      source,
      source.map((s) =>
        interner.features(
          s.text,
          options.languages?.source,
          options.translations ? { side: 'source', lexicon: options.translations } : undefined,
          sounds?.source,
          loanwords?.source[s.index],
        ),
      ),
    ),
    tgt: sideRuns(
      target,
      target.map((t) =>
        interner.features(
          t.text,
          options.languages?.target,
          options.translations ? { side: 'target', lexicon: options.translations } : undefined,
          sounds?.target,
          loanwords?.target[t.index],
        ),
      ),
    ),
    ratio: firstRatio,
    params,
    ...(options.similarity ? { similarity: options.similarity } : {}),
  };
  const anchorCache = new Map<number, Float32Array>();
  const first = alignPass(ctx, source.length, target.length, options, anchorCache);
  // Omitted or added text skews the whole-document ratio; the matched beads give a better one.
  const matched = first.filter((b) => b.source.length > 0 && b.target.length > 0);
  const matchedSource = length(
    source,
    matched.flatMap((b) => b.source),
  );
  const matchedTarget = length(
    target,
    matched.flatMap((b) => b.target),
  );
  const ratio = matchedSource === 0 ? firstRatio : Math.max(0.05, matchedTarget / matchedSource);
  const beads =
    Math.abs(Math.log(ratio / firstRatio)) < 0.05
      ? first
      : alignPass({ ...ctx, ratio }, source.length, target.length, options, anchorCache);
  const lexicon = options.translations ?? null;
  const separated = splitHiddenUnmatched(
    lexicon ? splitUnrelated(beads, source, target, lexicon, ctx) : beads,
    source,
    target,
    lexicon,
    options.languages ?? null,
  );
  return mergeUnmatchedRuns(separated, source, target);
}

/**
 * How many words the lexicon must know on each side of a one-to-one pair before "no translated word,
 * name, number or cognate in common" says the pair is not a translation: four, five when Chinese or
 * Japanese is one side. Correct translations in the development files this happens to: none of 753
 * en-de news pairs, 1 in 900 of the en-ja and en-zh comments; pairs of unrelated sentences: a third of
 * them (zh, ja) to three quarters (de). A looser test than the `unrelated` check's on purpose: a pair
 * the aligner put together is far more likely to be wrong than a pair someone aligned by hand.
 */
const MIN_KNOWN_WORDS = 4;
const MIN_KNOWN_WORDS_SPACELESS = 5;

const SHARED_KINDS = ['translations', 'strong', 'names', 'lexical'] as const;

/** Whether one source and one target sentence share nothing at all, though the lexicon knows enough of both. */
function shareNothing(ctx: CostContext, i: number, j: number, minKnown: number): boolean {
  const source = ctx.src.anchors;
  const target = ctx.tgt.anchors;
  const known = Math.min(source.translations[i]?.length ?? 0, target.translations[j]?.length ?? 0);
  return (
    known >= minKnown &&
    SHARED_KINDS.every((kind) => commonCount(source[kind][i] ?? EMPTY, target[kind][j] ?? EMPTY) === 0)
  );
}

/**
 * Pairs the lexicon says are about different things become an omission and an addition: where a
 * sentence was dropped and another put in its place, length alone pairs the two.
 */
function splitUnrelated(
  beads: readonly Bead[],
  source: readonly Sentence[],
  target: readonly Sentence[],
  lexicon: TranslationLexicon,
  ctx: CostContext,
): Bead[] {
  const minKnown =
    isSpacelessScript(lexicon.sourceLang) || isSpacelessScript(lexicon.targetLang)
      ? MIN_KNOWN_WORDS_SPACELESS
      : MIN_KNOWN_WORDS;
  return beads.flatMap((bead) => {
    const [i] = bead.source;
    const [j] = bead.target;
    if (bead.source.length !== 1 || bead.target.length !== 1 || i === undefined || j === undefined)
      return [bead];
    const unrelated =
      shareNothing(ctx, i, j, minKnown) ||
      unrelatedByLexicon(source[i]?.text ?? '', target[j]?.text ?? '', lexicon) !== null;
    return unrelated
      ? [
          { source: [i], target: [] },
          { source: [], target: [j] },
        ]
      : [bead];
  });
}

/** A bead's sentences and the unit's text they make, joined by a space, as review shows a unit. */
export function beadTexts(
  bead: Bead,
  source: readonly Sentence[],
  target: readonly Sentence[],
): { source: string; target: string; sourceSentences: string[]; targetSentences: string[] } {
  const sourceSentences = bead.source.map((i) => source[i]?.text ?? '');
  const targetSentences = bead.target.map((j) => target[j]?.text ?? '');
  return {
    source: sourceSentences.join(' '),
    target: targetSentences.join(' '),
    sourceSentences,
    targetSentences,
  };
}

/**
 * A bead without the sentence at `position` on each side given, which must open or close its side's
 * run: that sentence stands alone before or after the rest. Null when one sits in the middle (a
 * monotonic alignment cannot take it out).
 */
function peel(bead: Bead, position: { source?: number; target?: number }): Bead[] | null {
  const before: Bead[] = [];
  const after: Bead[] = [];
  for (const side of ['source', 'target'] as const) {
    const at = position[side];
    if (at === undefined) continue;
    const sentence = bead[side][at];
    if (sentence === undefined) return null;
    const alone = side === 'source' ? { source: [sentence], target: [] } : { source: [], target: [sentence] };
    if (at === 0) before.push(alone);
    else if (at === bead[side].length - 1) after.push(alone);
    else return null;
  }
  const rest = {
    source: bead.source.filter((_, k) => k !== position.source),
    target: bead.target.filter((_, k) => k !== position.target),
  };
  return [...before, rest, ...after];
}

/**
 * A sentence inside a joined bead that the other side does not account for (the segmentation check's
 * test: it shares nothing and the rest fits without it, or it opens with a label) stands alone as an
 * omission or addition, so that the alignment itself — what `mt-review align` prints and the review
 * page shows — says what the check would report.
 */
function splitHiddenUnmatched(
  beads: readonly Bead[],
  source: readonly Sentence[],
  target: readonly Sentence[],
  lexicon: TranslationLexicon | null,
  languages: UnitLanguages | null,
): Bead[] {
  const units = beads.map((bead) => beadTexts(bead, source, target));
  const stats = computeLengthStats(units);
  return beads.flatMap((bead, k) => {
    const unit = units[k];
    const joined = bead.source.length > 1 || bead.target.length > 1;
    if (!unit || !joined || bead.source.length === 0 || bead.target.length === 0) return [bead];
    const found = hiddenUnmatched(unit, stats, lexicon, languages);
    // Lengths alone (nothing shared on either side) make a flag for the reviewer, not a new alignment.
    const hidden = found?.byLengthAlone ? null : found;
    const crossed = found ? null : crossedUnmatched(unit, stats, lexicon, languages);
    const position = hidden ? { [hidden.side]: hidden.index } : crossed;
    return (position && peel(bead, position)) ?? [bead];
  });
}

/**
 * One dynamic-programming pass. Anchor costs do not depend on the length ratio, so the second pass
 * reads them from `anchorCache` (one array per bead shape, indexed like the DP table).
 */
function alignPass(
  ctx: CostContext,
  n: number,
  m: number,
  { band, exhaustive = false }: Pick<AlignOptions, 'band' | 'exhaustive'>,
  anchorCache: Map<number, Float32Array>,
): Bead[] {
  const shapes = beadShapes(ctx.params);
  // A band wider than the longer side covers no more cells, only allocates them (a short text's
  // sentences are aligned too, one segment at a time, by the sentence-unmatched check).
  const halfWidth = Math.min(
    Math.max(n, m) + MAX_JOIN,
    Math.max(band ?? 30, Math.abs(n - m) + 15, Math.ceil(0.025 * Math.max(n, m))),
  );
  const width = 2 * halfWidth + 1;
  const low = Int32Array.from({ length: n + 1 }, (_, i) => Math.max(0, Math.floor((i * m) / n) - halfWidth));
  const high = Int32Array.from({ length: n + 1 }, (_, i) => Math.min(m, Math.floor((i * m) / n) + halfWidth));
  const cell = (i: number, j: number): number => {
    const offset = j - (low[i] ?? 0);
    return offset < 0 || offset >= width || j > (high[i] ?? -1) ? -1 : i * width + offset;
  };
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width).fill(NO_SHAPE);
  // Anchor costs per joining shape, indexed like the table (an unmatched run has none).
  const anchorCaches = shapes.map((shape, s) => {
    if (shape.sourceCount === 0 || shape.targetCount === 0) return null;
    let cached = anchorCache.get(s);
    if (!cached) {
      cached = new Float32Array((n + 1) * width).fill(Number.NaN);
      anchorCache.set(s, cached);
    }
    return cached;
  });
  // Unmatched runs cost their prior alone: tried first, they set a bar most joining beads then fail
  // to clear before their costlier parts are computed. Ties still go to the shape listed first.
  const order = Int32Array.from(shapes.keys()).sort(
    (x, y) => Number(anchorCaches[x] !== null) - Number(anchorCaches[y] !== null) || x - y,
  );
  const sourceCounts = Int32Array.from(shapes, (shape) => shape.sourceCount);
  const targetCounts = Int32Array.from(shapes, (shape) => shape.targetCount);
  const anchorFloor = lowestAnchorCost(ctx.params);
  const lowestExtras = lowestBeadExtras(ctx);
  const commons = new PairCommons(
    ctx.src,
    ctx.tgt,
    Int32Array.from({ length: n }, (_, i) => Math.max(0, (low[i] ?? 0) - MAX_JOIN)),
    width + 2 * MAX_JOIN,
  );
  const shared = new Int32Array(ANCHOR_KINDS.length);
  cost[cell(0, 0)] = 0;

  for (let i = 0; i <= n; i++) {
    const rowHigh = high[i] ?? -1;
    for (let j = low[i] ?? 0; j <= rowHigh; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = NO_SHAPE;
      for (const s of order) {
        const a = sourceCounts[s] ?? 0;
        const b = targetCounts[s] ?? 0;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0) continue;
        const offset = pj - (low[pi] ?? 0);
        if (offset < 0 || offset >= width || pj > (high[pi] ?? -1)) continue;
        const previous = pi * width + offset;
        const previousCost = cost[previous] ?? Infinity;
        if (previousCost === Infinity) continue;
        const shape = shapes[s];
        const cache = anchorCaches[s];
        if (!shape) continue;
        let candidate: number;
        if (cache) {
          let anchors = cache[previous] ?? Number.NaN;
          let withoutAnchors: number;
          if (exhaustive) withoutAnchors = previousCost + beadCost(ctx, shape, pi, pj, 0);
          else {
            // Lower bounds first, cheapest first: a bead that cannot win even with every anchor shared,
            // or with the anchors its counts allow and a perfect length match, needs no further look.
            const beforeLength = previousCost + shape.prior + lowestExtras;
            if (cannotWin(beforeLength + anchorFloor, best)) continue;
            let floor = anchors;
            if (Number.isNaN(anchors)) {
              const bounded = commons.addShared(a, pi, b, pj, shared);
              floor = anchorCostFloor(ctx, a, pi, b, pj, bounded ? shared : undefined);
              // One pair: the shared counts are exact, and so is the floor.
              if (bounded && a === 1 && b === 1) cache[previous] = anchors = floor = Math.fround(floor);
            }
            if (cannotWin(beforeLength + floor, best)) continue;
            withoutAnchors = previousCost + beadCost(ctx, shape, pi, pj, 0);
            if (cannotWin(withoutAnchors + floor, best)) continue;
          }
          // The cache holds 32-bit floats: the value used now must be the one a later read gets, or a
          // cell costed before and after its anchors were cached would differ in the last bits.
          if (Number.isNaN(anchors)) cache[previous] = anchors = Math.fround(anchorCost(ctx, a, pi, b, pj));
          candidate = withoutAnchors + anchors;
        } else candidate = previousCost + shape.prior;
        if (candidate < best || (candidate === best && s < bestShape)) {
          best = candidate;
          bestShape = s;
        }
      }
      const here = i * width + j - (low[i] ?? 0);
      cost[here] = best;
      back[here] = bestShape;
    }
  }

  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const shape = shapes[back[cell(i, j)] ?? NO_SHAPE];
    if (!shape) throw new Error(`aligner: no path through (${i}, ${j})`);
    const pi = i - shape.sourceCount;
    const pj = j - shape.targetCount;
    beads.push({ source: range(pi, shape.sourceCount), target: range(pj, shape.targetCount) });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}

/**
 * Slack on a lower bound: the bound adds the same terms as the cost in another order, in 64 bits, while
 * the anchor costs it bounds are kept in a 32-bit cache (a few millionths off). A bead that close to the
 * best is costed in full, so that near-ties are decided by the exact costs, as without the bounds.
 */
const BOUND_SLACK = 1e-5;

/** Whether a bead at least this costly surely loses to the best so far. */
function cannotWin(bound: number, best: number): boolean {
  return bound - best > BOUND_SLACK;
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
    if (
      previous &&
      bead.source.length === 0 &&
      previous.source.length === 0 &&
      samePara(target, previous.target, bead.target)
    ) {
      previous.target.push(...bead.target);
    } else if (
      previous &&
      bead.target.length === 0 &&
      previous.target.length === 0 &&
      samePara(source, previous.source, bead.source)
    ) {
      previous.source.push(...bead.source);
    } else {
      merged.push({ source: [...bead.source], target: [...bead.target] });
    }
  }
  return merged;
}

function samePara(
  sentences: readonly Sentence[],
  before: readonly number[],
  after: readonly number[],
): boolean {
  const last = sentences[before[before.length - 1] ?? -1];
  const next = sentences[after[0] ?? -1];
  return last !== undefined && next !== undefined && last.paragraph === next.paragraph;
}
