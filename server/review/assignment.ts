import type { DocumentSummary } from '../domain/api';
import { type Actor, type ServiceContext, requireEditorOrLead } from './context';
import { getDocumentSummary } from './document-view';
import { ServiceError, notFound } from './errors';

/**
 * Hands a document to a reviewer, by a day, or takes either back (null). Editors and QA leads decide who
 * works on what; the audit trail says who handed it to whom.
 */
export function assignDocument(
  ctx: ServiceContext,
  documentId: number,
  change: { assignedTo: number | null; dueDate: string | null },
  actor: Actor,
): DocumentSummary {
  requireEditorOrLead(actor, 'assign a document');
  const before = ctx.repos.documents.get(documentId);
  if (before?.purpose !== 'review') throw notFound(`document ${documentId}`);
  const assignee = change.assignedTo === null ? null : ctx.repos.users.byId(change.assignedTo);
  if (assignee === undefined)
    throw new ServiceError(422, 'unknown_user', `no one on the team has the id ${change.assignedTo}`);
  ctx.repos.db.transaction(() => {
    ctx.repos.documents.assign(documentId, assignee?.id ?? null, change.dueDate);
    ctx.repos.events.record({
      documentId,
      unitId: null,
      userId: actor.id,
      kind: 'assign',
      before: JSON.stringify({ assignedTo: before.assigned_to_name, dueDate: before.due_date }),
      after: JSON.stringify({ assignedTo: assignee?.name ?? null, dueDate: change.dueDate }),
    });
  })();
  return getDocumentSummary(ctx.repos, documentId);
}
