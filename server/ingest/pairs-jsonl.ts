import { z } from 'zod';
import type { PairInput } from '../analysis/analyze';
import { InputError } from './errors';

const Line = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  source: z.string(),
  target: z.string(),
});

export function readPairsJsonl(
  text: string,
  fileName: string,
): { pairs: PairInput[]; extra: Record<string, string>[] } {
  const pairs: PairInput[] = [];
  const extra: Record<string, string>[] = [];
  text.split('\n').forEach((line, k) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(fileName, k + 1, 'not valid JSON');
    }
    const parsed = Line.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(
        fileName,
        k + 1,
        `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'} (expected {"id","source","target"})`,
      );
    }
    pairs.push({
      id: String(parsed.data.id ?? pairs.length + 1),
      source: parsed.data.source,
      target: parsed.data.target,
    });
    const record: Record<string, string> = {};
    if (typeof value === 'object' && value !== null) {
      for (const [key, field] of Object.entries(value))
        if (typeof field === 'string' || typeof field === 'number') record[key] = String(field);
    }
    extra.push(record);
  });
  return { pairs, extra };
}
