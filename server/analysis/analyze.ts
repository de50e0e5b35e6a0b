import { translationLexicon } from '../bilingual/lexicon';
import { alignSentences, beadTexts } from '../align/aligner';
import { type RunnerOptions, type RunnerResult, isSelected, runChecks } from '../checks/runner';
import { oneFlagPerError } from './one-flag-per-error';
import { computeLengthStats } from '../checks/length-ratio';
import { wrongLanguage } from '../checks/wrong-language';
import { similarityZ } from '../checks/low-similarity';
import { CHECKS } from '../checks/index';
import type { Check, CheckContext, CheckUnit, SimilarityStats, TranslationMemory } from '../checks/types';
import type { AnalyzedDocument, AnalyzedUnit, GlossaryEntry, LanguageInfo, Sentence } from '../domain/types';
import { type EmbedPriority, type Embedder, cosine } from '../model/types';
import { type FeatureVector, flagFeatures, textFeatures, unknownWordsReason } from '../scoring/features';
import { type RiskWeightsFile, chooseRiskModel, loadWeights, scoreRisk } from '../scoring/risk';
import { lexiconReason } from '../scoring/lexicon';
import { segment } from '../text/segmenter';
import { isTokenisedDocument } from '../text/tokenised';
import { type LanguageScores, identifyLanguages, startLanguageIdentification } from '../text/language-id';
import { offTargetCandidate } from '../checks/lang/off-target';
import { type SpellingCandidate, spellingCandidates } from '../spelling/candidates';
import { type SpellingService, hasDictionary } from '../spelling/service';
import { resolveLanguage } from './languages';

export interface AnalyzeInput {
  source: string;
  target: string;
  sourceLang?: string;
  targetLang?: string;
}

export interface PairInput {
  id: string;
  source: string;
  target: string;
}

export interface AnalyzeOptions {
  /** Risk at or above this is flagged; the trained default when absent. */
  threshold?: number;
  embedder?: Embedder | null;
  /** A re-check after an edit goes ahead of bulk imports in the model's queue. */
  priority?: EmbedPriority;
  /** Dictionary look-ups for the spelling check; none when absent. */
  spelling?: SpellingService | null;
  runner?: RunnerOptions;
  weights?: RiskWeightsFile;
  /**
   * The team's glossary for the terminology check: the entries, or where to find them once the
   * languages are known (they may be detected).
   */
  glossary?:
    readonly GlossaryEntry[] | ((sourceLang: string, targetLang: string) => readonly GlossaryEntry[]);
  /**
   * Where to find the team's approved translations for the translation-memory check, once the languages
   * are known; none when absent (the check does not run).
   */
  memory?: (sourceLang: string, targetLang: string) => TranslationMemory | null;
}

/** A unit before scoring: what the aligner (or a pairs file) produced. */
export interface UnitInput {
  id: string;
  source: string;
  target: string;
  sourceSentences: number[];
  targetSentences: number[];
  sourceTexts: string[];
  targetTexts: string[];
}

export interface DocumentAnalysis extends AnalyzedDocument {
  sourceSegments: Sentence[];
  targetSegments: Sentence[];
}

let defaultWeights: RiskWeightsFile | null = null;
function weightsFor(options: AnalyzeOptions): RiskWeightsFile {
  if (options.weights) return options.weights;
  defaultWeights ??= loadWeights();
  return defaultWeights;
}

async function unitSimilarities(
  units: readonly UnitInput[],
  embedder: Embedder | null | undefined,
  priority: EmbedPriority,
): Promise<(number | null)[]> {
  if (!embedder) return units.map(() => null);
  const withBoth = units.filter((u) => u.source.trim() !== '' && u.target.trim() !== '');
  if (withBoth.length === 0) return units.map(() => null);
  const vectors = await embedder.embed(
    withBoth.flatMap((u) => [u.source, u.target]),
    priority,
  );
  if (!vectors) return units.map(() => null);
  const byId = new Map<string, number>();
  withBoth.forEach((u, k) => {
    const a = vectors[2 * k];
    const b = vectors[2 * k + 1];
    if (a && b) byId.set(u.id, cosine(a, b));
  });
  return units.map((u) => byId.get(u.id) ?? null);
}

