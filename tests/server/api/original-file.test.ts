import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../server/domain/api';
import { readXliff } from '../../../server/ingest/xliff';
import { type TestApp, asBytes, asText, testApp } from '../../helpers/app';

const SAMPLE = new URL('../../../fixtures/samples/article.sdlxliff', import.meta.url);

describe('the imported XLIFF back, with the review written into it', () => {
  let t: TestApp;
  let doc: DocumentDetail;
  beforeAll(async () => {
    t = await testApp();
    const { agent, csrf } = await t.as('translator');
    doc = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .attach('file', readFileSync(SAMPLE), 'talks.sdlxliff')
        .expect(201)
    ).body;
  });

  it('offers the file by the name it came with, and gives back the corrections in it', async () => {
    expect(doc.originalFile).toBe('talks.sdlxliff');
    const { agent, csrf } = await t.as('translator');
    const date = doc.units.find((u) => u.externalId === 'c3d4');
    const fix = date?.flags.find((f) => f.fix !== undefined);
    expect(fix?.fix).toBe('12 stycznia');
    await agent
      .patch(`/api/units/${date?.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: 'Spotkanie odbędzie się 12 stycznia.', version: date?.version, flag: fix?.id })
      .expect(200);
    const file = await agent
      .get(`/api/documents/${doc.id}/export?format=original`)
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(file.headers['content-disposition']).toMatch(/filename="?talks\.sdlxliff"?$/);
    expect(file.headers['content-type']).toMatch(/^application\/xliff\+xml/);
    const pairs = readXliff(String(file.body), 'talks.sdlxliff').pairs;
    expect(pairs.find((p) => p.id === 'c3d4')?.target).toBe('Spotkanie odbędzie się 12 stycznia.');
    // What no one changed is as the tool wrote it, tags and all.
    expect(String(file.body)).toContain(
      'Biden <g id="3">zasygnalizował</g>, że USA nie pójdą na <mrk mtype="x-sdl-comment"',
    );
    expect(String(file.body)).toContain('<sdl:seg-defs>');
  });

  it("keeps the file's segments as the tool made them: no re-alignment", async () => {
    const { agent, csrf } = await t.as('editor');
    const refused = await agent
      .post(`/api/units/${doc.units[0]?.id}/alignment`)
      .set('X-CSRF-Token', csrf)
      .send({ action: 'merge-next' })
      .expect(422);
    expect(refused.body.error.message).toBe(
      'the segments come from talks.sdlxliff, which gets the review written back into it: they stay as they are there',
    );
  });

  it('says so for a document that did not come from an XLIFF', async () => {
    const { agent } = await t.as('translator');
    const demo: DocumentDetail = (await agent.get('/api/documents/1').expect(200)).body;
    expect(demo.originalFile).toBeNull();
    const refused = await agent.get('/api/documents/1/export?format=original').expect(404);
    expect(refused.body.error.message).toBe(
      'document 1 was not imported from a file it can be written back into (XLIFF, CSV, TSV, XLSX): export it as xliff, tmx or txt',
    );
  });
});

describe('the imported spreadsheet back, with the review written into it', () => {
  it('gives back the workbook with the corrected cell, the rest as it was', async () => {
    const t = await testApp({ demo: false });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Review');
    sheet.addRow(['source', 'target', 'reviewer']);
    sheet.addRow(['The museum will reopen on Friday.', 'Das Museum wird am Donnerstag wieder öffnen.', '']);
    sheet.addRow(['Entry is free.', 'Der Eintritt ist frei.', '']);
    const { agent, csrf } = await t.as('translator');
    const doc: DocumentDetail = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .field('sourceLang', 'en')
        .field('targetLang', 'de')
        .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'museum.xlsx')
        .expect(201)
    ).body;
    expect(doc.originalFile).toBe('museum.xlsx');
    const friday = doc.units[0];
    await agent
      .patch(`/api/units/${friday?.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: 'Das Museum wird am Freitag wieder öffnen.', version: friday?.version })
      .expect(200);
    const file = await agent
      .get(`/api/documents/${doc.id}/export?format=original`)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    expect(file.headers['content-type']).toMatch(/spreadsheetml/);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(file.body as Buffer).buffer);
    const review = back.getWorksheet('Review');
    expect(review?.getCell('B2').text).toBe('Das Museum wird am Freitag wieder öffnen.');
    expect(review?.getCell('B3').text).toBe('Der Eintritt ist frei.');
  });
});
