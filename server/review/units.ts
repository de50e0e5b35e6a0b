import type { ApiUnit } from '../domain/api';
import type { FlagRow } from '../db/queries/flags';
import type { UnitRow } from '../db/queries/units';
import type { FlagDecision, MqmCategory, Severity, Side, UnitStatus } from '../domain/types';
import { type Actor, type ServiceContext, requireAuthorOrLead } from './context';
import { getUnit } from './document-view';
import { ServiceError, notFound } from './errors';
import { recheckSharers } from './memory-sync';
import { recheckDocument } from './recheck';
import { checkTransition, mayEditTarget } from './transitions';
import { alikeKey } from '../domain/flag-alike';

function requireUnit(ctx: ServiceContext, unitId: number) {
  const unit = ctx.repos.units.byId(unitId);
  if (!unit) throw notFound(`unit ${unitId}`);
  return unit;
}

export const approvedIsEditors = (): ServiceError =>
  new ServiceError(403, 'forbidden', 'an approved unit can only be changed by an editor or QA lead');

/**
 * Saves a unit's corrected translation (white space tidied) with its entry in the audit trail, if the
 * unit is still at `version`; the caller holds the transaction. Editing back to the machine
 * translation undoes the correction.
 */
export function writeTarget(
  ctx: ServiceContext,
  before: UnitRow,
  target: string,
  version: number,
  actor: Actor,
): boolean {
  const tidy = target.replace(/\s+/g, ' ').trim();
  const status: UnitStatus = tidy === before.target_mt ? (before.flagged ? 'flagged' : 'new') : 'corrected';
  if (!ctx.repos.units.setTarget(before.id, tidy, status, actor.id, version)) return false;
  ctx.repos.events.record({
    documentId: before.document_id,
    unitId: before.id,
    userId: actor.id,
    kind: 'edit',
    before: before.target,
    after: tidy,
  });
  return true;
}

export function conflict(ctx: ServiceContext, unitId: number): ServiceError {
  return new ServiceError(
    409,
    'version_conflict',
    'Someone else changed this unit; here is the current version',
    getUnit(ctx.repos, unitId),
  );
}

/**
 * Saves a corrected target (optimistic locking on `version`), then re-checks the document. An edit
 * that applies a flag's fix or suggestion (`flag`) confirms that flag: the reviewer agreed the error
 * was there, and the error report keeps it once the translation no longer has it.
 */
export async function editUnit(
  ctx: ServiceContext,
  unitId: number,
  change: { target: string; version: number; flag?: number | undefined },
  actor: Actor,
): Promise<ApiUnit> {
  const before = requireUnit(ctx, unitId);
  if (!mayEditTarget(actor.role, before.status)) throw approvedIsEditors();
  const applied = change.flag === undefined ? undefined : ctx.repos.flags.byId(change.flag);
  if (change.flag !== undefined && applied?.unit_id !== unitId)
    throw new ServiceError(422, 'invalid_flag', `flag ${change.flag} is not one of unit ${unitId}'s`);
  ctx.repos.db.transaction(() => {
    if (applied && applied.decision !== 'confirmed')
      recordDecision(ctx, applied, before.document_id, 'confirmed', actor);
    if (!writeTarget(ctx, before, change.target, change.version, actor)) throw conflict(ctx, unitId);
  })();
  await recheckDocument(ctx, before.document_id);
  // An edit takes the approval away (writeTarget): other documents' memory of the sentence changes.
  if (before.status === 'approved') await recheckSharers(ctx, [{ unitId, target: before.target }]);
  return getUnit(ctx.repos, unitId);
}

export async function setUnitStatus(
  ctx: ServiceContext,
  unitId: number,
  change: { status: UnitStatus; version: number; comment?: string },
  actor: Actor,
): Promise<ApiUnit> {
  const unit = requireUnit(ctx, unitId);
  const verdict = checkTransition(actor.role, unit.status, change.status, unit.target !== unit.target_mt);
  if (!verdict.allowed) {
    throw verdict.forbidden
      ? new ServiceError(403, 'forbidden', verdict.reason)
      : new ServiceError(422, 'invalid_transition', verdict.reason);
  }
  ctx.repos.db.transaction(() => {
    const saved = ctx.repos.units.setStatus(unitId, change.status, actor.id, change.version);
    if (!saved) throw conflict(ctx, unitId);
    // A translator who says the flags were wrong has dismissed them; the flagger learns from that.
    if (change.status === 'no_error') {
      for (const flag of ctx.repos.flags.byUnit(unitId))
        if (flag.decision === 'open') ctx.repos.flags.decide(flag.id, 'dismissed', actor.id);
    }
    ctx.repos.events.record({
      documentId: unit.document_id,
      unitId,
      userId: actor.id,
      kind: 'status',
      before: unit.status,
      after: JSON.stringify({ status: change.status, comment: change.comment ?? null }),
    });
  })();
  if (unit.status === 'approved' || change.status === 'approved')
    await recheckSharers(ctx, [{ unitId, target: unit.target }]);
  return getUnit(ctx.repos, unitId);
}

