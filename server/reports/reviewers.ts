import type { EventRow } from '../db/queries/events';
import { readFlagDecision, readStatusChange } from '../review/history';

/** What one reviewer did to a document, counted from its audit trail. */
export interface ReviewerWork {
  name: string;
  /** Units whose translation they changed (each unit once, however often). */
  unitsEdited: number;
  approved: number;
  rejected: number;
  markedNoError: number;
  flagsConfirmed: number;
  flagsDismissed: number;
  errorsMarked: number;
}

const activity = (e: ReviewerWork): number =>
  e.unitsEdited +
  e.approved +
  e.rejected +
  e.markedNoError +
  e.flagsConfirmed +
  e.flagsDismissed +
  e.errorsMarked;

/**
 * Who reviewed the document and how much, most active first: the QA lead's view of the work behind the
 * score. A decision taken back counts as taken; the trail keeps both.
 */
export function reviewerWork(events: readonly EventRow[]): ReviewerWork[] {
  const work = new Map<string, ReviewerWork & { units: Set<number> }>();
  for (const event of events) {
    const name = event.user_name;
    if (!name) continue;
    const entry = work.get(name) ?? {
      name,
      units: new Set<number>(),
      unitsEdited: 0,
      approved: 0,
      rejected: 0,
      markedNoError: 0,
      flagsConfirmed: 0,
      flagsDismissed: 0,
      errorsMarked: 0,
    };
    work.set(name, entry);
    if (event.kind === 'edit' && event.unit_id !== null) entry.units.add(event.unit_id);
    if (event.kind === 'issue') entry.errorsMarked++;
    if (event.kind === 'status') {
      const status = readStatusChange(event)?.status;
      if (status === 'approved') entry.approved++;
      if (status === 'rejected') entry.rejected++;
      if (status === 'no_error') entry.markedNoError++;
    }
    if (event.kind === 'flag-decision') {
      const decision = readFlagDecision(event)?.decision;
      if (decision === 'confirmed') entry.flagsConfirmed++;
      if (decision === 'dismissed') entry.flagsDismissed++;
    }
  }
  return [...work.values()]
    .map(({ units, ...entry }) => ({ ...entry, unitsEdited: units.size }))
    .filter((e) => activity(e) > 0)
    .sort((a, b) => activity(b) - activity(a) || a.name.localeCompare(b.name));
}
