import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { InputError, decodeText, loadPairs, parsePairs, readPairsFile } from '../../../server/ingest/index';
import { splitTsv } from '../../../server/ingest/pairs-table';

const sample = (name: string): string =>
  new URL(`../../../fixtures/samples/${name}`, import.meta.url).pathname;

describe('pairs readers', () => {
  it('reads TSV with ids and keeps every column for eval', () => {
    const file = readPairsFile(sample('pairs-en-de.tsv'));
    expect(file.pairs).toHaveLength(4);
    expect(file.pairs[0]).toEqual({
      id: '1',
      source: 'The meeting is on January 12.',
      target: 'Das Treffen ist am 13. Januar.',
    });
    expect(file.extra[2]?.label).toBe('ERR');
  });

  it('numbers rows from 1 when there is no id column', () => {
    expect(parsePairs('source,target\n"a, b",c\n', 'x.csv').pairs).toEqual([
      { id: '1', source: 'a, b', target: 'c' },
    ]);
  });

  it('reads the semicolon-separated CSV that spreadsheets write in locales with a decimal comma', () => {
    const file = parsePairs(
      '\uFEFFSource;Target;Note\n"Price: 3,50 €";"Preis: 3,50 €";ok\nHello;Hallo;\n',
      'x.csv',
    );
    expect(file.pairs).toEqual([
      { id: '1', source: 'Price: 3,50 €', target: 'Preis: 3,50 €' },
      { id: '2', source: 'Hello', target: 'Hallo' },
    ]);
    expect(file.extra[0]?.note).toBe('ok');
  });

  it('reads the first worksheet of an .xlsx workbook: ids, rich text and numbers as Excel shows them', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Segments');
    sheet.addRow(['ID', 'Source', 'Target', 'Label']);
    sheet.addRow([
      's1',
      'The storm left 50,000 homes without power.',
      'Der Sturm ließ 5.000 Häuser ohne Strom.',
      'ERR',
    ]);
    sheet.addRow([
      2,
      { richText: [{ text: 'Repairs take ' }, { text: 'a week', font: { bold: true } }] },
      42,
    ]);
    workbook.addWorksheet('Other').addRow(['not', 'read']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = await loadPairs(bytes, 'memo.xlsx');
    expect(file.pairs).toEqual([
      {
        id: 's1',
        source: 'The storm left 50,000 homes without power.',
        target: 'Der Sturm ließ 5.000 Häuser ohne Strom.',
      },
      { id: '2', source: 'Repairs take a week', target: '42' },
    ]);
    expect(file.extra[0]?.label).toBe('ERR');
  });

  it('says what is wrong with a workbook it cannot use', async () => {
    await expect(loadPairs(new TextEncoder().encode('not a zip'), 'broken.xlsx')).rejects.toThrow(
      /broken\.xlsx: is not an \.xlsx workbook that can be read/,
    );
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Original', 'Translation']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(loadPairs(bytes, 'cols.xlsx')).rejects.toThrow(
      /the header must name a "source" and a "target" column/,
    );
  });

  it('names the file and line of a row with the wrong number of columns', () => {
    expect(() => readPairsFile(sample('bad-columns.tsv'))).toThrow(
      /bad-columns\.tsv:3: wrong number of columns/i,
    );
  });

  it('names the missing header columns', () => {
    expect(() => parsePairs('src\ttgt\na\tb\n', 'x.tsv')).toThrow(
      /x\.tsv:1: the header must name a "source" and a "target" column/,
    );
  });

  it('reads JSONL and names the line of a bad object', () => {
    expect(readPairsFile(sample('pairs.jsonl')).pairs.map((p) => p.id)).toEqual(['a1', 'a2']);
    expect(() => parsePairs('{"source":"a","target":"b"}\n{"source":1}\n', 'x.jsonl')).toThrow(
      /x\.jsonl:2: source/,
    );
    expect(() => parsePairs('{nope\n', 'x.jsonl')).toThrow(/x\.jsonl:1: not valid JSON/);
  });

  it('reads XLIFF 1.2 (groups, inline tags, entities) with its languages', () => {
    const file = readPairsFile(sample('memo-1.2.xliff'));
    expect(file).toMatchObject({ sourceLang: 'en', targetLang: 'pl' });
    expect(file.pairs).toEqual([
      { id: '1', source: 'The meeting is on January 12.', target: 'Spotkanie odbędzie się 12 stycznia.' },
      { id: '2', source: 'Prices rose & fell.', target: 'Ceny rosły i spadały.' },
    ]);
  });

  it("reads a CAT tool's XLIFF segment by segment, as the translator saw them (Trados, memoQ, Okapi)", () => {
    const file = readPairsFile(sample('article.sdlxliff'));
    expect(file).toMatchObject({ sourceLang: 'en-US', targetLang: 'pl-PL' });
    expect(file.pairs).toEqual([
      { id: 'a1b2-1', source: 'US and Russia to hold talks.', target: 'USA i Rosja będą rozmawiać.' },
      {
        id: 'a1b2-2',
        source: 'Biden has signalled that the US will make no concessions.',
        // A comment's mark inside a segment is part of it.
        target: 'Biden zasygnalizował, że USA nie pójdą na żadne ustępstwa.',
      },
      { id: 'c3d4', source: 'The meeting is on January 12.', target: 'Spotkanie odbędzie się 13 stycznia.' },
      { id: 'e5f6', source: 'Not yet translated.', target: '' },
    ]);
  });

  it('reads XLIFF 2.0, keeping placeholders visible', () => {
    const file = readPairsFile(sample('memo-2.0.xliff'));
    expect(file).toMatchObject({ sourceLang: 'en', targetLang: 'de' });
    expect(file.pairs[1]).toEqual({
      id: 'u2',
      source: 'It costs {price} euros.',
      target: 'Es kostet {price} Euro.',
    });
  });

  it('reads TMX with the header source language', () => {
    const file = readPairsFile(sample('memo.tmx'));
    expect(file).toMatchObject({ sourceLang: 'en', targetLang: 'cs' });
    expect(file.pairs[1]).toEqual({ id: 't2', source: 'It was 20 degrees.', target: 'Bylo 25 stupňů.' });
  });

  it('reports malformed XML with its line', () => {
    expect(() => parsePairs('<?xml version="1.0"?>\n<xliff>\n<file>\n</xliff>', 'broken.xlf')).toThrow(
      InputError,
    );
    expect(() => parsePairs('<?xml version="1.0"?>\n<xliff>\n<file>\n</xliff>', 'broken.xlf')).toThrow(
      /broken\.xlf:\d+: not well-formed XML/,
    );
  });

  it('decodes UTF-8 with a BOM, UTF-16 and Windows-1250', () => {
    const text = 'Zażółć gęślą jaźń. Rosja domaga się gwarancji bezpieczeństwa od Stanów Zjednoczonych.';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt')).toBe(
      text,
    );
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]), 'a.txt'),
    ).toBe(text);
    expect(decodeText(iconv.encode(text, 'win1250'), 'a.txt')).toBe(text);
    expect(decodeText(Buffer.from('a\r\nb\rc'), 'a.txt')).toBe('a\nb\nc');
  });

  it('refuses binary data rather than decoding it as a legacy encoding', () => {
    // The start of a PNG image and some bytes a text would not hold.
    const bytes = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
      0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66, 0xff,
      0xe2, 0x03,
    ]);
    expect(() => decodeText(bytes, 'photo.txt')).toThrow(/photo\.txt: this is not a text file/);
  });

  it('property: any TSV written from pairs reads back as the same pairs', () => {
    const cell = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\t\r\n]/g, ' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }), (rows) => {
        // As a spreadsheet or pandas writes it: a cell that starts with a quote is quoted, CSV-style.
        const written = (cell: string): string =>
          cell.startsWith('"') ? `"${cell.replace(/"/g, '""')}"` : cell;
        const tsv = `id\tsource\ttarget\n${rows.map(([s, t], k) => `r${k}\t${written(s)}\t${written(t)}`).join('\n')}\n`;
        const parsed = parsePairs(tsv, 'p.tsv').pairs;
        expect(parsed).toEqual(rows.map(([source, target], k) => ({ id: `r${k}`, source, target })));
      }),
    );
  });

  it('reads a field a spreadsheet or pandas quoted CSV-style in a TSV file as the text it stands for', () => {
    const tsv =
      'source\ttarget\n"He said ""no"" twice."\t"Er sagte "" nein "" zweimal ."\n"Stop."\t„Halt.“\n';
    expect(parsePairs(tsv, 'q.tsv').pairs.map((p) => [p.source, p.target])).toEqual([
      ['He said "no" twice.', 'Er sagte " nein " zweimal .'],
      // A field that is merely a quotation has no doubled quote: it stays as it is.
      ['"Stop."', '„Halt.“'],
    ]);
  });

  it('property: TSV rows split exactly as a CSV parser without quoting splits them, stray quotes included', () => {
    const text = fc
      .array(fc.constantFrom('a', 'é', ' ', '"', "'", '\t', '\n'), { maxLength: 60 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (tsv) => {
        const outcome = (read: () => string[][]): string[][] | 'error' => {
          try {
            return read();
          } catch {
            return 'error';
          }
        };
        const ours = outcome(() => splitTsv(tsv, 'p.tsv'));
        // The same fields, but those a CSV writer quoted ("a""b" for a"b), which read as what they stand for.
        const csvQuoted = /^"((?:[^"]|"")*"")((?:[^"]|"")*)"$/s;
        const theirs = outcome(() =>
          (
            parse(tsv, {
              delimiter: '\t',
              quote: false,
              skip_empty_lines: true,
              relax_column_count: false,
            }) as string[][]
          ).map((row) =>
            row.map((field) => (csvQuoted.test(field) ? field.slice(1, -1).replace(/""/g, '"') : field)),
          ),
        );
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the bundled samples without error', () => {
    for (const name of ['pairs-en-de.tsv', 'pairs.jsonl', 'memo-1.2.xliff', 'memo-2.0.xliff', 'memo.tmx']) {
      expect(readFileSync(sample(name)).length).toBeGreaterThan(0);
      expect(readPairsFile(sample(name)).pairs.length).toBeGreaterThan(0);
    }
  });
});