/** Each unit's target words that the target language's dictionary does not know (null: no dictionary). */
async function findMisspellings(
  units: readonly UnitInput[],
  lang: string,
  service: SpellingService | null | undefined,
): Promise<SpellingCandidate[][] | null> {
  if (!service || !hasDictionary(lang)) return null;
  const candidates = units.map((u) => spellingCandidates(u.source, u.target));
  const wrong = await service.misspelled(
    lang,
    candidates.flat().map((c) => c.word),
  );
  return wrong ? candidates.map((list) => list.filter((c) => wrong.has(c.word))) : null;
}

/** Language identification for the targets that look like another language than theirs (wrong-language). */
async function identifyOffTarget(
  units: readonly UnitInput[],
  sourceLang: string,
  targetLang: string,
): Promise<(LanguageScores | null)[]> {
  const candidates = units.map((u) => {
    const text = offTargetCandidate(u.source, u.target, sourceLang, targetLang);
    // The worker loads its tables while the other targets are looked at.
    if (text !== null) startLanguageIdentification();
    return text;
  });
  const texts = candidates.filter((text): text is string => text !== null);
  const scores = texts.length > 0 ? await identifyLanguages(texts) : null;
  let next = 0;
  return candidates.map((text) => (text === null || !scores ? null : (scores[next++] ?? null)));
}

/** Two runs of disjoint checks over the same units as one, in the registry's order. */
function mergeRuns(registry: readonly Check[], a: RunnerResult, b: RunnerResult): RunnerResult {
  const order = new Map(registry.map((check, k) => [check.id, k]));
  const inOrder = (ids: readonly string[]): string[] =>
    [...ids].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  return {
    flags: a.flags.map((flags, i) => {
      const more = b.flags[i] ?? [];
      if (more.length === 0) return flags;
      return [...flags, ...more].sort((x, y) => (order.get(x.check) ?? 0) - (order.get(y.check) ?? 0));
    }),
    ran: inOrder([...a.ran, ...b.ran]),
    skipped: inOrder([...a.skipped, ...b.skipped]),
    timings: { ...a.timings, ...b.timings },
  };
}

function similarityZOf(similarity: number | null, stats: SimilarityStats | null): number | null {
  return similarity === null ? null : similarityZ(similarity, stats);
}

/** Median and robust spread of the units' similarities: the document's own baseline. */
export function similarityStats(values: readonly (number | null)[]): SimilarityStats | null {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const median = present[Math.floor(present.length / 2)] ?? 0;
  const deviations = present.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
  return {
    median,
    spread: 1.4826 * (deviations[Math.floor(deviations.length / 2)] ?? 0),
    count: present.length,
  };
}

export interface FeaturizedUnits {
  checks: RunnerResult;
  similarities: (number | null)[];
  features: FeatureVector[];
  modelRan: boolean;
}

