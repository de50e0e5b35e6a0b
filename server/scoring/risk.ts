import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CHECKS } from '../checks/index';
import type { RiskReason, Severity } from '../domain/types';
import type { FeatureVector } from './features';
import type { RiskLexicon } from './lexicon';

/** A logistic model: risk = σ(bias + Σ weight·feature). */
const riskModelSchema = z.object({
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  /** Risk at or above this is flagged; chosen on the development data for MCC. */
  threshold: z.number(),
});

/** Every value a number: checked in a plain loop, since z.record takes 25 ms over 12,000 words on every CLI run. */
function isLexicon(value: unknown): value is RiskLexicon {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const shift of Object.values(value))
    if (typeof shift !== 'number' || !Number.isFinite(shift)) return false;
  return true;
}

const lexiconSchema = z.custom<RiskLexicon>(isLexicon, { message: 'a lexicon maps words to numbers' });

const weightsFileSchema = z.object({
  description: z.string(),
  trainedAt: z.string(),
  trainedOn: z.array(z.string()),
  heuristics: riskModelSchema,
  withModel: riskModelSchema.nullable(),
  /** Learned risk lexicons by source language (see lexicon.ts); a file from an older release may have none. */
  sourceLexicons: z.record(z.string(), lexiconSchema).optional().catch(undefined),
  /** Learned risk lexicons by the translation's language: words of MT output that often went with an error. */
  targetLexicons: z.record(z.string(), lexiconSchema).optional().catch(undefined),
  /**
   * The heuristics model trained without the lexicon features, for source languages that have no
   * lexicon: the main model leans on the lexicon and, without it, flags far too little.
   */
  withoutLexicon: riskModelSchema.optional().catch(undefined),
  /**
   * Heuristics models for the language pairs the training data had ("en-de"): the pooled model's check
   * weights and threshold, with the bias and the continuous measures re-learned from the pair's rows
   * (how much the risk lexicon or a gap in names says differs between pairs). See trainPairModels.
   */
  byLanguagePair: z.record(z.string(), riskModelSchema).optional().catch(undefined),
});

export type RiskModel = z.infer<typeof riskModelSchema>;
export type RiskWeightsFile = z.infer<typeof weightsFileSchema>;

/**
 * What a check's flag is worth before any training has seen it fire (alignment findings never
 * occur in sentence-pair training data): log-odds by default severity.
 */
const PRIOR_BY_SEVERITY: Record<Severity, number> = { minor: 0.8, major: 2.5, critical: 4 };

export const WEIGHTS_PATH = new URL('./weights.json', import.meta.url);

/** Reads a weights file; one that is not valid JSON or lacks the risk models is an error naming the file. */
export function loadWeights(path: URL | string = WEIGHTS_PATH): RiskWeightsFile {
  const where = typeof path === 'string' ? path : path.pathname;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${where}: cannot read the risk weights (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  const parsed = weightsFileSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${where}: not a risk weights file (${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}

const CHECK_BY_FEATURE = new Map(CHECKS.map((check) => [`check:${check.id}`, check]));

export function priorWeight(feature: string): number | undefined {
  const check = CHECK_BY_FEATURE.get(feature);
  // Features hold the severity value (1–3); the prior is per unit of that value.
  return check ? PRIOR_BY_SEVERITY[check.severity] / 2 : undefined;
}

const FEATURE_LABELS: Record<string, string> = {
  'length:abs-z': 'length out of proportion',
  'length:short-z': 'translation shorter than usual',
  'source:log-length': 'long sentence (more room for error)',
  'source:short': 'very short sentence',
  'source:capitals': 'source written in capitals',
  'source:offensive': 'an insult in the source, which MT often softens or garbles',
  'source:unknown-words': 'misspelt or unusual words in the source',
  'target:unknown-words': "words the translation's language does not have (garbled or left untranslated)",
  'lexicon:max': 'a source word that often went wrong in the training data',
  'lexicon:sum': 'source words that often went wrong in the training data',
  'target-lexicon:max': 'a word of the translation that often came with an error in the training data',
  'target-lexicon:sum': 'words of the translation that often came with an error in the training data',
  'gap:names': 'names differ between source and translation',
  'gap:digits': 'digits differ',
  'gap:marks': '? and ! differ',
  'gap:quotes': 'quotation marks differ',
  'model:similarity': 'model similarity',
  'model:low-similarity': 'low model similarity',
  'model:similarity-z': "similarity below the document's usual",
};

/** A reviewer-facing name for a risk feature: a check's name, or a plain description. */
export function featureLabel(feature: string): string {
  if (feature.startsWith('check:')) return CHECK_BY_FEATURE.get(feature)?.name ?? feature.slice(6);
  return FEATURE_LABELS[feature] ?? feature;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export interface RiskResult {
  risk: number;
  reasons: RiskReason[];
}

const weightTables = new WeakMap<RiskModel, ReadonlyMap<string, number>>();

/** Each feature's weight, from the model or else the check's prior, in a Map built once per model. */
function weightTable(model: RiskModel): ReadonlyMap<string, number> {
  const known = weightTables.get(model);
  if (known) return known;
  const table = new Map(Object.entries(model.weights));
  for (const feature of CHECK_BY_FEATURE.keys())
    if (!table.has(feature)) table.set(feature, priorWeight(feature) ?? 0);
  weightTables.set(model, table);
  return table;
}

export function scoreRisk(features: FeatureVector, model: RiskModel): RiskResult {
  const weights = weightTable(model);
  let logit = model.bias;
  const reasons: RiskReason[] = [];
  for (const feature in features) {
    const value = features[feature] ?? 0;
    if (value === 0) continue;
    const weight = weights.get(feature) ?? 0;
    const contribution = weight * value;
    logit += contribution;
    // Small contributions are noise to a reviewer; the strongest few explain the score.
    const shown = Math.round(contribution * 1000) / 1000;
    if (shown >= 0.05) reasons.push({ feature, label: featureLabel(feature), contribution: shown });
  }
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { risk: sigmoid(logit), reasons: reasons.slice(0, 5) };
}

/**
 * The model that fits what ran: the with-model weights when the embedding model ran; else the
 * language pair's own heuristics model when training had that pair; else the pooled heuristics,
 * trained without the lexicon when the source language has none.
 */
export function chooseRiskModel(
  weights: RiskWeightsFile,
  run: { modelRan: boolean; sourceLang: string; targetLang: string },
): RiskModel {
  if (run.modelRan && weights.withModel) return weights.withModel;
  const pairModel = weights.byLanguagePair?.[languagePairKey(run.sourceLang, run.targetLang)];
  if (pairModel) return pairModel;
  const hasLexicon = weights.sourceLexicons?.[run.sourceLang] !== undefined;
  return !hasLexicon && weights.withoutLexicon ? weights.withoutLexicon : weights.heuristics;
}

/** "en-de": how a language pair is named in the weights file. */
export function languagePairKey(sourceLang: string, targetLang: string): string {
  return `${sourceLang}-${targetLang}`;
}
