import { extname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { OriginalFile } from '../ingest/index';
import { csvDelimiter, rowId, splitCsv, splitTsv, tableLayout } from '../ingest/pairs-table';
import { worksheetRows } from '../ingest/xlsx';

/**
 * Writes reviewed translations back into the table they were imported from — a CSV or TSV file, or an
 * .xlsx workbook's first worksheet — in the target column of each pair's row (by the pairs' ids: the
 * id column, or the row's place), everything else as it was: the other columns, and in a workbook the
 * other sheets, the formatting and the formulas.
 */
export async function writeBackTable(
  original: OriginalFile,
  translations: ReadonlyMap<string, string>,
): Promise<string | Buffer> {
  const extension = extname(original.name).toLowerCase();
  if (extension === '.xlsx') return writeBackWorkbook(original, translations);
  const rows =
    extension === '.tsv'
      ? splitTsv(original.content, original.name)
      : splitCsv(original.content, original.name);
  const [header = []] = rows;
  const layout = tableLayout(header, original.name);
  const written = rows.map((row, k) => {
    const text = k === 0 ? undefined : translations.get(rowId(row, k - 1, layout));
    return text === undefined
      ? row
      : row.map((cell, column) => (column === layout.targetColumn ? text : cell));
  });
  const newline = original.content.includes('\r\n') ? '\r\n' : '\n';
  if (extension === '.tsv') return written.map((row) => row.join('\t')).join(newline) + newline;
  return stringify(written, { delimiter: csvDelimiter(original.content), record_delimiter: newline });
}

async function writeBackWorkbook(
  original: OriginalFile,
  translations: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((original.bytes ?? new Uint8Array()).slice().buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return Buffer.from(original.bytes ?? new Uint8Array());
  const [header, ...data] = worksheetRows(sheet);
  const layout = tableLayout(header?.cells ?? [], original.name);
  data.forEach(({ cells, row }, k) => {
    const text = translations.get(rowId(cells, k, layout));
    if (text !== undefined) row.getCell(layout.targetColumn + 1).value = text;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