/** Checks and model similarity → one feature vector per unit (what `train` learns from and `scoreUnits` scores). */
export async function featurizeUnits(
  units: readonly UnitInput[],
  languages: { source: LanguageInfo; target: LanguageInfo },
  options: AnalyzeOptions = {},
): Promise<FeaturizedUnits> {
  const similarities = await unitSimilarities(units, options.embedder, options.priority ?? 'bulk');
  const misspellings = await findMisspellings(units, languages.target.code, options.spelling);
  // Only wrong-language reads the identification: nothing to ask when it is switched off.
  const runner = options.runner ?? {};
  const registry = runner.checks ?? CHECKS;
  const identification =
    registry.includes(wrongLanguage) && isSelected(wrongLanguage, runner)
      ? identifyOffTarget(units, languages.source.code, languages.target.code)
      : Promise.resolve([]);
  const checkUnits: CheckUnit[] = units.map((u, index) => ({
    index,
    source: u.source,
    target: u.target,
    sourceSentences: u.sourceTexts,
    targetSentences: u.targetTexts,
    similarity: similarities[index] ?? null,
    misspellings: misspellings?.[index] ?? null,
  }));
  const lengthStats = computeLengthStats(checkUnits);
  const stats = similarityStats(similarities);
  const ctx: CheckContext = {
    sourceLang: languages.source.code,
    targetLang: languages.target.code,
    lengthStats,
    similarityStats: stats,
    spellingAvailable: misspellings !== null,
    translations: translationLexicon(languages.source.code, languages.target.code),
    targetTokenised: isTokenisedDocument(units.map((u) => u.target)),
    glossary:
      typeof options.glossary === 'function'
        ? options.glossary(languages.source.code, languages.target.code)
        : (options.glossary ?? []),
    memory: options.memory?.(languages.source.code, languages.target.code) ?? null,
  };
  const { sourceLexicons, targetLexicons } = weightsFor(options);
  const sourceLexicon = sourceLexicons?.[languages.source.code] ?? null;
  const targetLexicon = targetLexicons?.[languages.target.code] ?? null;
  const measured: FeatureVector[] = [];
  const measure = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const unit = units[i];
      if (!unit) continue;
      measured[i] = textFeatures({
        source: unit.source,
        target: unit.target,
        sourceLang: languages.source.code,
        targetLang: languages.target.code,
        lengthStats,
        similarity: similarities[i] ?? null,
        similarityZ: similarityZOf(similarities[i] ?? null, stats),
        sourceLexicon,
        targetLexicon,
      });
    }
  };
  // The identification runs in its worker while every other check runs here; wrong-language waits for it.
  const others = runChecks(checkUnits, ctx, {
    ...runner,
    checks: registry.filter((check) => check !== wrongLanguage),
    afterBlock: measure,
  });
  const targetLanguages = await identification;
  const identified = checkUnits.map((unit, index) => ({
    ...unit,
    targetLanguageScores: targetLanguages[index] ?? null,
  }));
  const checks = mergeRuns(
    registry,
    others,
    runChecks(identified, ctx, { ...runner, checks: registry.filter((check) => check === wrongLanguage) }),
  );
  const features = units.map((_, i) => ({ ...flagFeatures(checks.flags[i] ?? []), ...measured[i] }));
  return { checks, similarities, features, modelRan: similarities.some((s) => s !== null) };
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** Checks, model similarity and risk for units that are already aligned: the step every front end shares. */
export async function scoreUnits(
  units: readonly UnitInput[],
  languages: { source: LanguageInfo; target: LanguageInfo },
  options: AnalyzeOptions = {},
): Promise<AnalyzedDocument> {
  const { checks, similarities, features, modelRan } = await featurizeUnits(units, languages, options);
  const weights = weightsFor(options);
  const riskModel = chooseRiskModel(weights, {
    modelRan,
    sourceLang: languages.source.code,
    targetLang: languages.target.code,
  });
  const threshold = options.threshold ?? riskModel.threshold;
  const sourceLexicon = weights.sourceLexicons?.[languages.source.code];
  const targetLexicon = weights.targetLexicons?.[languages.target.code];
  const analyzed: AnalyzedUnit[] = units.map((u, i) => {
    const scored = scoreRisk(features[i] ?? {}, riskModel);
    let reasons = scored.reasons;
    if (sourceLexicon) reasons = lexiconReason(reasons, u.source, languages.source.code, sourceLexicon);
    if (targetLexicon)
      reasons = lexiconReason(reasons, u.target, languages.target.code, targetLexicon, {
        prefix: 'target-lexicon',
        sourceLang: languages.source.code,
      });
    reasons = unknownWordsReason(reasons, u.target, languages.target.code);
    const risk = scored.risk;
    const similarity = similarities[i] ?? null;
    return {
      id: u.id,
      source: u.source,
      target: u.target,
      sourceSentences: u.sourceSentences,
      targetSentences: u.targetSentences,
      risk: round(risk),
      flagged: risk >= threshold,
      similarity: similarity === null ? null : round(similarity),
      flags: oneFlagPerError(checks.flags[i] ?? [], u),
      reasons,
    };
  });
  return {
    sourceLang: languages.source,
    targetLang: languages.target,
    units: analyzed,
    checksRun: checks.ran,
    checksSkipped: checks.skipped,
    threshold,
    modelUsed: modelRan ? (options.embedder?.modelId ?? null) : null,
  };
}

/**
 * Cosine similarity of the summed embeddings of a run of source and a run of target sentences. The
 * aligner asks for the same runs again and again, so each run's sum is computed once.
 */
function spanSimilarity(sourceVectors: Float32Array[], targetVectors: Float32Array[]) {
  const runSums = (vectors: Float32Array[]) => {
    const cache = new Map<number, Float32Array>();
    return (start: number, count: number): Float32Array => {
      const key = start * 8 + count; // runs join at most three sentences
      const cached = cache.get(key);
      if (cached) return cached;
      const sum = new Float32Array(vectors[start]?.length ?? 0);
      for (let k = start; k < start + count; k++) vectors[k]?.forEach((x, d) => (sum[d] = (sum[d] ?? 0) + x));
      cache.set(key, sum);
      return sum;
    };
  };
  const source = runSums(sourceVectors);
  const target = runSums(targetVectors);
  return (i: number, a: number, j: number, b: number): number => cosine(source(i, a), target(j, b));
}

