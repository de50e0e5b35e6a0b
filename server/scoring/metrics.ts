/** ROC-AUC by the rank-sum (Mann–Whitney) formula, ties averaged. */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores
    .map((score, i) => ({ score, positive: labels[i] ?? false }))
    .sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]?.score === order[i]?.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (order[k]?.positive) {
        rankSum += averageRank;
        positives++;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(predicted: readonly boolean[], labels: readonly boolean[]): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  predicted.forEach((p, i) => {
    const actual = labels[i] ?? false;
    if (p && actual) c.tp++;
    else if (p) c.fp++;
    else if (actual) c.fn++;
    else c.tn++;
  });
  return c;
}

export function mcc({ tp, fp, tn, fn }: Confusion): number {
  const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return denominator === 0 ? 0 : (tp * tn - fp * fn) / denominator;
}

export function precision({ tp, fp }: Confusion): number {
  return tp + fp === 0 ? Number.NaN : tp / (tp + fp);
}

export function recall({ tp, fn }: Confusion): number {
  return tp + fn === 0 ? Number.NaN : tp / (tp + fn);
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return Number.NaN;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - meanX;
    const dy = (ys[i] ?? 0) - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX === 0 || varianceY === 0 ? Number.NaN : covariance / Math.sqrt(varianceX * varianceY);
}

/** Share of erroneous rows among the `fraction` riskiest. */
export function errorShareAtTop(
  scores: readonly number[],
  labels: readonly boolean[],
  fraction: number,
): number {
  const count = Math.max(1, Math.round(scores.length * fraction));
  const top = scores
    .map((score, i) => ({ score, positive: labels[i] ?? false }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count);
  return top.filter((t) => t.positive).length / count;
}

export function parseLabel(value: string | undefined): boolean | null {
  const normalized = (value ?? '').trim().toLowerCase();
  if (['err', 'bad', '1', 'true', 'yes', 'error'].includes(normalized)) return true;
  if (['not', 'ok', '0', 'false', 'no', 'good'].includes(normalized)) return false;
  return null;
}
