import type { GlossaryEntry } from '../../domain/types';

export interface GlossaryIndex {
  forbidden: readonly GlossaryEntry[];
  /** Each source term's approved translations. */
  approvedBySource: ReadonlyMap<string, readonly GlossaryEntry[]>;
  /** Each source term's renderings not to use. */
  forbiddenBySource: ReadonlyMap<string, readonly GlossaryEntry[]>;
}

const indexes = new WeakMap<readonly GlossaryEntry[], GlossaryIndex>();

/** The glossary sorted once per document, not once per unit. */
export function indexed(glossary: readonly GlossaryEntry[]): GlossaryIndex {
  const known = indexes.get(glossary);
  if (known) return known;
  const approvedBySource = new Map<string, GlossaryEntry[]>();
  const forbiddenBySource = new Map<string, GlossaryEntry[]>();
  for (const entry of glossary) {
    const bySource = entry.forbidden ? forbiddenBySource : approvedBySource;
    bySource.set(entry.sourceTerm, [...(bySource.get(entry.sourceTerm) ?? []), entry]);
  }
  const index = {
    forbidden: glossary.filter((entry) => entry.forbidden),
    approvedBySource,
    forbiddenBySource,
  };
  indexes.set(glossary, index);
  return index;
}
