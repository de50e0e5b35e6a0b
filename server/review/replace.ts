import type { DocumentDetail, ReplacePreview, ReplaceRequest } from '../domain/api';
import type { UnitRow } from '../db/queries/units';
import { textReplacer } from '../text/replace-text';
import type { Actor, ServiceContext } from './context';
import { getDocument } from './document-view';
import { ServiceError, notFound } from './errors';
import { type ApprovalChange, recheckSharers } from './memory-sync';
import { recheckDocument } from './recheck';
import { mayEditTarget } from './transitions';
import { approvedIsEditors, conflict, writeTarget } from './units';

interface Found {
  row: UnitRow;
  replaced: string;
  count: number;
}

/** The document's units whose translation holds the words, each with its translation after replacing. */
function findInTranslations(ctx: ServiceContext, documentId: number, request: ReplaceRequest): Found[] {
  const document = ctx.repos.documents.get(documentId);
  if (!document) throw notFound(`document ${documentId}`);
  const replace = textReplacer(request.find, request.replacement, document.target_lang, request);
  return ctx.repos.units.byDocument(documentId).flatMap((row) => {
    const { text, count } = replace(row.target);
    return count > 0 ? [{ row, replaced: text, count }] : [];
  });
}

/**
 * What replacing the words in every translation of the document would change, unit by unit, for the
 * reviewer to read before anything is written. A translator cannot change an approved unit: it is
 * listed, marked, and left as it is.
 */
export function previewReplace(
  ctx: ServiceContext,
  documentId: number,
  request: ReplaceRequest,
  actor: Actor,
): ReplacePreview {
  const units = findInTranslations(ctx, documentId, request).map(({ row, replaced, count }) => ({
    id: row.id,
    position: row.position,
    version: row.version,
    target: row.target,
    replaced,
    count,
    editable: mayEditTarget(actor.role, row.status),
  }));
  return { units, occurrences: units.reduce((sum, unit) => sum + (unit.editable ? unit.count : 0), 0) };
}

/**
 * Replaces the words in the translations of the units the reviewer chose from the preview, each at
 * the version the preview showed: all of them in one transaction, or none if any has changed since
 * (409, with the unit as it is now). Each change is an edit in the audit trail, and the document is
 * checked again once.
 */
export async function replaceInTranslations(
  ctx: ServiceContext,
  documentId: number,
  request: ReplaceRequest & { units: readonly { id: number; version: number }[] },
  actor: Actor,
): Promise<{ replaced: number; document: DocumentDetail }> {
  const found = new Map(findInTranslations(ctx, documentId, request).map((f) => [f.row.id, f]));
  const unapproved: ApprovalChange[] = [];
  ctx.repos.db.transaction(() => {
    for (const chosen of request.units) {
      const row = ctx.repos.units.byId(chosen.id);
      if (row?.document_id !== documentId)
        throw new ServiceError(422, 'invalid_unit', `unit ${chosen.id} is not in document ${documentId}`);
      if (row.version !== chosen.version) throw conflict(ctx, row.id);
      const hit = found.get(row.id);
      if (!hit)
        throw new ServiceError(
          422,
          'not_found_in_unit',
          `the translation of unit ${row.position + 1} does not hold “${request.find}”`,
        );
      if (!mayEditTarget(actor.role, row.status)) throw approvedIsEditors();
      if (!writeTarget(ctx, row, hit.replaced, chosen.version, actor)) throw conflict(ctx, row.id);
      if (row.status === 'approved') unapproved.push({ unitId: row.id, target: row.target });
    }
  })();
  if (request.units.length > 0) await recheckDocument(ctx, documentId);
  await recheckSharers(ctx, unapproved);
  return { replaced: request.units.length, document: getDocument(ctx.repos, documentId) };
}
