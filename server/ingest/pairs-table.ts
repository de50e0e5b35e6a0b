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
 * A field that Python's csv module or pandas quoted as CSV although the file is tab-separated
 * (`"Er sagte "" nein "" ."` for `Er sagte " nein " .`): wrapped in quotes, with every quote inside
 * doubled and at least one such pair. Read as the text it stands for; a field that merely is a
 * quotation (`"Nein."`) has no doubled quote and stays as it is.
 */
function unquoted(field: string): string {
  if (field.length < 4 || field.charCodeAt(0) !== 34 || field.charCodeAt(field.length - 1) !== 34)
    return field;
  const inner = field.slice(1, -1);
  if (!inner.includes('""') || inner.replace(/""/g, '').includes('"')) return field;
  return inner.replace(/""/g, '"');
}

/**
 * Rows of a tab-separated file. The IANA text/tab-separated-values format has no quoting (a field
 * holds no tab or line break), so splitting is all there is to it — but for the fields a CSV writer
 * quoted (see unquoted()); a CSV parser would spend most of a large check's reading time looking for
 * quotes that TSV does not have.
 */
export function splitTsv(text: string, fileName: string): string[][] {
  const rows: string[][] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let columns = -1;
  let line = 0;
  for (const raw of body.split(/\r\n|\n|\r/)) {
    line++;
    if (raw === '') continue;
    const row = raw.split('\t').map(unquoted);
    if (columns < 0) columns = row.length;
    else if (row.length !== columns)
      throw new InputError(
        fileName,
        line,
        `wrong number of columns: expected ${columns}, found ${row.length}`,
      );
    rows.push(row);
  }
  return rows;
}

/** Rows of a CSV file (RFC 4180), with the delimiter its header uses. */
export function splitCsv(text: string, fileName: string): string[][] {
  try {
    return parse(text, {
      delimiter: csvDelimiter(text),
      quote: '"',
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
}

/**
 * The delimiter of a CSV file, from its header: a comma, or the semicolon (or tab) that spreadsheets
 * in locales with a decimal comma write ("source;target").
 */
export function csvDelimiter(text: string): string {
  const firstLine = (/^[^\r\n]*/.exec(text.replace(/^\uFEFF/, ''))?.[0] ?? '').toLowerCase();
  const names = (delimiter: string): string[] =>
    firstLine.split(delimiter).map((name) =>
      name
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim(),
    );
  return (
    [',', ';', '\t'].find((delimiter) => {
      const header = names(delimiter);
      return header.includes('source') && header.includes('target');
    }) ?? ','
  );
}

/** A .tsv or .csv file with a header naming at least `source` and `target`. CSV follows RFC 4180. */
export function readPairsTable(
  text: string,
  fileName: string,
  delimiter: '\t' | ',',
): { pairs: PairInput[]; extra: Record<string, string>[] } {
  return pairsFromRows(delimiter === '\t' ? splitTsv(text, fileName) : splitCsv(text, fileName), fileName);
}

/** Where a table's header puts the source, the target and, if it has one, the id. */
export interface TableLayout {
  sourceColumn: number;
  targetColumn: number;
  idColumn: number;
}

/** The columns a table's header row names; an error naming the file when it lacks `source` or `target`. */
export function tableLayout(headerRow: readonly string[], fileName: string): TableLayout {
  const header = headerRow.map((name) => name.trim().toLowerCase());
  const sourceColumn = header.indexOf('source');
  const targetColumn = header.indexOf('target');
  if (sourceColumn < 0 || targetColumn < 0) {
    throw new InputError(
      fileName,
      1,
      `the header must name a "source" and a "target" column (found: ${header.join(', ') || 'nothing'})`,
    );
  }
  return { sourceColumn, targetColumn, idColumn: header.indexOf('id') };
}

/** A data row's pair id: its id column's value, or its place among the data rows from 1. */
export function rowId(row: readonly string[], k: number, layout: TableLayout): string {
  return layout.idColumn >= 0 ? (row[layout.idColumn] ?? String(k + 1)) : String(k + 1);
}

/** Rows whose first one is a header naming at least `source` and `target` (a table or a worksheet). */
export function pairsFromRows(
  rows: readonly (readonly string[])[],
  fileName: string,
): { pairs: PairInput[]; extra: Record<string, string>[] } {
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const layout = tableLayout(rows[0] ?? [], fileName);
  const pairs: PairInput[] = [];
  const extra: Record<string, string>[] = [];
  rows.slice(1).forEach((row, k) => {
    pairs.push({
      id: rowId(row, k, layout),
      source: row[layout.sourceColumn] ?? '',
      target: row[layout.targetColumn] ?? '',
    });
    extra.push(Object.fromEntries(header.map((name, column) => [name, row[column] ?? ''])));
  });
  return { pairs, extra };
}
