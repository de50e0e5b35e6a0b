import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../server/domain/api';
import { type TestApp, testApp } from '../../helpers/app';

/** What a review page open on the demo compares with the document it shows. */
describe('a document open on two screens tells them when it moved on', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  const revision = async (): Promise<number> => {
    const { agent } = await t.as('translator');
    return (await agent.get('/api/documents/1/revision').expect(200)).body.revision;
  };

  it("moves on with a colleague's approval, and the document says the same revision", async () => {
    const { agent } = await t.as('translator');
    const shown: DocumentDetail = (await agent.get('/api/documents/1').expect(200)).body;
    expect(await revision()).toBe(shown.revision);
    const unit = shown.units[1];
    if (!unit) throw new Error('no second unit');
    const editor = await t.as('editor');
    await editor.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', editor.csrf)
      .send({ status: 'approved', version: unit.version })
      .expect(200);
    expect(await revision()).toBeGreaterThan(shown.revision);
    const reloaded: DocumentDetail = (await agent.get('/api/documents/1').expect(200)).body;
    expect(reloaded.revision).toBe(await revision());
    expect(reloaded.units[1]?.status).toBe('approved');
  });

  it('moves on when a glossary change elsewhere re-checks it, though nobody touched the document', async () => {
    const before = await revision();
    const { agent, csrf } = await t.as('editor');
    await agent
      .post('/api/glossary')
      .set('X-CSRF-Token', csrf)
      .send({ sourceLang: 'en', targetLang: 'pl', terms: [{ sourceTerm: 'talks', targetTerm: 'rozmowy' }] })
      .expect(201);
    expect(await revision()).toBeGreaterThan(before);
  });

  it('answers 404 for a document that does not exist', async () => {
    const { agent } = await t.as('translator');
    expect((await agent.get('/api/documents/99/revision').expect(404)).body.error.message).toMatch(
      /document 99/,
    );
  });
});
