import { type UnitInput, scoreUnits } from '../analysis/analyze';
import type { UnitRow } from '../db/queries/units';
import { segment } from '../text/segmenter';
import type { ServiceContext } from './context';
import { glossaryFor } from './glossary-entries';
import { approvedMemory } from '../memory/translation-memory';
import { notFound } from './errors';

/** The document's units as the pipeline sees them, with the current (possibly edited) targets. */
function unitInputs(
  ctx: ServiceContext,
  documentId: number,
  targetLang: string,
  kind: 'document' | 'pairs',
): { rows: UnitRow[]; inputs: UnitInput[] } {
  const rows = ctx.repos.units.byDocument(documentId);
  const sentences = ctx.repos.units.sentencesByUnit(documentId);
  const inputs = rows.map((row): UnitInput => {
    const { source, target } = sentences.get(row.id) ?? { source: [], target: [] };
    const edited = row.target !== row.target_mt;
    const targetTexts = !edited
      ? target.map((s) => s.text)
      : kind === 'pairs'
        ? [row.target]
        : segment(row.target, targetLang).map((s) => s.text);
    return {
      id: row.external_id,
      source: row.source,
      target: row.target,
      sourceSentences: source.map((s) => s.index),
      targetSentences: target.map((s) => s.index),
      sourceTexts: source.map((s) => s.text),
      targetTexts: row.target.trim() === '' ? [] : targetTexts,
    };
  });
  return { rows, inputs };
}

/**
 * Re-runs checks, model and risk over a document after an edit or a re-alignment. Every unit is
 * re-scored because document-level checks and the length baseline depend on all of them; the
 * embedding cache keeps the model's share of the work to the changed text.
 */
export async function recheckDocument(ctx: ServiceContext, documentId: number): Promise<void> {
  const document = ctx.repos.documents.get(documentId);
  if (!document) throw notFound(`document ${documentId}`);
  const { rows, inputs } = unitInputs(ctx, documentId, document.target_lang, document.kind);
  const analysis = await scoreUnits(
    inputs,
    {
      source: { code: document.source_lang, detected: false },
      target: { code: document.target_lang, detected: false },
    },
    {
      embedder: ctx.embedder,
      spelling: ctx.spelling ?? null,
      threshold: document.threshold,
      priority: 'interactive',
      glossary: glossaryFor(ctx.repos, document.source_lang, document.target_lang),
      memory: (sourceLang, targetLang) => approvedMemory(ctx.repos, sourceLang, targetLang, documentId),
    },
  );
  ctx.repos.db.transaction(() => {
    analysis.units.forEach((unit, k) => {
      const row = rows[k];
      if (!row) return;
      ctx.repos.units.setScore(row.id, {
        risk: unit.risk,
        flagged: unit.flagged,
        similarity: unit.similarity,
        reasons: JSON.stringify(unit.reasons),
      });
      ctx.repos.flags.replaceForUnit(row.id, unit.flags, unit);
      // A unit nobody has reviewed yet is new or flagged as its risk now says; a reviewed one keeps its status.
      ctx.repos.unitLayout.syncStatus(row.id);
    });
    ctx.repos.documents.setAnalysis(documentId, analysis.modelUsed, analysis.checksRun);
  })();
}

/** Enough units to touch the checks' tables for a language pair; scoring them takes milliseconds. */
const WARM_UP_UNITS = 20;

/**
 * Loads what re-checking the stored documents needs — each target language's dictionary and the
 * tables the checks build on first use — by scoring the first units of one document per language
 * pair and storing nothing. After a restart, a reviewer's first correction otherwise waited for them.
 */
export async function warmUp(ctx: ServiceContext): Promise<void> {
  const pairs = new Set<string>();
  for (const document of ctx.repos.documents.list()) {
    const pair = `${document.source_lang}\0${document.target_lang}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const { inputs } = unitInputs(ctx, document.id, document.target_lang, document.kind);
    await scoreUnits(
      inputs.slice(0, WARM_UP_UNITS),
      {
        source: { code: document.source_lang, detected: false },
        target: { code: document.target_lang, detected: false },
      },
      { embedder: null, spelling: ctx.spelling ?? null, threshold: document.threshold },
    );
  }
}

/** Every stored document of the pair to review, checked again: its glossary or its memory changed. */
export async function recheckPair(
  ctx: ServiceContext,
  sourceLang: string,
  targetLang: string,
): Promise<void> {
  for (const id of ctx.repos.documents.idsOfPair(sourceLang, targetLang)) await recheckDocument(ctx, id);
}
