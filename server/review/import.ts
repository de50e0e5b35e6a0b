import { type AnalyzeInput, type PairInput, analyze, analyzePairs } from '../analysis/analyze';
import { glossaryFor } from './glossary-entries';
import { approvedMemory } from '../memory/translation-memory';
import type { AnalyzedDocument, Sentence } from '../domain/types';
import type { Actor, ServiceContext } from './context';
import type { OriginalFile, WordFile } from '../ingest/index';

export interface ImportRequest {
  title: string;
  sourceLang?: string;
  targetLang?: string;
  /** The bilingual file the pairs came from, kept to write the reviewed translation back into. */
  original?: OriginalFile;
  /** The Word file the translation came in, kept to write the reviewed translation back into. */
  word?: WordFile;
}

/** Stores an analysed document: the document, its units, their sentences and flags, in one transaction. */
function store(
  ctx: ServiceContext,
  request: ImportRequest,
  analysis: AnalyzedDocument,
  kind: 'document' | 'pairs',
  actor: Actor | null,
  segments: { source: Sentence[]; target: Sentence[] } | null,
): number {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    const documentId = repos.documents.insert({
      title: request.title,
      sourceLang: analysis.sourceLang.code,
      targetLang: analysis.targetLang.code,
      sourceLangDetected: analysis.sourceLang.detected,
      targetLangDetected: analysis.targetLang.detected,
      kind,
      threshold: analysis.threshold,
      model: analysis.modelUsed,
      checksRun: analysis.checksRun,
      createdBy: actor?.id ?? null,
    });
    analysis.units.forEach((unit, position) => {
      const unitId = repos.units.insert(documentId, {
        position,
        externalId: unit.id,
        source: unit.source,
        target: unit.target,
        status: unit.flagged ? 'flagged' : 'new',
      });
      const sentence = (side: 'source' | 'target', index: number) => ({
        index,
        text: segments?.[side][index]?.text ?? unit[side],
        paragraph: segments?.[side][index]?.paragraph ?? null,
      });
      for (const index of unit.sourceSentences)
        repos.units.insertSentence(unitId, 'source', sentence('source', index));
      for (const index of unit.targetSentences)
        repos.units.insertSentence(unitId, 'target', sentence('target', index));
      repos.units.setScore(unitId, {
        risk: unit.risk,
        flagged: unit.flagged,
        similarity: unit.similarity,
        reasons: JSON.stringify(unit.reasons),
      });
      repos.flags.replaceForUnit(unitId, unit.flags, unit);
    });
    if (request.original) repos.originalFiles.insert(documentId, request.original);
    if (request.word) repos.wordFiles.insert(documentId, request.word);
    repos.events.record({
      documentId,
      unitId: null,
      userId: actor?.id ?? null,
      kind: 'import',
      after: JSON.stringify({
        units: analysis.units.length,
        flagged: analysis.units.filter((u) => u.flagged).length,
      }),
    });
    return documentId;
  })();
}

export async function importDocument(
  ctx: ServiceContext,
  request: ImportRequest & Omit<AnalyzeInput, 'sourceLang' | 'targetLang'>,
  actor: Actor | null,
): Promise<number> {
  const analysis = await analyze(
    {
      source: request.source,
      target: request.target,
      ...(request.sourceLang ? { sourceLang: request.sourceLang } : {}),
      ...(request.targetLang ? { targetLang: request.targetLang } : {}),
    },
    {
      embedder: ctx.embedder,
      spelling: ctx.spelling ?? null,
      glossary: (sourceLang, targetLang) => glossaryFor(ctx.repos, sourceLang, targetLang),
      memory: (sourceLang, targetLang) => approvedMemory(ctx.repos, sourceLang, targetLang, null),
    },
  );
  return store(ctx, request, analysis, 'document', actor, {
    source: analysis.sourceSegments,
    target: analysis.targetSegments,
  });
}

export async function importPairs(
  ctx: ServiceContext,
  request: ImportRequest & { pairs: PairInput[] },
  actor: Actor | null,
): Promise<number> {
  const analysis = await analyzePairs(
    request.pairs,
    { sourceLang: request.sourceLang, targetLang: request.targetLang },
    {
      embedder: ctx.embedder,
      spelling: ctx.spelling ?? null,
      glossary: (sourceLang, targetLang) => glossaryFor(ctx.repos, sourceLang, targetLang),
      memory: (sourceLang, targetLang) => approvedMemory(ctx.repos, sourceLang, targetLang, null),
    },
  );
  return store(ctx, request, analysis, 'pairs', actor, null);
}
