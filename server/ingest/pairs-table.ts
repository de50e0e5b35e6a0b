import { parse } from 'csv-parse/sync';
import type { PairInput } from '../analysis/analyze';
import { InputError } from './errors';

interface CsvProblem {
  message: string;
  lines?: number;
}

function isCsvProblem(error: unknown): error is CsvProblem {
  return error instanceof Error;
}

/**
 * A .tsv or .csv file with a header naming at least `source` and `target`. TSV has no quoting
 * (tweets and news contain stray quotes); CSV follows RFC 4180.
 */
export function readPairsTable(
  text: string,
  fileName: string,
  delimiter: '\t' | ',',
): { pairs: PairInput[]; extra: Record<string, string>[] } {
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      quote: delimiter === ',' ? '"' : false,
      skip_empty_lines: true,
      relax_column_count: false,
      bom: true,
    });
  } catch (error) {
    const problem = isCsvProblem(error) ? error : { message: String(error) };
    throw new InputError(
      fileName,
      problem.lines ?? null,
      problem.message.replace(/^Invalid Record Length: /, 'wrong number of columns: '),
    );
  }
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const sourceColumn = header.indexOf('source');
  const targetColumn = header.indexOf('target');
  if (sourceColumn < 0 || targetColumn < 0) {
    throw new InputError(
      fileName,
      1,
      `the header must name a "source" and a "target" column (found: ${header.join(', ') || 'nothing'})`,
    );
  }
  const idColumn = header.indexOf('id');
  const pairs: PairInput[] = [];
  const extra: Record<string, string>[] = [];
  rows.slice(1).forEach((row, k) => {
    pairs.push({
      id: idColumn >= 0 ? (row[idColumn] ?? String(k + 1)) : String(k + 1),
      source: row[sourceColumn] ?? '',
      target: row[targetColumn] ?? '',
    });
    extra.push(Object.fromEntries(header.map((name, column) => [name, row[column] ?? ''])));
  });
  return { pairs, extra };
}