export interface IssueInput {
  category: MqmCategory;
  severity: Severity;
  side: Side;
  start?: number;
  end?: number;
  comment?: string;
}

export function addIssue(ctx: ServiceContext, unitId: number, input: IssueInput, actor: Actor): ApiUnit {
  const unit = requireUnit(ctx, unitId);
  // An annotation marks an error of the machine translation: its span is read in the machine's text.
  const text = input.side === 'source' ? unit.source : unit.target_mt;
  const hasSpan = input.start !== undefined || input.end !== undefined;
  const start = input.start ?? 0;
  const end = input.end ?? text.length;
  if (hasSpan && (start < 0 || end > text.length || start >= end)) {
    throw new ServiceError(
      422,
      'invalid_span',
      `the span ${start}–${end} is outside the ${input.side === 'source' ? 'source' : 'machine translation'} (0–${text.length})`,
    );
  }
  ctx.repos.db.transaction(() => {
    const issue = ctx.repos.issues.insert({
      unitId,
      category: input.category,
      severity: input.severity,
      side: input.side,
      start: hasSpan ? start : null,
      end: hasSpan ? end : null,
      comment: input.comment ?? '',
      createdBy: actor.id,
    });
    ctx.repos.events.record({
      documentId: unit.document_id,
      unitId,
      userId: actor.id,
      kind: 'issue',
      after: JSON.stringify(issue),
    });
  })();
  return getUnit(ctx.repos, unitId);
}

/**
 * Takes back an annotation made by mistake: its author may, and a QA lead, who answers for the error
 * report. The audit trail keeps what it said.
 */
export function removeIssue(ctx: ServiceContext, issueId: number, actor: Actor): ApiUnit {
  const issue = ctx.repos.issues.byId(issueId);
  if (!issue) throw notFound(`annotation ${issueId}`);
  requireAuthorOrLead(issue.created_by, actor, 'an annotation');
  const unit = requireUnit(ctx, issue.unit_id);
  ctx.repos.db.transaction(() => {
    ctx.repos.issues.remove(issueId);
    ctx.repos.events.record({
      documentId: unit.document_id,
      unitId: unit.id,
      userId: actor.id,
      kind: 'issue-removed',
      before: JSON.stringify(issue),
    });
  })();
  return getUnit(ctx.repos, unit.id);
}

/** How a reviewer confirming a flag judges the error, where not as the check did. */
type Judgement = { severity?: Severity | undefined; category?: MqmCategory | undefined };

/** A stored flag as alikeKey() reads it, against its unit's text as checked. */
const alikeKeyOf = (flag: FlagRow, unit: UnitRow): string =>
  alikeKey(
    {
      check: flag.check_id,
      side: flag.side,
      span:
        flag.span_start === null || flag.span_end === null
          ? null
          : { start: flag.span_start, end: flag.span_end },
      message: flag.message,
    },
    unit,
  );

/**
 * A reviewer's decision on a flag — a confirmation with the severity and category they judge the error
 * to have, where not the check's — and, with `alike`, on every open flag of the document that is the
 * same check on the same words — a name the spelling check does not know, in every sentence it is in —
 * in one transaction, each in the audit trail.
 */
export function decideFlag(
  ctx: ServiceContext,
  flagId: number,
  decision: FlagDecision,
  actor: Actor,
  options: { alike?: boolean } & Judgement = {},
): ApiUnit {
  const { alike = false, ...judged } = options;
  const flag = ctx.repos.flags.byId(flagId);
  if (!flag) throw notFound(`flag ${flagId}`);
  const unit = requireUnit(ctx, flag.unit_id);
  ctx.repos.db.transaction(() => {
    recordDecision(ctx, flag, unit.document_id, decision, actor, judged);
    if (!alike) return;
    const units = new Map(ctx.repos.units.byDocument(unit.document_id).map((row) => [row.id, row]));
    const key = alikeKeyOf(flag, unit);
    for (const other of ctx.repos.flags.byDocument(unit.document_id)) {
      const its = units.get(other.unit_id);
      if (other.id === flag.id || other.decision !== 'open' || other.resolved === 1 || !its) continue;
      if (alikeKeyOf(other, its) === key)
        recordDecision(ctx, other, unit.document_id, decision, actor, judged);
    }
  })();
  return getUnit(ctx.repos, unit.id);
}

/** A reviewer's decision on a flag, and its entry in the audit trail; the caller holds the transaction. */
function recordDecision(
  ctx: ServiceContext,
  flag: FlagRow,
  documentId: number,
  decision: FlagDecision,
  actor: Actor,
  judged: Judgement = {},
): void {
  ctx.repos.flags.decide(flag.id, decision, actor.id, judged);
  ctx.repos.events.record({
    documentId,
    unitId: flag.unit_id,
    userId: actor.id,
    kind: 'flag-decision',
    before: flag.decision,
    after: JSON.stringify({ flag: flag.id, check: flag.check_id, decision, ...judged }),
  });
}
