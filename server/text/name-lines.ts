import { readFileSync } from 'node:fs';
import { z } from 'zod';

const fileSchema = z.record(z.string(), z.unknown());
const linesSchema = z.array(z.array(z.string()).min(2));

/**
 * A table of names in several languages (exonyms.json, organisations.json): under `key`, lines of two
 * or more names that each stand for the others.
 */
export function readNameLines(url: URL, key: string): string[][] {
  return readNameTables(url, [key]).get(key) ?? [];
}

/** Several such tables of one file, read and parsed once. */
export function readNameTables(url: URL, keys: readonly string[]): Map<string, string[][]> {
  const file = fileSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
  return new Map(keys.map((key) => [key, linesSchema.parse(file[key])]));
}
