import { lengthZ } from '../checks/length-ratio';
import type { LengthStats } from '../checks/types';
import type { Flag } from '../domain/types';
import { findNames } from '../text/names';
import { words } from '../text/normalize';

export type FeatureVector = Record<string, number>;

const SEVERITY_VALUE = { minor: 1, major: 2, critical: 3 } as const;

export interface FeatureInput {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  flags: readonly Flag[];
  lengthStats: LengthStats;
  similarity: number | null;
  /** Similarity relative to the document's own baseline (z-score), when a model ran. */
  similarityZ: number | null;
}

function countMatches(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** Relative difference of two counts, 0 when equal, towards 1 when one side has none. */
function relativeGap(a: number, b: number): number {
  return Math.abs(a - b) / (1 + Math.max(a, b));
}

/**
 * The numbers the risk model sees for one unit: one feature per check (its strongest flag's
 * severity), plus a few continuous measures that no single check turns into a flag.
 */
export function unitFeatures(input: FeatureInput): FeatureVector {
  const features: FeatureVector = {};
  for (const flag of input.flags) {
    const key = `check:${flag.check}`;
    features[key] = Math.max(features[key] ?? 0, SEVERITY_VALUE[flag.severity]);
  }
  const z = lengthZ(input.source, input.target, input.lengthStats);
  if (z !== null) {
    features['length:abs-z'] = Math.min(6, Math.abs(z));
    features['length:short-z'] = Math.min(6, Math.max(0, -z));
  }
  const sourceWords = words(input.source).length;
  features['source:log-length'] = Math.log1p(input.source.length) / 5;
  features['gap:names'] = relativeGap(
    findNames(input.source, input.sourceLang).filter((n) => !n.sentenceInitial && !n.common).length,
    findNames(input.target, input.targetLang).filter((n) => !n.sentenceInitial).length,
  );
  features['gap:digits'] = relativeGap(countMatches(input.source, /\d/g), countMatches(input.target, /\d/g));
  features['gap:marks'] = relativeGap(
    countMatches(input.source, /[!?！？]/g),
    countMatches(input.target, /[!?！？]/g),
  );
  features['gap:quotes'] = relativeGap(
    countMatches(input.source, /["“”„«»]/g),
    countMatches(input.target, /["“”„«»「」]/g),
  );
  features['source:short'] = sourceWords <= 4 ? 1 : 0;
  if (input.similarity !== null) {
    features['model:similarity'] = input.similarity;
    features['model:low-similarity'] = Math.max(0, 0.6 - input.similarity);
  }
  if (input.similarityZ !== null)
    features['model:similarity-z'] = Math.max(-5, Math.min(5, input.similarityZ));
  return features;
}
