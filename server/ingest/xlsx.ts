import { basename } from 'node:path';
import type { Row, Worksheet } from 'exceljs';
import type { PairsFile } from './index';
import { requireModestArchive } from './archive';
import { InputError } from './errors';
import { pairsFromRows } from './pairs-table';

/**
 * The first worksheet of an .xlsx workbook as pairs: a header row naming at least `source` and
 * `target`, as in a .csv file. Cells count as the text Excel shows (a number as written, a formula's
 * result, rich text as its characters).
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<PairsFile> {
  requireModestArchive(bytes, fileName, '.xlsx workbook');
  // exceljs takes a few hundred milliseconds to load: only a spreadsheet pays for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its Buffer as an ArrayBuffer: hand it a copy of exactly the file's bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new InputError(fileName, null, 'is not an .xlsx workbook that can be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError(fileName, null, 'the workbook has no worksheet');
  const rows = worksheetRows(sheet).map((row) => row.cells);
  return {
    ...pairsFromRows(rows, `${fileName} (${sheet.name})`),
    original: { name: basename(fileName), content: '', bytes },
  };
}

/**
 * The rows of a worksheet that hold anything, each with its cells as the text Excel shows and the row
 * itself: the reader's rows and the rows a reviewed translation is written back into are the same.
 */
export function worksheetRows(sheet: Worksheet): { cells: string[]; row: Row }[] {
  const width = sheet.columnCount;
  const rows: { cells: string[]; row: Row }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = Array.from({ length: width }, (_, k) => row.getCell(k + 1).text);
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ cells, row });
  });
  return rows;
}
