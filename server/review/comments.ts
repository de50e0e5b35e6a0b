import type { ApiUnit } from '../domain/api';
import { type Actor, type ServiceContext, requireAuthorOrLead } from './context';
import { getUnit } from './document-view';
import { notFound } from './errors';

/**
 * Adds a remark to a unit's discussion — a translator answering a rejection, an editor asking about a
 * term — with its entry in the audit trail. Anyone on the team may; the unit's status does not change.
 */
export function addComment(ctx: ServiceContext, unitId: number, body: string, actor: Actor): ApiUnit {
  const unit = ctx.repos.units.byId(unitId);
  if (!unit) throw notFound(`unit ${unitId}`);
  ctx.repos.db.transaction(() => {
    const comment = ctx.repos.comments.insert(unitId, actor.id, body);
    ctx.repos.events.record({
      documentId: unit.document_id,
      unitId,
      userId: actor.id,
      kind: 'comment',
      after: JSON.stringify({ id: comment.id, body }),
    });
  })();
  return getUnit(ctx.repos, unitId);
}

/** Takes a remark back: its author may, and a QA lead. The audit trail keeps what it said. */
export function removeComment(ctx: ServiceContext, commentId: number, actor: Actor): ApiUnit {
  const comment = ctx.repos.comments.byId(commentId);
  if (!comment) throw notFound(`comment ${commentId}`);
  requireAuthorOrLead(comment.created_by, actor, 'a comment');
  const unit = ctx.repos.units.byId(comment.unit_id);
  if (!unit) throw notFound(`unit ${comment.unit_id}`);
  ctx.repos.db.transaction(() => {
    ctx.repos.comments.remove(commentId);
    ctx.repos.events.record({
      documentId: unit.document_id,
      unitId: unit.id,
      userId: actor.id,
      kind: 'comment-removed',
      before: JSON.stringify({ id: comment.id, body: comment.body, by: comment.created_by_name }),
    });
  })();
  return getUnit(ctx.repos, unit.id);
}
