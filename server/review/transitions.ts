import type { FlagDecision, Role, UnitStatus } from '../domain/types';

/**
 * Who may put a unit into which status. Translators fix or clear flags; editors approve or send
 * back; QA leads may do anything, including reopening an approved unit.
 */
const ALLOWED: Record<Role, readonly UnitStatus[]> = {
  translator: ['corrected', 'no_error'],
  editor: ['corrected', 'no_error', 'approved', 'rejected'],
  qa_lead: ['new', 'flagged', 'corrected', 'no_error', 'approved', 'rejected'],
};

export type TransitionCheck = { allowed: true } | { allowed: false; forbidden: boolean; reason: string };

export function allowedStatuses(role: Role): readonly UnitStatus[] {
  return ALLOWED[role];
}

export function checkTransition(
  role: Role,
  from: UnitStatus,
  to: UnitStatus,
  edited: boolean,
): TransitionCheck {
  if (!ALLOWED[role].includes(to)) {
    return {
      allowed: false,
      forbidden: true,
      reason: `a ${role.replace('_', ' ')} cannot set a unit to "${to}" (allowed: ${ALLOWED[role].join(', ')})`,
    };
  }
  if (from === to) return { allowed: false, forbidden: false, reason: `the unit is already "${to}"` };
  if (to === 'corrected' && !edited)
    return {
      allowed: false,
      forbidden: false,
      reason: 'a unit is "corrected" once its translation has been edited',
    };
  if (role === 'translator' && from === 'approved')
    return {
      allowed: false,
      forbidden: true,
      reason: 'an approved unit can only be reopened by an editor or QA lead',
    };
  return { allowed: true };
}

/**
 * Whether an editor may approve a unit with the others nothing was found in, at once: untouched since
 * import (status "new") and with no finding left open, not even a minor note below the risk threshold.
 */
export function approvableAtOnce(status: UnitStatus, decisions: readonly FlagDecision[]): boolean {
  return status === 'new' && !decisions.includes('open');
}

/** Whether the role may change a unit's translation in this status: an approved one only editors and QA leads. */
export function mayEditTarget(role: Role, status: UnitStatus): boolean {
  return !(role === 'translator' && status === 'approved');
}
