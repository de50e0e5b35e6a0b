import type { Flag, Severity } from '../domain/types';
import { CHECKS } from './index';
import type { Check, CheckContext, CheckUnit, LengthStats } from './types';

export interface RunnerOptions {
  /** Only these checks run (all when absent). */
  enabled?: readonly string[];
  disabled?: readonly string[];
  severityOverrides?: Readonly<Record<string, Severity>>;
  checks?: readonly Check[];
}

export interface RunnerResult {
  flags: Flag[][];
  ran: string[];
  skipped: string[];
  /** Milliseconds spent in each check, summed over units. */
  timings: Record<string, number>;
}

export function computeLengthStats(units: readonly Pick<CheckUnit, 'source' | 'target'>[]): LengthStats {
  const ratios = units
    .filter((u) => u.source.trim().length >= 20 && u.target.trim().length >= 20)
    .map((u) => Math.log(u.target.trim().length / u.source.trim().length));
  if (ratios.length === 0) return { meanLogRatio: 0, sdLogRatio: 0.35, count: 0 };
  // Median and MAD, so that the outliers we look for do not move the baseline.
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const deviations = sorted.map((r) => Math.abs(r - median)).sort((a, b) => a - b);
  const mad = deviations[Math.floor(deviations.length / 2)] ?? 0;
  return { meanLogRatio: median, sdLogRatio: Math.max(0.12, 1.4826 * mad), count: ratios.length };
}

function isSelected(check: Check, options: RunnerOptions): boolean {
  if (options.enabled && !options.enabled.includes(check.id)) return false;
  return !options.disabled?.includes(check.id);
}

/** Runs the registry over the units: selection, applicability, severity overrides and timing live here, once. */
export function runChecks(
  units: readonly CheckUnit[],
  ctx: CheckContext,
  options: RunnerOptions = {},
): RunnerResult {
  const flags: Flag[][] = units.map(() => []);
  const ran: string[] = [];
  const skipped: string[] = [];
  const timings: Record<string, number> = {};
  for (const check of options.checks ?? CHECKS) {
    if (!isSelected(check, options) || (check.appliesTo && !check.appliesTo(ctx))) {
      skipped.push(check.id);
      continue;
    }
    ran.push(check.id);
    const started = performance.now();
    const override = options.severityOverrides?.[check.id];
    const produced: Flag[][] =
      check.scope === 'document' ? check.run(units, ctx) : units.map((unit) => check.run(unit, ctx));
    produced.forEach((unitFlags, i) => {
      const target = flags[i];
      if (!target) return;
      for (const flag of unitFlags) target.push(override ? { ...flag, severity: override } : flag);
    });
    timings[check.id] = performance.now() - started;
  }
  return { flags, ran, skipped, timings };
}
