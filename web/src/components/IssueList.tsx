import type { ApiIssue, ApiUnit, Me } from '../../../server/domain/api';

/** The words an annotation marks: in the source, or in the machine translation, where its span points. */
export function markedText(unit: ApiUnit, issue: ApiIssue): string {
  if (!issue.span) return '';
  return (issue.side === 'source' ? unit.source : unit.targetMt).slice(issue.span.start, issue.span.end);
}

/** The errors reviewers marked on the unit (MQM annotations), each removable by its author or a QA lead. */
export function IssueList({
  unit,
  me,
  onRemove,
}: {
  unit: ApiUnit;
  me: Me;
  onRemove: (issue: ApiIssue) => void;
}) {
  if (unit.issues.length === 0) return null;
  return (
    <ul className="issues" aria-label="errors marked by reviewers">
      {unit.issues.map((issue) => {
        const marked = markedText(unit, issue);
        return (
          <li key={issue.id} className="issue">
            <span className={`sev sev-${issue.severity}`}>{issue.severity}</span>
            <span className="category">{issue.category}</span>
            <span className="message">
              {marked ? `“${marked}”` : issue.side === 'source' ? 'the source' : 'the whole translation'}
              {issue.comment && ` — ${issue.comment}`}
            </span>
            <span className="muted small">marked by {issue.createdBy ?? 'someone'}</span>
            {(issue.createdBy === me.name || me.role === 'qa_lead') && (
              <button type="button" className="small-button" onClick={() => onRemove(issue)}>
                Remove
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
