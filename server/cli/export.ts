import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, exportDocument } from '../reports/exports';
import { buildReport } from '../reports/model';
import { REPORT_FORMATS, type ReportFormat, renderReport } from '../reports/render';
import { openCliDatabase } from './database';
import { UsageError } from './errors';

const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);
const isReportFormat = (value: string): value is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(value);

export function registerExport(program: Command, out: (text: string | Buffer) => void): void {
  program
    .command('export')
    .description(
      'write the corrected translation (txt, xliff, tmx, or original: the XLIFF, CSV, TSV or XLSX it was imported from, corrected) or the error report (csv, xlsx, json, html)',
    )
    .requiredOption('--document <id>', 'document id')
    .requiredOption('--format <format>', 'txt, docx, xliff, tmx, original, csv, xlsx, json or html')
    .option('--out <file>', 'write here instead of standard output')
    .option('--db <path>', 'database file (default: MT_REVIEW_DB or ./data/mt-review.db)')
    .action(async (options: { document: string; format: string; out?: string; db?: string }) => {
      const id = Number(options.document);
      if (!Number.isInteger(id) || id <= 0)
        throw new UsageError(`--document must be a document id (got "${options.document}")`);
      const { format } = options;
      if (!isExportFormat(format) && !isReportFormat(format))
        throw new UsageError(
          `--format must be one of ${[...EXPORT_FORMATS, ...REPORT_FORMATS].join(', ')} (got "${format}")`,
        );
      if ((format === 'xlsx' || format === 'docx') && !options.out && process.stdout.isTTY)
        throw new UsageError(`${format} is binary: give --out FILE`);
      const { ctx } = openCliDatabase(options.db);
      if (!ctx.repos.documents.get(id)) throw new UsageError(`no document ${id} in the database`);
      if (
        format === 'original' &&
        !options.out &&
        process.stdout.isTTY &&
        /\.xlsx$/i.test(ctx.repos.originalFiles.name(id) ?? '')
      )
        throw new UsageError('the document came from a workbook, which is binary: give --out FILE');
      const body = isExportFormat(format)
        ? (await exportDocument(ctx.repos, id, format)).body
        : (await renderReport(buildReport(ctx.repos, id), format)).body;
      if (options.out) writeFileSync(options.out, body);
      else out(body);
    });
}
