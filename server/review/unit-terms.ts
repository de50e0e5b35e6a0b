import { indexed } from '../checks/lang/glossary-index';
import type { ApiUnitTerm } from '../domain/api';
import type { GlossaryEntry } from '../domain/types';
import { findTerm } from '../text/term-match';

/** The glossary's terms a unit's source holds, in source order, each with what to write for it. */
export function termsInSource(
  source: string,
  sourceLang: string,
  glossary: readonly GlossaryEntry[],
): ApiUnitTerm[] {
  if (glossary.length === 0 || source === '') return [];
  const { approvedBySource, forbiddenBySource } = indexed(glossary);
  const terms: ApiUnitTerm[] = [];
  for (const sourceTerm of new Set([...approvedBySource.keys(), ...forbiddenBySource.keys()])) {
    const span = findTerm(source, sourceTerm, sourceLang);
    if (!span) continue;
    const approved = approvedBySource.get(sourceTerm) ?? [];
    const forbidden = forbiddenBySource.get(sourceTerm) ?? [];
    const notes = new Set(
      [...approved, ...forbidden].map((entry) => entry.note.trim()).filter((note) => note !== ''),
    );
    terms.push({
      sourceTerm,
      span,
      approved: approved.map((entry) => entry.targetTerm),
      forbidden: forbidden.map((entry) => entry.targetTerm),
      note: [...notes].join('; '),
    });
  }
  return terms.sort((a, b) => a.span.start - b.span.start);
}
