import type { DocumentSummary } from '../domain/api';
import { type Actor, type ServiceContext, requireEditorOrLead } from './context';
import { getDocumentSummary } from './document-view';
import { notFound } from './errors';

/**
 * Takes a document off the list, or puts it back: its units, review and audit trail stay as they are.
 * Editors and QA leads decide what the team works on; translators do not.
 */
export function setDocumentArchived(
  ctx: ServiceContext,
  documentId: number,
  archived: boolean,
  actor: Actor,
): DocumentSummary {
  requireEditorOrLead(actor, 'archive or restore a document');
  const before = ctx.repos.documents.get(documentId);
  if (!before) throw notFound(`document ${documentId}`);
  if ((before.archived_at !== null) !== archived)
    ctx.repos.db.transaction(() => {
      ctx.repos.documents.setArchived(documentId, archived);
      ctx.repos.events.record({
        documentId,
        unitId: null,
        userId: actor.id,
        kind: archived ? 'archive' : 'restore',
        before: before.archived_at,
        after: archived ? 'archived' : 'restored',
      });
    })();
  return getDocumentSummary(ctx.repos, documentId);
}
