import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, QualityOverview } from '../../../server/domain/api';
import { type TestApp, asBytes, demoUnitWith, testApp } from '../../helpers/app';

describe('the quality of each language pair over every document', () => {
  let t: TestApp;
  let brief: DocumentDetail;
  beforeAll(async () => {
    t = await testApp();
    const editor = await t.as('editor');
    const send = (path: string, body: object) =>
      editor.agent.post(path).set('X-CSRF-Token', editor.csrf).send(body);
    // The demo: the repeated name confirmed (major), a word-order slip marked (minor).
    const repeated = await demoUnitWith(t, 'nie pozwoli Ukrainie');
    const flag = repeated.flags.find((f) => f.check === 'entity-duplication');
    await send(`/api/flags/${flag?.id}/decision`, { decision: 'confirmed' }).expect(200);
    const biden = await demoUnitWith(t, 'Biden wcześniej');
    await send(`/api/units/${biden.id}/issues`, {
      category: 'Fluency/Grammar',
      severity: 'minor',
      side: 'target',
      comment: 'word order',
    }).expect(201);
    // A short brief, approved without an error.
    brief = (
      await send('/api/documents', {
        title: 'Brief',
        sourceLang: 'en',
        targetLang: 'pl',
        sourceText: 'The port reopened on Tuesday after a week of repairs to the main quay.',
        targetText: 'Port otwarto ponownie we wtorek po tygodniu napraw głównego nabrzeża.',
      }).expect(201)
    ).body;
    const unit = brief.units[0];
    await send(`/api/units/${unit?.id}/status`, { status: 'approved', version: unit?.version }).expect(200);
    await send('/api/documents', {
      title: 'Nicht geprüft',
      sourceLang: 'en',
      targetLang: 'de',
      sourceText: 'Prices rose.',
      targetText: 'Die Preise stiegen.',
    }).expect(201);
  });

  it('pools the errors of all reviewed units over all their source words, as MQM scores a body of work', async () => {
    const { agent } = await t.as('qa');
    const overview: QualityOverview = (await agent.get('/api/quality').expect(200)).body;
    const [polish, german] = overview.pairs;
    expect(polish).toMatchObject({
      sourceLang: 'en',
      targetLang: 'pl',
      documents: 2,
      reviewedDocuments: 2,
      penalty: 6,
      errors: { minor: 1, major: 1, critical: 0 },
    });
    const demo = (await agent.get('/api/documents/1/report').expect(200)).body;
    const briefReport = (await agent.get(`/api/documents/${brief.id}/report`).expect(200)).body;
    expect(polish?.reviewedWords).toBe(demo.reviewedWords + briefReport.reviewedWords);
    const pooled = 100 * (1 - 6 / (demo.reviewedWords + briefReport.reviewedWords));
    expect(polish?.qualityScore).toBeCloseTo(pooled, 2);
    // Not the mean of the two documents' scores, which would weigh the one-line brief like the article.
    expect(polish?.qualityScore).not.toBeCloseTo((demo.qualityScore + briefReport.qualityScore) / 2, 1);
    expect(polish?.byCategory).toEqual(
      expect.arrayContaining([
        { category: 'Accuracy/Mistranslation', minor: 0, major: 1, critical: 0, penalty: 5 },
        { category: 'Fluency/Grammar', minor: 1, major: 0, critical: 0, penalty: 1 },
      ]),
    );
    expect(polish?.checks.find((c) => c.check === 'entity-duplication')).toMatchObject({
      confirmed: 1,
      dismissed: 0,
      precision: 1,
    });
    expect(polish?.perDocument.map((d) => [d.title, d.qualityScore === null])).toEqual([
      ['US and Russia to hold talks on Ukraine (demo)', false],
      ['Brief', false],
    ]);
    // A pair no one has reviewed yet has no score at all.
    expect(german).toMatchObject({ targetLang: 'de', documents: 1, reviewedUnits: 0, qualityScore: null });
  });

  it("keeps to the documents imported in a period, for a month's report", async () => {
    const { agent } = await t.as('qa');
    const today = new Date().toISOString().slice(0, 10);
    const within: QualityOverview = (await agent.get('/api/quality').query({ from: today, to: today })).body;
    expect(within.period).toEqual({ from: today, to: today });
    expect(within.pairs.map((p) => p.documents)).toEqual([2, 1]);
    const later: QualityOverview = (await agent.get('/api/quality').query({ from: '2999-01-01' }).expect(200))
      .body;
    expect(later.pairs).toEqual([]);
    const backwards = await agent
      .get('/api/quality')
      .query({ from: '2026-12-01', to: '2026-11-01' })
      .expect(400);
    expect(backwards.body.error.message).toBe('to: "to" is before "from"');
    const file = await agent
      .get('/api/quality')
      .query({ format: 'xlsx', from: '2026-11-01', to: '2026-11-30' });
    expect(file.headers['content-disposition']).toContain('mt-quality-2026-11-01-to-2026-11-30.xlsx');
  });

  it('hands the overview on as a workbook: pairs, categories, checks and documents', async () => {
    const { agent } = await t.as('qa');
    const file = await agent.get('/api/quality?format=xlsx').buffer(true).parse(asBytes).expect(200);
    expect(file.headers['content-disposition']).toMatch(/mt-quality-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.body as Buffer).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Pairs', 'Categories', 'Checks', 'Documents']);
    const pairs = workbook.getWorksheet('Pairs');
    expect(pairs?.getRow(2).getCell(1).text).toBe('en → pl');
    expect(pairs?.getRow(2).getCell(5).value).toBe(6);
    const bad = await agent.get('/api/quality?format=pdf').expect(400);
    expect(bad.body.error.message).toContain('format is json or xlsx');
  });
});
