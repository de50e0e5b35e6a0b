import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeBackTable } from '../../../server/reports/table-writeback';

describe('writing the reviewed translation back into the table it came from', () => {
  it('changes a CSV’s target cells only, keeping its delimiter, its other columns and its quoting needs', async () => {
    const content =
      'source;target;note\r\n"Hello; world";"Hallo; Welt";greeting\r\nGood night.;Gute Nackt.;typo\r\n';
    const written = String(
      await writeBackTable({ name: 'memo.csv', content }, new Map([['2', 'Gute Nacht.']])),
    );
    expect(written).toBe(
      'source;target;note\r\n"Hello; world";"Hallo; Welt";greeting\r\nGood night.;Gute Nacht.;typo\r\n',
    );
    expect(parse(written, { delimiter: ';' })).toHaveLength(3);
  });

  it('finds a TSV’s rows by their id column', async () => {
    const content = 'id\tsource\ttarget\nA7\tYes.\tNein.\nB2\tNo.\tNein.\n';
    const written = await writeBackTable({ name: 'memo.tsv', content }, new Map([['A7', 'Ja.']]));
    expect(written).toBe('id\tsource\ttarget\nA7\tYes.\tJa.\nB2\tNo.\tNein.\n');
  });

  it('changes a workbook’s target cells and keeps its formatting, formulas and other sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Review');
    sheet.addRow(['source', 'target', 'words']);
    sheet.getRow(1).font = { bold: true };
    sheet.addRow(['The museum reopens.', 'Das Museum schließt.', { formula: 'LEN(A2)' }]);
    sheet.addRow(['It is free.', 'Es ist kostenlos.', { formula: 'LEN(A3)' }]);
    workbook.addWorksheet('Glossary').addRow(['museum', 'Museum']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const written = await writeBackTable(
      { name: 'review.xlsx', content: '', bytes },
      new Map([['1', 'Das Museum öffnet wieder.']]),
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(written).buffer);
    const review = back.getWorksheet('Review');
    expect(review?.getCell('B2').text).toBe('Das Museum öffnet wieder.');
    expect(review?.getCell('B3').text).toBe('Es ist kostenlos.');
    expect(review?.getRow(1).font?.bold).toBe(true);
    expect(review?.getCell('C2').formula).toBe('LEN(A2)');
    expect(back.getWorksheet('Glossary')?.getCell('A1').text).toBe('museum');
  });
});

describe('a table written back, whatever its cells hold', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'ż', ' ', ',', ';', '"', '\n', 'x'), maxLength: 8 });
  it('reads back as the table it was, but for the corrected targets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';'),
        fc.array(
          fc.tuple(
            fc.nat(5),
            fc.string({ unit: fc.constantFrom('b', 'ą', ' ', '"'), minLength: 1, maxLength: 6 }),
          ),
          {
            maxLength: 3,
          },
        ),
        async (rows, delimiter, edits) => {
          const table = [['source', 'target', 'note'], ...rows];
          const content = stringify(table, { delimiter });
          const corrections = new Map(
            edits.filter(([k]) => k < rows.length).map(([k, text]) => [String(k + 1), text]),
          );
          const written = String(await writeBackTable({ name: 'pairs.csv', content }, corrections));
          const expected = table.map((row, k) => {
            const text = k === 0 ? undefined : corrections.get(String(k));
            return text === undefined ? row : [row[0], text, row[2]];
          });
          expect(parse(written, { delimiter, relax_column_count: false })).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
