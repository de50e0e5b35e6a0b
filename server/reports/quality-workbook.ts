import type { QualityOverview } from '../domain/api';

const pairName = (pair: { sourceLang: string; targetLang: string }): string =>
  `${pair.sourceLang} → ${pair.targetLang}`;

/** The quality overview as a workbook: pairs, errors by category, checks' precision, documents. */
export async function qualityWorkbook(overview: QualityOverview): Promise<Buffer> {
  // exceljs takes a few hundred milliseconds to load: only the workbook pays for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mt-review';
  const sheet = (name: string, columns: { header: string; key: string; width: number }[]) => {
    const added = workbook.addWorksheet(name);
    added.columns = columns;
    added.getRow(1).font = { bold: true };
    return added;
  };
  const pair = { header: 'Languages', key: 'pair', width: 12 };
  sheet('Pairs', [
    pair,
    { header: 'Documents', key: 'documents', width: 11 },
    { header: 'Reviewed units', key: 'reviewedUnits', width: 15 },
    { header: 'Reviewed source words', key: 'reviewedWords', width: 21 },
    { header: 'MQM penalty', key: 'penalty', width: 12 },
    { header: 'MQM quality score', key: 'qualityScore', width: 17 },
    { header: 'Minor', key: 'minor', width: 8 },
    { header: 'Major', key: 'major', width: 8 },
    { header: 'Critical', key: 'critical', width: 9 },
    { header: 'Edit rate', key: 'editRate', width: 10 },
  ]).addRows(
    overview.pairs.map((p) => ({ ...p, ...p.errors, pair: pairName(p), qualityScore: p.qualityScore ?? '' })),
  );
  sheet('Categories', [
    pair,
    { header: 'Category', key: 'category', width: 30 },
    { header: 'Minor', key: 'minor', width: 8 },
    { header: 'Major', key: 'major', width: 8 },
    { header: 'Critical', key: 'critical', width: 9 },
    { header: 'Penalty', key: 'penalty', width: 9 },
  ]).addRows(overview.pairs.flatMap((p) => p.byCategory.map((c) => ({ ...c, pair: pairName(p) }))));
  sheet('Checks', [
    pair,
    { header: 'Check', key: 'check', width: 26 },
    { header: 'Raised', key: 'raised', width: 9 },
    { header: 'Confirmed', key: 'confirmed', width: 11 },
    { header: 'Dismissed', key: 'dismissed', width: 11 },
    { header: 'Precision', key: 'precision', width: 10 },
  ]).addRows(
    overview.pairs.flatMap((p) =>
      p.checks.map((c) => ({ ...c, pair: pairName(p), precision: c.precision ?? '' })),
    ),
  );
  sheet('Documents', [
    pair,
    { header: 'Document', key: 'title', width: 50 },
    { header: 'Imported', key: 'createdAt', width: 22 },
    { header: 'Archived', key: 'archived', width: 9 },
    { header: 'Units', key: 'units', width: 7 },
    { header: 'Reviewed units', key: 'reviewedUnits', width: 15 },
    { header: 'MQM penalty', key: 'penalty', width: 12 },
    { header: 'MQM quality score', key: 'qualityScore', width: 17 },
  ]).addRows(
    overview.pairs.flatMap((p) =>
      p.perDocument.map((d) => ({
        ...d,
        pair: pairName(p),
        archived: d.archived ? 'yes' : '',
        qualityScore: d.qualityScore ?? '',
      })),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
