import type { ApiFlag, ApiUnit } from '../../server/domain/api';
import type { Side } from '../../server/domain/types';
import type { Highlight } from './components/HighlightedText';

function flagHighlights(flags: readonly ApiFlag[], side: Side): Highlight[] {
  return (
    flags
      // A mended error's span points into the translation as it was, not into this one.
      .filter((f) => f.side === side && f.span && f.decision !== 'dismissed' && !f.resolved)
      .map((f) => ({
        start: f.span?.start ?? 0,
        end: f.span?.end ?? 0,
        severity: f.reviewedSeverity ?? f.severity,
        title: `${f.category}: ${f.message}`,
      }))
  );
}

/**
 * The errors reviewers marked, where their spans are in the text shown: the source's always, the
 * translation's while it is the machine's (their spans point into the machine translation).
 */
function issueHighlights(unit: ApiUnit, side: Side): Highlight[] {
  if (side === 'target' && unit.target !== unit.targetMt) return [];
  return unit.issues.flatMap((issue) =>
    issue.side === side && issue.span
      ? [
          {
            ...issue.span,
            severity: issue.severity,
            title: `${issue.category} (${issue.severity}), marked by ${issue.createdBy ?? 'a reviewer'}${issue.comment ? `: ${issue.comment}` : ''}`,
          },
        ]
      : [],
  );
}

/** What the unit's text on one side shows marked: the checks' findings and the reviewers' errors. */
export const highlights = (unit: ApiUnit, side: Side): Highlight[] => [
  ...flagHighlights(unit.flags, side),
  ...issueHighlights(unit, side),
];
