import type { Db } from '../connection';
import type { ApiGlossaryTerm } from '../../domain/api';

export interface GlossaryRow {
  id: number;
  source_lang: string;
  target_lang: string;
  source_term: string;
  target_term: string;
  forbidden: 0 | 1;
  note: string;
  created_by: number | null;
  created_by_name?: string | null;
  created_at: string;
}

/** A term to store: the API's fields, by the user who adds it. */
export type NewGlossaryEntry = Pick<
  ApiGlossaryTerm,
  'sourceLang' | 'targetLang' | 'sourceTerm' | 'targetTerm' | 'forbidden' | 'note'
> & { createdBy: number };

const SELECT =
  'SELECT g.*, u.name AS created_by_name FROM glossary g LEFT JOIN users u ON u.id = g.created_by';

export function glossaryQueries(db: Db) {
  const all = db.prepare<[], GlossaryRow>(
    `${SELECT} ORDER BY g.source_lang, g.target_lang, g.source_term COLLATE NOCASE, g.id`,
  );
  const forPair = db.prepare<[string, string], GlossaryRow>(
    `${SELECT} WHERE g.source_lang = ? AND g.target_lang = ? ORDER BY g.source_term COLLATE NOCASE, g.id`,
  );
  const get = db.prepare<[number], GlossaryRow>(`${SELECT} WHERE g.id = ?`);
  // A term entered twice keeps its first row, updated: an import may bring a note or the forbidden mark.
  const upsert = db.prepare<[string, string, string, string, number, string, number], GlossaryRow>(
    `INSERT INTO glossary (source_lang, target_lang, source_term, target_term, forbidden, note, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_lang, target_lang, source_term, target_term)
     DO UPDATE SET forbidden = excluded.forbidden, note = excluded.note
     RETURNING *`,
  );
  const remove = db.prepare<[number]>('DELETE FROM glossary WHERE id = ?');
  const save = (entry: NewGlossaryEntry): GlossaryRow => {
    const row = upsert.get(
      entry.sourceLang,
      entry.targetLang,
      entry.sourceTerm,
      entry.targetTerm,
      entry.forbidden ? 1 : 0,
      entry.note,
      entry.createdBy,
    );
    if (!row) throw new Error('glossary insert returned nothing');
    return row;
  };
  return {
    all: (): GlossaryRow[] => all.all(),
    forPair: (sourceLang: string, targetLang: string): GlossaryRow[] => forPair.all(sourceLang, targetLang),
    get: (id: number): GlossaryRow | undefined => get.get(id),
    save,
    remove: (id: number): boolean => remove.run(id).changes > 0,
  };
}
