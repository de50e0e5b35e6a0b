import { readFileSync } from 'node:fs';
import { z } from 'zod';

const fileSchema = z.record(z.string(), z.unknown());
const linesSchema = z.array(z.array(z.string()).min(2));

/**
 * A table of names in several languages (exonyms.json, organisations.json): under `key`, lines of two
 * or more names that each stand for the others.
 */
export function readNameLines(url: URL, key: string): string[][] {
  return linesSchema.parse(fileSchema.parse(JSON.parse(readFileSync(url, 'utf8')))[key]);
}
