import type { Repositories } from '../db/repositories';
import type { GlossaryEntry } from '../domain/types';

/** The terminology check's entries for a language pair. */
export function glossaryFor(repos: Repositories, sourceLang: string, targetLang: string): GlossaryEntry[] {
  return repos.glossary.forPair(sourceLang, targetLang).map((row) => ({
    sourceTerm: row.source_term,
    targetTerm: row.target_term,
    forbidden: row.forbidden === 1,
    note: row.note,
  }));
}
