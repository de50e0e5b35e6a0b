import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnit, DocumentDetail } from '../../../server/domain/api';
import { type TestApp, asBytes, asText, demoUnitWith, testApp } from '../../helpers/app';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { documentText } from '../../../server/ingest/index';

describe('reports and exports over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
    const { agent, csrf } = await t.as('editor');
    const doc: DocumentDetail = (await agent.get('/api/documents/1')).body;
    const find = (text: string): ApiUnit => {
      const unit = doc.units.find((u) => u.target.includes(text));
      if (!unit) throw new Error(text);
      return unit;
    };
    const hesitating = find('wahają się');
    const start = hesitating.target.indexOf('wahają się');
    await agent
      .post(`/api/units/${hesitating.id}/issues`)
      .set('X-CSRF-Token', csrf)
      .send({
        category: 'Accuracy/Mistranslation',
        severity: 'major',
        side: 'target',
        start,
        end: start + 10,
        comment: 'hammering out ≠ hesitating',
      })
      .expect(201);
    const bio = find('Organizator');
    const flag = bio.flags[0];
    if (flag)
      await agent
        .post(`/api/flags/${flag.id}/decision`)
        .set('X-CSRF-Token', csrf)
        .send({ decision: 'confirmed' })
        .expect(200);
    const repeated = find('Ukraina nie pozwoli');
    const duplicate = repeated.flags.find((f) => f.check === 'entity-duplication');
    if (duplicate)
      await agent
        .post(`/api/flags/${duplicate.id}/decision`)
        .set('X-CSRF-Token', csrf)
        .send({ decision: 'dismissed' })
        .expect(200);
    await agent
      .patch(`/api/units/${repeated.id}`)
      .set('X-CSRF-Token', csrf)
      .send({
        target: repeated.target.replace(
          'Ukraina nie pozwoli Ukrainie przyłączyć się',
          'Ukraina nie zostanie przyjęta',
        ),
        version: repeated.version,
      })
      .expect(200);
  });

  it('scores the document by MQM from annotations and confirmed flags, with edit rate and flag precision', async () => {
    const { agent } = await t.as('qa');
    const report = (await agent.get('/api/documents/1/report?format=json').expect(200)).body;
    expect(
      report.errors.map((e: { origin: string; severity: string }) => `${e.origin}:${e.severity}`).sort(),
    ).toEqual(['annotation:major', 'confirmed flag:major']);
    expect(report.penalty).toBe(10);
    // Scored over the three units a reviewer has looked at, not the whole document.
    expect(report.reviewedUnits).toBe(3);
    expect(report.reviewedWords).toBeGreaterThan(0);
    expect(report.reviewedWords).toBeLessThan(report.sourceWords);
    expect(report.qualityScore).toBeCloseTo(100 * (1 - 10 / report.reviewedWords), 2);
    expect(report.editedUnits).toBe(1);
    expect(report.editRate).toBeGreaterThan(0);
    expect(report.checks.find((c: { check: string }) => c.check === 'addition')).toMatchObject({
      confirmed: 1,
      precision: 1,
    });
    // The work behind the score, from the audit trail: the editor did all of it.
    expect(report.reviewers).toEqual([
      {
        name: 'editor',
        unitsEdited: 1,
        approved: 0,
        rejected: 0,
        markedNoError: 0,
        flagsConfirmed: 1,
        flagsDismissed: 1,
        errorsMarked: 1,
      },
    ]);
    expect(report.byCategory.map((c: { category: string }) => c.category).sort()).toEqual([
      'Accuracy/Addition',
      'Accuracy/Mistranslation',
    ]);
  });

  it('serves the report as an HTML page with a chart, CSV and XLSX', async () => {
    const { agent } = await t.as('qa');
    const html = await agent.get('/api/documents/1/report?format=html').expect(200);
    expect(html.type).toBe('text/html');
    expect(html.text).toMatch(/<svg role="img" aria-label="penalty points by MQM category"/);
    expect(html.text).toMatch(/3 of 14 units reviewed \(\d+ of \d+ source words\): provisional/);
    expect(html.text).toContain('<h2>Reviewers</h2>');
    expect(html.text).toMatch(/<tr><td>editor<\/td><td>1<\/td>/);
    const csv = await agent.get('/api/documents/1/report?format=csv').expect(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="?.*-report\.csv"?/);
    const xlsx = await agent.get('/api/documents/1/report?format=xlsx').buffer(true).parse(asBytes);
    expect(Buffer.isBuffer(xlsx.body) && xlsx.body.subarray(0, 2).toString()).toBe('PK');
    const bad = await agent.get('/api/documents/1/report?format=pdf').expect(400);
    expect(bad.body.error.message).toMatch(/^format/);
  });

  it('exports the corrected translation as text, XLIFF and TMX', async () => {
    const { agent } = await t.as('translator');
    const text = await agent.get('/api/documents/1/export?format=txt').expect(200);
    expect(text.text).toContain('Ukraina nie zostanie przyjęta');
    expect(text.text.split('\n').filter(Boolean)).toHaveLength(12);
    const xliff = await agent
      .get('/api/documents/1/export?format=xliff')
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(xliff.body).toMatch(/<alt-trans origin="machine-translation">/);
    expect(xliff.body).toMatch(/state="translated"/);
    const tmx = await agent.get('/api/documents/1/export?format=tmx').buffer(true).parse(asText).expect(200);
    expect(tmx.body).toMatch(/<tmx version="1.4">/);
  });
  it('exports the corrected translation as a Word document, paragraph for paragraph as the text, in its language', async () => {
    const { agent } = await t.as('translator');
    const text = await agent.get('/api/documents/1/export?format=txt').expect(200);
    const word = await agent
      .get('/api/documents/1/export?format=docx')
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    expect(word.headers['content-disposition']).toMatch(/filename="?.*\.pl\.docx"?/);
    const bytes = Buffer.from(word.body);
    expect(await documentText(bytes, 'export.docx')).toBe(text.text.trim());
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(xml).toMatch(/<w:lang w:val="pl"/);
    expect(xml).not.toMatch(/<w:bidi/);
  });

  it('runs the paragraphs of a translation into Arabic right to left in its Word document', async () => {
    const { agent, csrf } = await t.as('editor');
    const created: DocumentDetail = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .send({
          title: 'Talks',
          sourceLang: 'en',
          targetLang: 'ar',
          sourceText: 'The talks begin on Monday.',
          targetText: 'تبدأ المحادثات يوم الاثنين.',
        })
        .expect(201)
    ).body;
    const word = await agent
      .get(`/api/documents/${created.id}/export?format=docx`)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    const xml = await (
      await JSZip.loadAsync(Buffer.from(word.body))
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml).toMatch(/<w:bidi\/>/);
    expect(xml).toMatch(/<w:lang w:bidi="ar"/);
    expect(xml).toContain('تبدأ المحادثات يوم الاثنين.');
  });

  it("carries the editor's reason for rejecting a unit into the CSV and the XLIFF", async () => {
    const { agent, csrf } = await t.as('editor');
    const unit = await demoUnitWith(t, 'Biden wcześniej');
    await agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', csrf)
      .send({ status: 'rejected', version: unit.version, comment: 'concessions, not "ustępstwa" here' })
      .expect(200);
    const csv = await agent.get('/api/documents/1/report?format=csv').expect(200);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.id === unit.externalId)?.reviewerNote).toBe(
      'rejected by editor: concessions, not "ustępstwa" here',
    );
    expect(rows.filter((row) => row.reviewerNote !== '')).toHaveLength(1);
    const xliff = await agent
      .get('/api/documents/1/export?format=xliff')
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(xliff.body).toContain(
      '<note from="editor">rejected: concessions, not &quot;ustępstwa&quot; here</note>',
    );
  });
});
