import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../server/domain/api';
import { type TestApp, testApp } from '../../helpers/app';

describe('archiving a document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it('is for editors and QA leads', async () => {
    const { agent, csrf } = await t.as('translator');
    const refused = await agent
      .post('/api/documents/1/archive')
      .set('X-CSRF-Token', csrf)
      .send({ archived: true })
      .expect(403);
    expect(refused.body.error.message).toMatch(/editor or a QA lead/);
  });

  it('marks the document archived in the list, keeps its review, records who did it, and restores it', async () => {
    const { agent, csrf } = await t.as('qa');
    const archived: DocumentSummary = (
      await agent
        .post('/api/documents/1/archive')
        .set('X-CSRF-Token', csrf)
        .send({ archived: true })
        .expect(200)
    ).body;
    expect(archived.archivedAt).not.toBeNull();
    const listed: { documents: DocumentSummary[] } = (await agent.get('/api/documents').expect(200)).body;
    expect(listed.documents.find((doc) => doc.id === 1)).toMatchObject({
      archivedAt: archived.archivedAt,
      unitCount: archived.unitCount,
    });
    // Still open for reading and export.
    await agent.get('/api/documents/1').expect(200);
    const events = t.db
      .prepare(
        "SELECT kind, user_id FROM events WHERE document_id = 1 AND kind IN ('archive', 'restore') ORDER BY id",
      )
      .all();
    expect(events).toHaveLength(1);
    const restored: DocumentSummary = (
      await agent
        .post('/api/documents/1/archive')
        .set('X-CSRF-Token', csrf)
        .send({ archived: false })
        .expect(200)
    ).body;
    expect(restored.archivedAt).toBeNull();
  });

  it('says what is wrong with the request', async () => {
    const { agent, csrf } = await t.as('editor');
    const bad = await agent
      .post('/api/documents/1/archive')
      .set('X-CSRF-Token', csrf)
      .send({ archived: 'yes' })
      .expect(400);
    expect(bad.body.error.message).toMatch(/archived/);
    await agent
      .post('/api/documents/99/archive')
      .set('X-CSRF-Token', csrf)
      .send({ archived: true })
      .expect(404);
  });
});
