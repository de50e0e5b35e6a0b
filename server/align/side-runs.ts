import type { Sentence } from '../domain/types';
import { type SentenceFeatures, mergeAnchors } from './anchors';
import { MAX_JOIN } from './params';

export type AnchorKind = 'strong' | 'names' | 'lexical' | 'translations' | 'punctuation';
export const ANCHOR_KINDS: readonly AnchorKind[] = [
  'strong',
  'names',
  'lexical',
  'translations',
  'punctuation',
];
const EMPTY = new Int32Array(0);

/** One side's sentences, precomputed for every run of 1..MAX_JOIN consecutive sentences. */
export interface SideRuns {
  /** lengths[k − 1][i]: characters in the run of k sentences starting at i. */
  lengths: Float64Array[];
  /** anchors[kind][i]: sentence i's anchors, sorted ids; runAnchors() joins them for a run. */
  anchors: Record<AnchorKind, Int32Array[]>;
  /**
   * How many anchors of each kind the run holds, side by side for one run: `anchorCounts[runIndex(n, k, i) + kind]`
   * with the kinds in ANCHOR_KINDS order. The aligner bounds a bead's cost from these before comparing anchors.
   */
  anchorCounts: Uint16Array;
  /** Runs' anchors joined so far (most runs are never compared, so they are joined when first asked). */
  joinedRuns: Map<number, Int32Array>;
  question: Uint8Array;
  exclamation: Uint8Array;
  terminated: Uint8Array;
  labelled: Uint8Array;
  colon: Uint8Array;
  paragraphStart: Uint8Array;
  paragraph: Int32Array;
}

export function sideRuns(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): SideRuns {
  const n = sentences.length;
  const lengths: Float64Array[] = [];
  const anchorCounts = new Uint16Array(MAX_JOIN * n * ANCHOR_KINDS.length);
  for (let k = 1; k <= MAX_JOIN; k++) {
    const runLengths = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const at = runIndex(n, k, i);
      for (let t = i; t < Math.min(n, i + k); t++) {
        const feature = features[t];
        if (!feature) continue;
        runLengths[i] = (runLengths[i] ?? 0) + feature.length;
        ANCHOR_KINDS.forEach((kind, offset) => {
          anchorCounts[at + offset] = Math.min(
            65535,
            (anchorCounts[at + offset] ?? 0) + feature[kind].length,
          );
        });
      }
    }
    lengths.push(runLengths);
  }
  const anchors: Record<AnchorKind, Int32Array[]> = {
    strong: features.map((f) => f.strong),
    names: features.map((f) => f.names),
    lexical: features.map((f) => f.lexical),
    translations: features.map((f) => f.translations),
    punctuation: features.map((f) => f.punctuation),
  };
  return {
    lengths,
    anchors,
    anchorCounts,
    joinedRuns: new Map(),
    question: Uint8Array.from(features, (f) => (f.question ? 1 : 0)),
    exclamation: Uint8Array.from(features, (f) => (f.exclamation ? 1 : 0)),
    terminated: Uint8Array.from(features, (f) => (f.terminated ? 1 : 0)),
    labelled: Uint8Array.from(features, (f) => (f.labelled ? 1 : 0)),
    colon: Uint8Array.from(features, (f) => (f.colon ? 1 : 0)),
    paragraphStart: Uint8Array.from(sentences, (s, i) =>
      i === 0 || sentences[i - 1]?.paragraph !== s.paragraph ? 1 : 0,
    ),
    paragraph: Int32Array.from(sentences, (s) => s.paragraph),
  };
}

/** Where the run of k sentences starting at i keeps its anchor counts in `anchorCounts`. */
export function runIndex(sentences: number, k: number, i: number): number {
  return ((k - 1) * sentences + i) * ANCHOR_KINDS.length;
}

/** The anchors of a kind in the run of k sentences starting at i (cut short at the end of the side). */
export function runAnchors(side: SideRuns, kind: AnchorKind, k: number, i: number): Int32Array {
  const sentences = side.anchors[kind];
  if (k === 1) return sentences[i] ?? EMPTY;
  const key = runIndex(sentences.length, k, i) + ANCHOR_KINDS.indexOf(kind);
  let joined = side.joinedRuns.get(key);
  if (!joined) {
    joined = sentences[i] ?? EMPTY;
    for (let t = i + 1; t < Math.min(sentences.length, i + k); t++)
      joined = mergeAnchors(joined, sentences[t] ?? EMPTY);
    side.joinedRuns.set(key, joined);
  }
  return joined;
}

export function anyIn(flags: Uint8Array, start: number, count: number): boolean {
  for (let i = start; i < start + count; i++) if (flags[i]) return true;
  return false;
}

export function crossesParagraph(side: SideRuns, start: number, count: number): boolean {
  return count > 1 && side.paragraph[start] !== side.paragraph[start + count - 1];
}
