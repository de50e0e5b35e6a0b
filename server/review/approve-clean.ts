import type { DocumentDetail } from '../domain/api';
import type { FlagDecision } from '../domain/types';
import type { Actor, ServiceContext } from './context';
import { getDocument } from './document-view';
import { type ApprovalChange, recheckSharers } from './memory-sync';
import { ServiceError, notFound } from './errors';
import { approvableAtOnce, checkTransition } from './transitions';

/** What the audit trail says of a unit approved this way, beside the status. */
const COMMENT = 'approved with every unit that had no finding';

/**
 * Approves at once every unit no one needs to look at (approvableAtOnce). A unit that was flagged,
 * edited, cleared by a translator or has a finding still waits for the editor's own decision. One
 * transaction; each unit gets its own entry in the audit trail.
 */
export async function approveUnitsWithoutFindings(
  ctx: ServiceContext,
  documentId: number,
  actor: Actor,
): Promise<{ approved: number; document: DocumentDetail }> {
  const verdict = checkTransition(actor.role, 'new', 'approved', false);
  if (!verdict.allowed) throw new ServiceError(403, 'forbidden', verdict.reason);
  if (!ctx.repos.documents.get(documentId)) throw notFound(`document ${documentId}`);
  const approved: ApprovalChange[] = [];
  ctx.repos.db.transaction(() => {
    const decisions = new Map<number, FlagDecision[]>();
    for (const flag of ctx.repos.flags.byDocument(documentId))
      decisions.set(flag.unit_id, [...(decisions.get(flag.unit_id) ?? []), flag.decision]);
    for (const unit of ctx.repos.units.byDocument(documentId)) {
      if (!approvableAtOnce(unit.status, decisions.get(unit.id) ?? [])) continue;
      if (!ctx.repos.units.setStatus(unit.id, 'approved', actor.id, unit.version)) continue;
      ctx.repos.events.record({
        documentId,
        unitId: unit.id,
        userId: actor.id,
        kind: 'status',
        before: unit.status,
        after: JSON.stringify({ status: 'approved', comment: COMMENT }),
      });
      approved.push({ unitId: unit.id, target: unit.target });
    }
  })();
  await recheckSharers(ctx, approved);
  return { approved: approved.length, document: getDocument(ctx.repos, documentId) };
}
