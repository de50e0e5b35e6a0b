import { describe, expect, it } from 'vitest';
import { lengthZ } from '../../../server/checks/length-ratio';
import { computeLengthStats } from '../../../server/checks/runner';

const unit = (sourceLength: number, targetLength: number) => ({
  source: 'a'.repeat(sourceLength),
  target: 'b'.repeat(targetLength),
});

describe('length ratio against the document', () => {
  it('allows a short sentence more spread than a long one with the same ratio', () => {
    const document = Array.from({ length: 30 }, (_, k) => unit(60 + k, 66 + k));
    const stats = computeLengthStats(document);
    const short = lengthZ('a'.repeat(25), 'b'.repeat(38), stats) ?? 0;
    const long = lengthZ('a'.repeat(250), 'b'.repeat(380), stats) ?? 0;
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThan(long);
  });

  it('keeps a short document’s own ratio: a Chinese article is about a third as long as its English source', () => {
    const article = [unit(90, 30), unit(120, 41), unit(75, 24), unit(60, 21), unit(100, 33)];
    const stats = computeLengthStats(article);
    expect(stats.count).toBe(5);
    expect(Math.abs(lengthZ('a'.repeat(80), 'b'.repeat(27), stats) ?? 99)).toBeLessThan(1);
    // Half of the usual length is still an outlier.
    expect(lengthZ('a'.repeat(80), 'b'.repeat(12), stats) ?? 0).toBeLessThan(-2);
  });
});