/** Builds units from the aligner's beads; ids are stable for a given document ("u1", "u2", …). */
export function unitsFromBeads(
  beads: readonly { source: number[]; target: number[] }[],
  source: readonly Sentence[],
  target: readonly Sentence[],
): UnitInput[] {
  return beads.map((bead, k) => {
    const texts = beadTexts(bead, source, target);
    return {
      id: `u${k + 1}`,
      source: texts.source,
      target: texts.target,
      sourceSentences: bead.source,
      targetSentences: bead.target,
      sourceTexts: texts.sourceSentences,
      targetTexts: texts.targetSentences,
    };
  });
}

export interface DocumentAlignment {
  sourceLang: LanguageInfo;
  targetLang: LanguageInfo;
  sourceSegments: Sentence[];
  targetSegments: Sentence[];
  units: UnitInput[];
}

/** Languages → segment → align: the first half of the pipeline, which `mt-review align` prints. */
export async function alignDocuments(
  input: AnalyzeInput,
  embedder?: Embedder | null,
): Promise<DocumentAlignment> {
  const [sourceLang, targetLang] = await Promise.all([
    resolveLanguage(input.sourceLang, input.source),
    resolveLanguage(input.targetLang, input.target),
  ]);
  const sourceSegments = segment(input.source, sourceLang.code);
  const targetSegments = segment(input.target, targetLang.code);
  let similarity;
  if (embedder) {
    const vectors = await embedder.embed(
      [...sourceSegments, ...targetSegments].map((s) => s.text),
      'bulk',
    );
    if (vectors)
      similarity = spanSimilarity(
        vectors.slice(0, sourceSegments.length),
        vectors.slice(sourceSegments.length),
      );
  }
  const languages = { source: sourceLang.code, target: targetLang.code };
  const translations = translationLexicon(sourceLang.code, targetLang.code);
  const beads = alignSentences(
    sourceSegments,
    targetSegments,
    similarity ? { similarity, languages, translations } : { languages, translations },
  );
  return {
    sourceLang,
    targetLang,
    sourceSegments,
    targetSegments,
    units: unitsFromBeads(beads, sourceSegments, targetSegments),
  };
}

/** The one pipeline: languages → segment → align → checks → model → risk. */
export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<DocumentAnalysis> {
  const alignment = await alignDocuments(input, options.embedder);
  const analysis = await scoreUnits(
    alignment.units,
    { source: alignment.sourceLang, target: alignment.targetLang },
    options,
  );
  return { ...analysis, sourceSegments: alignment.sourceSegments, targetSegments: alignment.targetSegments };
}

/** Pre-aligned pairs (a TSV, JSONL, XLIFF or TMX file): one unit per pair, ids kept. */
export async function analyzePairs(
  pairs: readonly PairInput[],
  langs: { sourceLang?: string; targetLang?: string },
  options: AnalyzeOptions = {},
): Promise<AnalyzedDocument> {
  const { sourceLang, targetLang } = await pairLanguages(pairs, langs);
  return scoreUnits(unitsFromPairs(pairs), { source: sourceLang, target: targetLang }, options);
}

/** One unit per pre-aligned pair; an empty side is an omission or addition. */
export function unitsFromPairs(pairs: readonly PairInput[]): UnitInput[] {
  return pairs.map((p, k) => ({
    id: p.id,
    source: p.source,
    target: p.target,
    sourceSentences: p.source.trim() === '' ? [] : [k],
    targetSentences: p.target.trim() === '' ? [] : [k],
    sourceTexts: [p.source],
    targetTexts: [p.target],
  }));
}

/** Languages of a pairs file: as given, or detected on a sample of each side. */
export async function pairLanguages(
  pairs: readonly PairInput[],
  langs: { sourceLang?: string; targetLang?: string },
): Promise<{ sourceLang: LanguageInfo; targetLang: LanguageInfo }> {
  const sample = (side: 'source' | 'target'): string =>
    pairs
      .slice(0, 200)
      .map((p) => p[side])
      .join('\n');
  const [sourceLang, targetLang] = await Promise.all([
    resolveLanguage(langs.sourceLang, sample('source')),
    resolveLanguage(langs.targetLang, sample('target')),
  ]);
  return { sourceLang, targetLang };
}
