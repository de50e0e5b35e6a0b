import { refreshSearchIndex } from '../memory/search-index';
import type { ServiceContext } from './context';
import { recheckDocument } from './recheck';

/** A unit whose approval was given or taken away, and the translation that was (or is) approved. */
export interface ApprovalChange {
  unitId: number;
  target: string;
}

/**
 * Re-checks the other documents of the pair that hold the same sentences as these units, whose approval
 * was just given or taken away: the translation-memory check holds each document to the approvals of
 * the others, and a reviewer who approves here expects the next story to say so at once. Documents that
 * translate the sentence as approved are left alone: a headline or byline in every story ("World") would
 * otherwise re-check them all at each approval.
 */
export async function recheckSharers(ctx: ServiceContext, changes: readonly ApprovalChange[]): Promise<void> {
  if (changes.length === 0) return;
  refreshSearchIndex(ctx.repos);
  const documents = new Set(
    changes.flatMap((change) => ctx.repos.memory.documentsSharingSource(change.unitId, change.target)),
  );
  for (const id of documents) await recheckDocument(ctx, id);
}
