import { refreshSearchIndex } from '../memory/search-index';
import type { ServiceContext } from './context';
import { recheckDocument } from './recheck';

/**
 * Re-checks the other documents of the pair that hold the same sentences as these units, whose approval
 * was just given or taken away: the translation-memory check holds each document to the approvals of
 * the others, and a reviewer who approves here expects the next story to say so at once.
 */
export async function recheckSharers(ctx: ServiceContext, unitIds: readonly number[]): Promise<void> {
  if (unitIds.length === 0) return;
  refreshSearchIndex(ctx.repos);
  const documents = new Set(unitIds.flatMap((id) => ctx.repos.memory.documentsSharingSource(id)));
  for (const id of documents) await recheckDocument(ctx, id);
}
