import type { ApiFlag } from '../../../server/domain/api';
import {
  type FlagDecision,
  MQM_CATEGORIES,
  type MqmCategory,
  SEVERITIES,
  type Severity,
} from '../../../server/domain/types';
import { ChoiceSelect } from './ChoiceSelect';
import { SpellingFix } from './SpellingFix';

/** An open flag on a span of the translation: one the reviewer may mend in place. */
const isOpenOnTarget = (flag: ApiFlag): boolean =>
  flag.side === 'target' && flag.span !== null && flag.decision === 'open';

const SEVERITY_CHOICES = SEVERITIES.map((severity) => [severity, severity] as const);
const CATEGORY_CHOICES = MQM_CATEGORIES.map((category) => [category, category] as const);

/** A confirmed flag's judgement so far, which a change of the other part keeps. */
const judged = (flag: ApiFlag): { severity?: Severity; category?: MqmCategory } => ({
  ...(flag.reviewedSeverity ? { severity: flag.reviewedSeverity } : {}),
  ...(flag.reviewedCategory ? { category: flag.reviewedCategory } : {}),
});

const QUOTED = /^["'„“‚‘«»「『]/u;
/** A quotation rewritten with other marks is shown by its start and its closing mark. */
const LABEL_LENGTH = 40;

/** What the fix button says: what the span becomes. */
function fixLabel(fix: string): string {
  if (fix === '') return 'Remove';
  if (fix.trim() === '') return 'Make it one space';
  const shown = fix.length > LABEL_LENGTH ? `${fix.slice(0, LABEL_LENGTH - 10)}…${fix.slice(-1)}` : fix;
  return QUOTED.test(fix) ? `Fix: ${shown}` : `Fix: “${shown}”`;
}

export function FlagList({
  flags,
  onDecide,
  onReplace,
  alike = () => 1,
}: {
  flags: readonly ApiFlag[];
  /**
   * `all`: every open flag of the document alike (the same check on the same words) too; `severity`: a
   * confirmation's judgement of the error, where it is not the check's.
   */
  onDecide: (
    flag: ApiFlag,
    decision: FlagDecision,
    options?: { all?: boolean; severity?: Severity; category?: MqmCategory },
  ) => void;
  /** How many open flags of the document are like this one, itself included. */
  alike?: (flag: ApiFlag) => number;
  /** Puts a word in place of the span a flag marks in the translation, and saves. */
  onReplace?: (flag: ApiFlag, replacement: string) => void;
}) {
  if (flags.length === 0) return null;
  return (
    <ul className="flags">
      {flags.map((flag) => (
        <li key={flag.id} className={`flag decision-${flag.decision}${flag.resolved ? ' resolved' : ''}`}>
          <span className={`sev sev-${flag.reviewedSeverity ?? flag.severity}`}>
            {flag.reviewedSeverity ?? flag.severity}
          </span>
          <span className="category">{flag.reviewedCategory ?? flag.category}</span>
          <span className="message">{flag.message}</span>
          <span className="check muted small">{flag.check}</span>
          {onReplace && isOpenOnTarget(flag) && flag.fix !== undefined && (
            <button
              type="button"
              className="small-button suggestion"
              data-action="fix"
              onClick={() => onReplace(flag, flag.fix ?? '')}
              title="Put this in place of the marked text and save"
            >
              {fixLabel(flag.fix)}
            </button>
          )}
          {onReplace && isOpenOnTarget(flag) && flag.check === 'spelling' && (
            <SpellingFix flag={flag} onReplace={onReplace} />
          )}
          <span className="decide">
            {flag.decision === 'open' ? (
              <>
                <button
                  type="button"
                  className="small-button"
                  data-action="confirm"
                  onClick={() => onDecide(flag, 'confirmed')}
                  title="The flag points at a real error"
                >
                  Confirm
                </button>
                <button
                  type="button"
                  className="small-button"
                  data-action="dismiss"
                  onClick={() => onDecide(flag, 'dismissed')}
                  title="The flag is wrong here"
                >
                  Dismiss
                </button>
                {alike(flag) > 1 && (
                  <button
                    type="button"
                    className="small-button"
                    data-action="dismiss-alike"
                    onClick={() => onDecide(flag, 'dismissed', { all: true })}
                    title="Dismiss this flag wherever the same check marks the same words in the document"
                  >
                    Dismiss all {alike(flag)}
                  </button>
                )}
              </>
            ) : (
              <>
                {flag.decision === 'confirmed' && (
                  <>
                    <ChoiceSelect
                      label={`category of the ${flag.check} error`}
                      hideLabel
                      value={flag.reviewedCategory ?? flag.category}
                      choices={CATEGORY_CHOICES}
                      onChange={(category) => onDecide(flag, 'confirmed', { ...judged(flag), category })}
                    />
                    <ChoiceSelect
                      label={`severity of the ${flag.check} error`}
                      hideLabel
                      value={flag.reviewedSeverity ?? flag.severity}
                      choices={SEVERITY_CHOICES}
                      onChange={(severity) => onDecide(flag, 'confirmed', { ...judged(flag), severity })}
                    />
                  </>
                )}
                <button type="button" className="small-button" onClick={() => onDecide(flag, 'open')}>
                  {flag.decision}
                  {flag.resolved ? ' · mended' : ''} · undo
                </button>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
