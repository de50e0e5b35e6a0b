import type { Flag, FlagDecision } from '../../domain/types';
import type { Db } from '../connection';

export interface FlagRow {
  id: number;
  unit_id: number;
  check_id: string;
  category: string;
  severity: Flag['severity'];
  side: Flag['side'];
  span_start: number | null;
  span_end: number | null;
  message: string;
  fix: string | null;
  decision: FlagDecision;
  decided_by: number | null;
  decided_at: string | null;
  /** 1 for a confirmed flag the translation no longer has: the error was mended. */
  resolved: 0 | 1;
  /** The words the span marked when the flag was raised. */
  marked: string | null;
  /** The severity the reviewer who confirmed the flag gave the error, when not the check's. */
  reviewed_severity: Flag['severity'] | null;
  /** The MQM category the reviewer who confirmed the flag gave the error, when not the check's. */
  reviewed_category: string | null;
}

export function flagQueries(db: Db) {
  const insert = db.prepare<
    [
      number,
      string,
      string,
      string,
      string,
      number | null,
      number | null,
      string,
      string | null,
      FlagDecision,
      number | null,
      string | null,
      0 | 1,
      string | null,
      Flag['severity'] | null,
      string | null,
    ]
  >(
    `INSERT INTO flags (unit_id, check_id, category, severity, side, span_start, span_end, message, fix, decision, decided_by, decided_at, resolved, marked, reviewed_severity, reviewed_category)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byUnit = db.prepare<[number], FlagRow>('SELECT * FROM flags WHERE unit_id = ? ORDER BY id');
  const byDocument = db.prepare<[number], FlagRow>(
    'SELECT f.* FROM flags f JOIN units u ON u.id = f.unit_id WHERE u.document_id = ? ORDER BY f.id',
  );
  const deleteForUnit = db.prepare<[number]>('DELETE FROM flags WHERE unit_id = ?');
  const byId = db.prepare<[number], FlagRow>('SELECT * FROM flags WHERE id = ?');
  const relocate = db.prepare<[number, number | null, number | null, number]>(
    'UPDATE flags SET unit_id = ?, span_start = ?, span_end = ? WHERE id = ?',
  );
  const decide = db.prepare<[FlagDecision, number, Flag['severity'] | null, string | null, number]>(
    "UPDATE flags SET decision = ?, decided_by = ?, reviewed_severity = ?, reviewed_category = ?, decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
  );
  const decided = db.prepare<
    [],
    FlagRow & { source: string; target: string; source_lang: string; target_lang: string }
  >(
    `SELECT f.*, u.source, u.target_mt AS target, d.source_lang, d.target_lang FROM flags f
     JOIN units u ON u.id = f.unit_id JOIN documents d ON d.id = u.document_id WHERE f.decision != 'open'`,
  );
  return {
    byUnit: (unitId: number): FlagRow[] => byUnit.all(unitId),
    byDocument: (documentId: number): FlagRow[] => byDocument.all(documentId),
    byId: (id: number): FlagRow | undefined => byId.get(id),
    /** A flag moved with its words to another unit or place (a re-alignment); the re-check that follows keeps its decision. */
    relocate: (id: number, unitId: number, span: { start: number; end: number } | null): void => {
      relocate.run(unitId, span?.start ?? null, span?.end ?? null, id);
    },
    /**
     * Replaces a unit's flags after a re-check. A reviewer's decision on a flag that is still raised
     * (same check, side and message) is kept; a confirmed flag the translation no longer has stays,
     * resolved: the machine translation had that error, and the error report and `train --db` count it.
     * `texts` are the unit's source and translation as checked, for the words each flag marks.
     */
    replaceForUnit: (
      unitId: number,
      flags: readonly Flag[],
      texts: { source: string; target: string },
    ): void => {
      const keyOf = (check: string, side: string, message: string): string =>
        `${check}\u0000${side}\u0000${message}`;
      const rows = byUnit.all(unitId);
      const previous = new Map(rows.map((f) => [keyOf(f.check_id, f.side, f.message), f]));
      // A finding whose wording changed but not its words ("appears 3 times" where it appeared twice,
      // after a merge or an edit elsewhere in the unit) keeps the reviewer's ruling on those words.
      const ruledOnWords = new Map(
        rows.flatMap((f): [string, FlagRow][] =>
          f.decision !== 'open' && f.marked !== null ? [[keyOf(f.check_id, f.side, f.marked), f]] : [],
        ),
      );
      deleteForUnit.run(unitId);
      const carried = new Set<number>();
      for (const flag of flags) {
        const marked = flag.span ? texts[flag.side].slice(flag.span.start, flag.span.end) : null;
        const kept =
          previous.get(keyOf(flag.check, flag.side, flag.message)) ??
          (marked === null ? undefined : ruledOnWords.get(keyOf(flag.check, flag.side, marked)));
        if (kept) carried.add(kept.id);
        insert.run(
          unitId,
          flag.check,
          flag.category,
          flag.severity,
          flag.side,
          flag.span?.start ?? null,
          flag.span?.end ?? null,
          flag.message,
          flag.fix ?? null,
          kept?.decision ?? 'open',
          kept?.decided_by ?? null,
          kept?.decided_at ?? null,
          0,
          marked,
          kept?.reviewed_severity ?? null,
          kept?.reviewed_category ?? null,
        );
      }
      for (const mended of previous.values()) {
        if (carried.has(mended.id) || mended.decision !== 'confirmed') continue;
        insert.run(
          unitId,
          mended.check_id,
          mended.category,
          mended.severity,
          mended.side,
          mended.span_start,
          mended.span_end,
          mended.message,
          null,
          mended.decision,
          mended.decided_by,
          mended.decided_at,
          1,
          mended.marked,
          mended.reviewed_severity,
          mended.reviewed_category,
        );
      }
    },
    /** A reviewer's decision; a confirmation may judge the error's severity and category otherwise than the check. */
    decide: (
      id: number,
      decision: FlagDecision,
      userId: number,
      judged: { severity?: Flag['severity'] | null; category?: string | null } = {},
    ): void => {
      const confirmed = decision === 'confirmed';
      decide.run(
        decision,
        userId,
        confirmed ? (judged.severity ?? null) : null,
        confirmed ? (judged.category ?? null) : null,
        id,
      );
    },
    /** Every flag a reviewer confirmed or dismissed, with its unit's text: training data for `mt-review train --db`. */
    decided: () => decided.all(),
  };
}
