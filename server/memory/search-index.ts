import type { Repositories } from '../db/repositories';
import { searchable } from '../text/normalize';

/** How far back a search looks again for units another process may have written while it indexed. */
const OVERLAP_MS = 60_000;

/**
 * Brings the search index up to date with every unit changed since the last search, in one
 * transaction: the index is only ever read through this, so no write path needs to remember it.
 */
export function refreshSearchIndex(repos: Repositories): void {
  const memory = repos.memory;
  repos.db.transaction(() => {
    const since = memory.indexedThrough();
    for (const unit of memory.staleSince(since))
      memory.index(unit.id, searchable(unit.source), searchable(unit.target), unit.version);
    const last = memory.lastChange();
    if (last === null) return;
    // Timestamps come from each writer's clock and transaction: look a minute back next time.
    memory.setIndexedThrough(new Date(Date.parse(last) - OVERLAP_MS).toISOString());
  })();
}
