import type { Flag } from '../domain/types';
import type { FeatureVector } from './features';
import { confusion, errorShareAtTop, mcc, pearson, precision, recall, rocAuc } from './metrics';
import { type RiskModel, scoreRisk } from './risk';

export interface CheckPrecision {
  check: string;
  fired: number;
  precision: number;
}

export interface EvalReport {
  n: number;
  errors: number;
  threshold: number;
  rocAuc: number;
  mcc: number;
  precision: number;
  recall: number;
  flaggedShare: number;
  errorShareTop10: number;
  pearson: number | null;
  checks: CheckPrecision[];
}

export function evaluate(
  features: readonly FeatureVector[],
  flags: readonly (readonly Flag[])[],
  labels: readonly boolean[],
  scores: readonly (number | null)[],
  model: RiskModel,
  threshold: number,
): EvalReport {
  const risks = features.map((f) => scoreRisk(f, model).risk);
  const matrix = confusion(
    risks.map((r) => r >= threshold),
    labels,
  );
  const numeric = scores
    .map((s, i) => ({ s, r: risks[i] ?? 0 }))
    .filter((p): p is { s: number; r: number } => p.s !== null && Number.isFinite(p.s));
  const byCheck = new Map<string, { fired: number; hits: number }>();
  flags.forEach((unitFlags, i) => {
    for (const check of new Set(unitFlags.map((f) => f.check))) {
      const entry = byCheck.get(check) ?? { fired: 0, hits: 0 };
      entry.fired++;
      if (labels[i]) entry.hits++;
      byCheck.set(check, entry);
    }
  });
  return {
    n: labels.length,
    errors: labels.filter(Boolean).length,
    threshold,
    rocAuc: rocAuc(risks, labels),
    mcc: mcc(matrix),
    precision: precision(matrix),
    recall: recall(matrix),
    flaggedShare: (matrix.tp + matrix.fp) / Math.max(1, labels.length),
    errorShareTop10: errorShareAtTop(risks, labels, 0.1),
    pearson:
      numeric.length > 1
        ? pearson(
            numeric.map((p) => p.r),
            numeric.map((p) => p.s),
          )
        : null,
    checks: [...byCheck.entries()]
      .map(([check, { fired, hits }]) => ({ check, fired, precision: hits / fired }))
      .sort((a, b) => b.fired - a.fired),
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)} %`);
const num = (x: number | null): string => (x === null || Number.isNaN(x) ? '—' : x.toFixed(3));

export function formatEvalReport(name: string, report: EvalReport): string {
  const lines = [
    `${name}: n=${report.n}, errors=${report.errors} (${pct(report.errors / Math.max(1, report.n))})`,
    `  ROC-AUC ${num(report.rocAuc)}   MCC ${num(report.mcc)} at risk ≥ ${report.threshold}`,
    `  precision ${pct(report.precision)}   recall ${pct(report.recall)}   flagged ${pct(report.flaggedShare)}`,
    `  errors among the 10 % riskiest: ${pct(report.errorShareTop10)}`,
    ...(report.pearson === null ? [] : [`  Pearson r with score: ${num(report.pearson)}`]),
    '  check precision (share of its flags on erroneous rows):',
    ...report.checks.map(
      (c) => `    ${c.check.padEnd(26)} fired ${String(c.fired).padStart(5)}   precision ${pct(c.precision)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
