import type { Sentence } from '../domain/types';
import { type SentenceFeatures, mergeAnchors } from './anchors';
import { MAX_JOIN } from './params';

export type AnchorKind = 'strong' | 'names' | 'lexical' | 'translations' | 'punctuation';
const ANCHOR_KINDS: readonly AnchorKind[] = ['strong', 'names', 'lexical', 'translations', 'punctuation'];
const EMPTY = new Int32Array(0);

/** One side's sentences, precomputed for every run of 1..MAX_JOIN consecutive sentences. */
export interface SideRuns {
  /** lengths[k − 1][i]: characters in the run of k sentences starting at i. */
  lengths: Float64Array[];
  /** anchors[kind][k − 1][i]: that run's anchors. */
  anchors: Record<AnchorKind, Int32Array[][]>;
  question: Uint8Array;
  exclamation: Uint8Array;
  paragraphStart: Uint8Array;
  paragraph: Int32Array;
}

export function sideRuns(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): SideRuns {
  const n = sentences.length;
  const lengths: Float64Array[] = [];
  const anchors: Record<AnchorKind, Int32Array[][]> = {
    strong: [],
    names: [],
    lexical: [],
    translations: [],
    punctuation: [],
  };
  for (let k = 1; k <= MAX_JOIN; k++) {
    const runLengths = new Float64Array(n);
    const runs: Record<AnchorKind, Int32Array[]> = {
      strong: [],
      names: [],
      lexical: [],
      translations: [],
      punctuation: [],
    };
    for (let i = 0; i < n; i++) {
      let length = 0;
      const merged: Record<AnchorKind, Int32Array> = {
        strong: EMPTY,
        names: EMPTY,
        lexical: EMPTY,
        translations: EMPTY,
        punctuation: EMPTY,
      };
      for (let t = i; t < Math.min(n, i + k); t++) {
        const feature = features[t];
        if (!feature) continue;
        length += feature.length;
        for (const kind of ANCHOR_KINDS)
          merged[kind] = k === 1 ? feature[kind] : mergeAnchors(merged[kind], feature[kind]);
      }
      runLengths[i] = length;
      for (const kind of ANCHOR_KINDS) runs[kind].push(merged[kind]);
    }
    lengths.push(runLengths);
    for (const kind of ANCHOR_KINDS) anchors[kind].push(runs[kind]);
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

export function anyIn(flags: Uint8Array, start: number, count: number): boolean {
  for (let i = start; i < start + count; i++) if (flags[i]) return true;
  return false;
}

export function crossesParagraph(side: SideRuns, start: number, count: number): boolean {
  return count > 1 && side.paragraph[start] !== side.paragraph[start + count - 1];
}

/** One sentence's anchors of a kind, from the runs table (`anchors[kind]`). */
export function singleAnchors(runs: readonly Int32Array[][], i: number): Int32Array {
  return runs[0]?.[i] ?? EMPTY;
}
