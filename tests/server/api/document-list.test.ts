import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentListEntry } from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

describe('the documents list with each document’s quality so far', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  const listed = async (): Promise<DocumentListEntry> => {
    const { agent } = await t.as('qa');
    const documents: DocumentListEntry[] = (await agent.get('/api/documents').expect(200)).body.documents;
    const demo = documents[0];
    if (!demo) throw new Error('no document');
    return demo;
  };

  it('has no score before anything is reviewed, then the error report’s, kept up with every decision', async () => {
    expect(await listed()).toMatchObject({ qualityScore: null, scoredUnits: 0 });
    const { agent, csrf } = await t.as('qa');
    const unit = await demoUnitWith(t, 'nie pozwoli Ukrainie');
    const flag = unit.flags.find((f) => f.check === 'entity-duplication');
    await agent
      .post(`/api/flags/${flag?.id}/decision`)
      .set('X-CSRF-Token', csrf)
      .send({ decision: 'confirmed' })
      .expect(200);
    const report = (await agent.get('/api/documents/1/report?format=json').expect(200)).body;
    expect(report.qualityScore).toBeLessThan(100);
    expect(await listed()).toMatchObject({ qualityScore: report.qualityScore, scoredUnits: 1 });
    // The review page asks for the score alone.
    expect((await agent.get('/api/documents/1/quality').expect(200)).body).toEqual({
      qualityScore: report.qualityScore,
      scoredUnits: 1,
    });
    expect((await agent.get('/api/documents/99/quality').expect(404)).body.error.message).toBe(
      'document 99 not found',
    );
    // Dismissed instead, the error is gone from the score the list shows.
    await agent
      .post(`/api/flags/${flag?.id}/decision`)
      .set('X-CSRF-Token', csrf)
      .send({ decision: 'dismissed' })
      .expect(200);
    expect(await listed()).toMatchObject({ qualityScore: 100, scoredUnits: 1 });
  });

  it('gives the list as CSV, one row per document, its quality score with it', async () => {
    const { agent } = await t.as('qa');
    const csv = await agent.get('/api/documents?format=csv').expect(200);
    expect(csv.headers['content-disposition']).toMatch(/filename="?documents\.csv"?/);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: '1',
      sourceLang: 'en',
      targetLang: 'pl',
      units: '14',
      qualityScore: '100',
    });
    const bad = await agent.get('/api/documents?format=pdf').expect(400);
    expect(bad.body.error.message).toMatch(/^format/);
  });
});
