import { z } from 'zod';
import type { HistoryEntry } from '../domain/api';
import type { EventRow } from '../db/queries/events';
import type { ServiceContext } from './context';
import { notFound } from './errors';

/** The audit trail's payloads, as the review services write them. */
const StatusAfter = z.object({ status: z.string(), comment: z.string().nullable().optional() });
const FlagDecisionAfter = z.object({ check: z.string(), decision: z.string() });
const IssueAfter = z.object({
  category: z.string(),
  severity: z.string(),
  side: z.string(),
  comment: z.string().optional(),
});
const CommentPayload = z.object({ body: z.string(), by: z.string().nullable().optional() });
const AssignPayload = z.object({ assignedTo: z.string().nullable(), dueDate: z.string().nullable() });
const ImportAfter = z.object({ units: z.number(), flagged: z.number() });
const RealignAfter = z.discriminatedUnion('action', [
  z.object({ action: z.literal('split'), sourceKeep: z.number(), targetKeep: z.number() }),
  z.object({ action: z.literal('merge-next') }),
  z.object({ action: z.literal('move'), side: z.string(), to: z.string() }),
]);

const DECIDED: Readonly<Record<string, string>> = {
  confirmed: 'confirmed',
  dismissed: 'dismissed',
  open: 'reopened',
};

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function json(text: string | null): unknown {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
}

/** A status change's new status and the reviewer's comment, from its entry in the audit trail. */
export function readStatusChange(event: EventRow): { status: string; comment: string } | null {
  const after = StatusAfter.safeParse(json(event.after));
  return after.success ? { status: after.data.status, comment: after.data.comment ?? '' } : null;
}

/** A flag decision's check and decision, from its entry in the audit trail. */
export function readFlagDecision(event: EventRow): { check: string; decision: string } | null {
  const after = FlagDecisionAfter.safeParse(json(event.after));
  return after.success ? after.data : null;
}

/** What an entry of the audit trail says happened, in words; null for a payload this version cannot read. */
function describe(event: EventRow): Pick<HistoryEntry, 'summary' | 'comment'> | null {
  switch (event.kind) {
    case 'edit':
      return { summary: 'edited the translation' };
    case 'status': {
      const change = readStatusChange(event);
      if (!change) return null;
      return {
        summary: `set the status to ${change.status.replace('_', ' ')}`,
        comment: change.comment || undefined,
      };
    }
    case 'flag-decision': {
      const decided = readFlagDecision(event);
      if (!decided) return null;
      return { summary: `${DECIDED[decided.decision] ?? decided.decision} the ${decided.check} flag` };
    }
    case 'issue': {
      const after = IssueAfter.safeParse(json(event.after));
      if (!after.success) return null;
      const { category, severity, side, comment } = after.data;
      return {
        summary: `marked a ${severity} ${category} error in the ${side}`,
        comment: comment || undefined,
      };
    }
    case 'issue-removed': {
      const before = IssueAfter.safeParse(json(event.before));
      if (!before.success) return null;
      const { category, severity, side } = before.data;
      return { summary: `removed the ${severity} ${category} error marked in the ${side}` };
    }
    case 'comment': {
      const after = CommentPayload.safeParse(json(event.after));
      return after.success ? { summary: 'commented', comment: after.data.body } : null;
    }
    case 'comment-removed': {
      const before = CommentPayload.safeParse(json(event.before));
      if (!before.success) return null;
      return {
        summary: `removed a comment${before.data.by ? ` by ${before.data.by}` : ''}`,
        comment: before.data.body,
      };
    }
    case 'realign': {
      const after = RealignAfter.safeParse(json(event.after));
      if (!after.success) return null;
      const request = after.data;
      if (request.action === 'merge-next') return { summary: 'merged the unit with the next' };
      if (request.action === 'split')
        return {
          summary: `split the unit, keeping ${plural(request.sourceKeep, 'source sentence')} and ${plural(request.targetKeep, 'target sentence')}`,
        };
      const which = request.to === 'previous' ? 'first' : 'last';
      return { summary: `moved the ${which} ${request.side} sentence to the ${request.to} unit` };
    }
    case 'import': {
      const after = ImportAfter.safeParse(json(event.after));
      if (!after.success) return null;
      return {
        summary: `imported the document: ${plural(after.data.units, 'unit')}, ${after.data.flagged} flagged`,
      };
    }
    case 'assign': {
      const after = AssignPayload.safeParse(json(event.after));
      if (!after.success) return null;
      const { assignedTo, dueDate } = after.data;
      const due = dueDate ? `, due ${dueDate}` : '';
      return {
        summary: assignedTo
          ? `assigned the document to ${assignedTo}${due}`
          : `took the document off anyone's list${due}`,
      };
    }
    case 'archive':
      return { summary: 'archived the document' };
    case 'restore':
      return { summary: 'restored the document' };
    default:
      return null;
  }
}

function entries(events: readonly EventRow[], positions: ReadonlyMap<number, number>): HistoryEntry[] {
  return events.flatMap((event) => {
    const said = describe(event);
    if (!said) return [];
    const position = event.unit_id === null ? undefined : positions.get(event.unit_id);
    return [
      {
        id: event.id,
        at: event.at,
        user: event.user_name ?? null,
        kind: event.kind,
        unitId: event.unit_id,
        unit: position === undefined ? null : position + 1,
        ...said,
        ...(event.kind === 'edit' ? { before: event.before ?? '', after: event.after ?? '' } : {}),
      },
    ];
  });
}

/** Who did what to a unit and when, oldest first: edits with the text before and after, decisions, annotations. */
export function unitHistory(ctx: ServiceContext, unitId: number): HistoryEntry[] {
  const unit = ctx.repos.units.byId(unitId);
  if (!unit) throw notFound(`unit ${unitId}`);
  return entries(ctx.repos.events.byUnit(unitId), new Map([[unit.id, unit.position]]));
}

/** The whole document's audit trail, oldest first, each entry with the number of its unit as the page shows it. */
export function documentHistory(ctx: ServiceContext, documentId: number): HistoryEntry[] {
  if (!ctx.repos.documents.get(documentId)) throw notFound(`document ${documentId}`);
  const positions = new Map(ctx.repos.units.byDocument(documentId).map((u) => [u.id, u.position]));
  return entries(ctx.repos.events.byDocument(documentId), positions);
}
