import type { Repositories } from '../db/repositories';
import { type ExportFile, buildTmx } from '../reports/exports';
import { searchable } from '../text/normalize';
import { whereApproved } from './translation-memory';

/**
 * The team's approved translations of a language pair from every document, as a TMX 1.4 memory for a
 * CAT tool or an MT engine's adaptation: one unit per sentence and translation (the latest approval of
 * each), with who approved it, when, and in which document.
 */
export function exportMemory(repos: Repositories, sourceLang: string, targetLang: string): ExportFile {
  const seen = new Set<string>();
  const units = repos.memory.approvedOfPair(sourceLang, targetLang).filter((row) => {
    const key = `${searchable(row.source)}\u0000${row.target.trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    fileName: `approved-${sourceLang}-${targetLang}.tmx`,
    contentType: 'application/x-tmx+xml; charset=utf-8',
    body: buildTmx(
      sourceLang,
      targetLang,
      units.map((row) => ({
        id: String(row.id),
        source: row.source,
        target: row.target,
        props: {
          'x-review-status': row.status,
          'x-document': whereApproved(row),
        },
        changed: { at: row.updated_at, by: row.updated_by_name },
      })),
    ),
  };
}
