import { stringify } from 'csv-stringify/sync';
import type { DocumentReport } from './model';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedReport {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Horizontal bars of penalty points per MQM category, stacked by severity. */
function categoryChart(report: DocumentReport): string {
  const rows = report.byCategory;
  if (rows.length === 0)
    return '<p>No errors recorded yet: annotate units or confirm flags to fill this chart.</p>';
  const max = Math.max(...rows.map((r) => r.penalty), 1);
  const height = rows.length * 28 + 10;
  const colors = { minor: '#f3d36b', major: '#f29a4a', critical: '#e0484b' } as const;
  const bars = rows
    .map((row, k) => {
      let x = 220;
      const segments = (['critical', 'major', 'minor'] as const)
        .map((severity) => {
          const points = row[severity] * { minor: 1, major: 5, critical: 25 }[severity];
          const width = (points / max) * 460;
          const rect =
            width > 0
              ? `<rect x="${x}" y="${k * 28 + 6}" width="${width.toFixed(1)}" height="18" fill="${colors[severity]}"><title>${row[severity]} ${severity}</title></rect>`
              : '';
          x += width;
          return rect;
        })
        .join('');
      return `<text x="210" y="${k * 28 + 20}" text-anchor="end" font-size="12">${escapeHtml(row.category)}</text>${segments}<text x="${x + 6}" y="${k * 28 + 20}" font-size="12">${row.penalty}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="penalty points by MQM category" width="760" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

/** The score, and how much of the document it stands for: a half-reviewed translation's score is provisional. */
function scoreLine(report: DocumentReport): string {
  const scale = `penalty ${report.penalty}: minor 1, major 5, critical 25 per error, per reviewed source word`;
  if (report.qualityScore === null)
    return 'MQM quality score <span class="score">—</span> (no unit reviewed yet: the score counts the errors reviewers record in the units they have reviewed)';
  const coverage =
    report.reviewedUnits === report.units
      ? `all ${report.units} units reviewed`
      : `${report.reviewedUnits} of ${report.units} units reviewed (${report.reviewedWords} of ${report.sourceWords} source words): provisional`;
  return `MQM quality score <span class="score">${report.qualityScore.toFixed(1)}</span> (${scale}; ${coverage})`;
}

function html(report: DocumentReport): string {
  const statuses = Object.values(report.statusCounts)
    .map((count) => `<td>${count}</td>`)
    .join('');
  const checkRows = report.checks
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.check)}</td><td>${c.raised}</td><td>${c.confirmed}</td><td>${c.dismissed}</td><td>${c.precision === null ? '—' : `${Math.round(c.precision * 100)} %`}</td></tr>`,
    )
    .join('');
  const reviewerRows = report.reviewers
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.name)}</td><td>${r.unitsEdited}</td><td>${r.approved}</td><td>${r.rejected}</td><td>${r.markedNoError}</td><td>${r.flagsConfirmed}</td><td>${r.flagsDismissed}</td><td>${r.errorsMarked}</td></tr>`,
    )
    .join('');
  const errorRows = report.errors
    .map(
      (e) =>
        `<tr><td>${e.unit}</td><td>${escapeHtml(e.category)}</td><td>${e.severity}</td><td>${e.origin}${e.mended ? ' · mended' : ''}</td><td dir="auto">${escapeHtml(e.text)}</td><td dir="auto">${escapeHtml(e.comment)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Error report: ${escapeHtml(report.document.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2430}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #e3e6ec;padding:.3rem .6rem;text-align:left;font-size:.9rem}th{background:#f6f7f9}.score{font-size:2rem;font-weight:700}</style></head>
<body>
<h1>Error report: ${escapeHtml(report.document.title)}</h1>
<p>${report.document.sourceLang} → ${report.document.targetLang} · ${report.units} units · ${report.sourceWords} source words · generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC</p>
<p>${scoreLine(report)} · edit rate ${(report.editRate * 100).toFixed(1)} % over ${report.editedUnits} corrected units</p>
<h2>Errors by category</h2>
${categoryChart(report)}
<h2>Review status</h2>
<table><tr>${Object.keys(report.statusCounts)
    .map((s) => `<th>${s.replace('_', ' ')}</th>`)
    .join('')}</tr><tr>${statuses}</tr></table>
<h2>Flag precision by check</h2>
${
  report.checks.length === 0
    ? '<p>No check raised a flag on this document.</p>'
    : `<table><tr><th>check</th><th>raised</th><th>confirmed</th><th>dismissed</th><th>precision</th></tr>${checkRows}</table>`
}
<h2>Reviewers</h2>
${
  report.reviewers.length === 0
    ? '<p>No one has reviewed anything yet.</p>'
    : `<table><tr><th>reviewer</th><th>units edited</th><th>approved</th><th>rejected</th><th>no error</th><th>flags confirmed</th><th>flags dismissed</th><th>errors marked</th></tr>${reviewerRows}</table>`
}
<h2>Errors</h2>
${
  report.errors.length === 0
    ? '<p>No errors recorded yet: a reviewer’s annotations and confirmed flags are listed here.</p>'
    : `<table><tr><th>unit</th><th>category</th><th>severity</th><th>from</th><th>text</th><th>comment</th></tr>${errorRows}</table>`
}
</body></html>
`;
}

async function xlsx(report: DocumentReport): Promise<Buffer> {
  // exceljs takes a few hundred milliseconds to load: only the xlsx report pays for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mt-review';
  const summary = workbook.addWorksheet('Summary');
  summary.addRows([
    ['Document', report.document.title],
    ['Languages', `${report.document.sourceLang} → ${report.document.targetLang}`],
    ['Units', report.units],
    ['Source words', report.sourceWords],
    ['MQM penalty', report.penalty],
    ['Reviewed units', report.reviewedUnits],
    ['Reviewed source words', report.reviewedWords],
    ['MQM quality score', report.qualityScore ?? 'no unit reviewed yet'],
    ['Edit rate', report.editRate],
    [],
    ['Category', 'Minor', 'Major', 'Critical', 'Penalty'],
    ...report.byCategory.map((c) => [c.category, c.minor, c.major, c.critical, c.penalty]),
  ]);
  summary.getColumn(1).width = 28;
  const units = workbook.addWorksheet('Units');
  units.columns = [
    { header: 'Unit', key: 'unit', width: 6 },
    { header: 'Id', key: 'id', width: 8 },
    { header: 'Status', key: 'status', width: 11 },
    { header: 'Risk', key: 'risk', width: 7 },
    { header: 'Source', key: 'source', width: 50 },
    { header: 'Machine translation', key: 'machineTranslation', width: 50 },
    { header: 'Corrected', key: 'corrected', width: 50 },
    { header: 'Edit rate', key: 'editRate', width: 9 },
    { header: 'Flags', key: 'flags', width: 60 },
    { header: 'Annotations', key: 'annotations', width: 40 },
    { header: 'Reviewer note', key: 'reviewerNote', width: 40 },
    { header: 'Comments', key: 'comments', width: 50 },
  ];
  units.addRows(report.rows);
  units.getRow(1).font = { bold: true };
  const errors = workbook.addWorksheet('Errors');
  errors.columns = [
    { header: 'Unit', key: 'unit', width: 6 },
    { header: 'Category', key: 'category', width: 26 },
    { header: 'Severity', key: 'severity', width: 10 },
    { header: 'From', key: 'origin', width: 16 },
    { header: 'Text', key: 'text', width: 30 },
    { header: 'Comment', key: 'comment', width: 60 },
    { header: 'Mended', key: 'mended', width: 9 },
  ];
  errors.addRows(report.errors.map((e) => ({ ...e, mended: e.mended ? 'yes' : '' })));
  errors.getRow(1).font = { bold: true };
  const reviewers = workbook.addWorksheet('Reviewers');
  reviewers.columns = [
    { header: 'Reviewer', key: 'name', width: 18 },
    { header: 'Units edited', key: 'unitsEdited', width: 12 },
    { header: 'Approved', key: 'approved', width: 10 },
    { header: 'Rejected', key: 'rejected', width: 10 },
    { header: 'No error', key: 'markedNoError', width: 10 },
    { header: 'Flags confirmed', key: 'flagsConfirmed', width: 15 },
    { header: 'Flags dismissed', key: 'flagsDismissed', width: 15 },
    { header: 'Errors marked', key: 'errorsMarked', width: 13 },
  ];
  reviewers.addRows(report.reviewers);
  reviewers.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The report as JSON, CSV (one row per unit), XLSX (summary, units, errors) or HTML with a chart. */
export async function renderReport(report: DocumentReport, format: ReportFormat): Promise<RenderedReport> {
  const base = `${report.document.title.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'document'}-report`;
  switch (format) {
    case 'json':
      return {
        fileName: `${base}.json`,
        contentType: 'application/json; charset=utf-8',
        body: `${JSON.stringify(report, null, 2)}\n`,
      };
    case 'csv':
      return {
        fileName: `${base}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: stringify(report.rows, { header: true }),
      };
    case 'xlsx':
      return {
        fileName: `${base}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await xlsx(report),
      };
    case 'html':
      return { fileName: `${base}.html`, contentType: 'text/html; charset=utf-8', body: html(report) };
  }
}
