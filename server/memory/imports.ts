import type { MemoryImport } from '../domain/api';
import type { DocumentSummaryRow } from '../db/queries/documents';
import { loadMemory } from '../ingest/memory';
import { type Actor, type ServiceContext, requireEditorOrLead } from '../review/context';
import { ServiceError, notFound } from '../review/errors';
import { recheckPair } from '../review/recheck';
import { searchable } from '../text/normalize';

function importView(row: DocumentSummaryRow): MemoryImport {
  return {
    id: row.id,
    title: row.title,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    entries: row.units,
    createdBy: row.created_by_name,
    createdAt: row.created_at,
  };
}

/** The translation memories the team brought in, newest first. */
export function listMemories(ctx: Pick<ServiceContext, 'repos'>): MemoryImport[] {
  return ctx.repos.documents.memories().map(importView);
}

/**
 * Brings in a translation memory the team already has (a TMX from its CAT tool, or any aligned file):
 * its sentence pairs of the language pair become approved units of a memory document, which the
 * concordance, the editor's matches and the translation-memory check read like the team's own approvals.
 * One transaction; the documents of the pair are checked again against it.
 */
export async function importMemory(
  ctx: ServiceContext,
  upload: { bytes: Uint8Array; fileName: string; sourceLang: string; targetLang: string },
  actor: Actor | null,
): Promise<MemoryImport> {
  requireEditorOrLead(actor, 'change the translation memories');
  const { sourceLang, targetLang, fileName } = upload;
  const seen = new Set<string>();
  const pairs = (await loadMemory(upload.bytes, fileName))(sourceLang, targetLang).filter((pair) => {
    const key = `${searchable(pair.source)}\u0000${pair.target.trim()}`;
    if (pair.source.trim() === '' || pair.target.trim() === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (pairs.length === 0)
    throw new ServiceError(
      422,
      'no_pairs',
      `${fileName} holds no ${sourceLang} → ${targetLang} sentence pairs`,
    );
  const id = ctx.repos.db.transaction(() => {
    const documentId = ctx.repos.documents.insert({
      title: fileName,
      sourceLang,
      targetLang,
      sourceLangDetected: false,
      targetLangDetected: false,
      kind: 'pairs',
      threshold: 1,
      model: null,
      checksRun: [],
      createdBy: actor?.id ?? null,
      purpose: 'memory',
    });
    pairs.forEach((pair, position) =>
      ctx.repos.units.insert(documentId, {
        position,
        externalId: pair.id ?? String(position + 1),
        source: pair.source.trim(),
        target: pair.target.trim(),
        status: 'approved',
      }),
    );
    ctx.repos.events.record({
      documentId,
      unitId: null,
      userId: actor?.id ?? null,
      kind: 'import',
      after: JSON.stringify({ units: pairs.length, flagged: 0 }),
    });
    return documentId;
  })();
  await recheckPair(ctx, sourceLang, targetLang);
  const row = ctx.repos.documents.get(id);
  if (!row) throw notFound(`translation memory ${id}`);
  return importView(row);
}

/** Takes an imported translation memory away, with all its units; the pair's documents are checked again. */
export async function removeMemory(ctx: ServiceContext, id: number, actor: Actor | null): Promise<void> {
  requireEditorOrLead(actor, 'change the translation memories');
  const row = ctx.repos.documents.get(id);
  if (row?.purpose !== 'memory') throw notFound(`translation memory ${id}`);
  ctx.repos.db.transaction(() => ctx.repos.documents.removeMemory(id))();
  await recheckPair(ctx, row.source_lang, row.target_lang);
}
