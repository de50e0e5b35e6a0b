import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ConcordanceResult,
  DocumentListEntry,
  MemoryImport,
  MemoryMatch,
  QualityOverview,
} from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

const TMX = readFileSync('fixtures/samples/approved.tmx');

describe('a translation memory the team brings in', () => {
  let t: TestApp;
  let imported: MemoryImport;
  const upload = async (role: 'translator' | 'editor' | 'qa', fields: Record<string, string>, file = TMX) => {
    const { agent, csrf } = await t.as(role);
    let request = agent.post('/api/memory/imports').set('X-CSRF-Token', csrf);
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', file, 'approved.tmx');
  };
  beforeAll(async () => {
    t = await testApp();
    const response = await upload('editor', { sourceLang: 'en', targetLang: 'pl' });
    expect(response.status).toBe(201);
    imported = response.body;
  });

  it("holds the file's sentence pairs of the language pair, and lists it apart from the documents", async () => {
    expect(imported).toMatchObject({ title: 'approved.tmx', sourceLang: 'en', targetLang: 'pl', entries: 1 });
    const { agent } = await t.as('translator');
    expect((await agent.get('/api/memory/imports').expect(200)).body.memories).toEqual([imported]);
    const listed: DocumentListEntry[] = (await agent.get('/api/documents').expect(200)).body.documents;
    expect(listed.map((d) => d.title)).not.toContain('approved.tmx');
    const quality: QualityOverview = (await agent.get('/api/quality').expect(200)).body;
    expect(quality.pairs[0]?.documents).toBe(1);
  });

  it('is read like the team’s own approvals: a finding with its fix, a 100 % match, a concordance hit', async () => {
    const unit = await demoUnitWith(t, 'Ukraina nie pozwoli Ukrainie');
    expect(unit.flags.find((f) => f.check === 'translation-memory')).toMatchObject({
      fix: expect.stringContaining('Ukraina nie zostanie przyjęta') as unknown,
      message: expect.stringContaining('approved.tmx, unit 3') as unknown,
    });
    const { agent } = await t.as('translator');
    const matches: MemoryMatch[] = (await agent.get(`/api/units/${unit.id}/memory`).expect(200)).body.matches;
    expect(matches[0]).toMatchObject({ similarity: 1, documentTitle: 'approved.tmx', status: 'approved' });
    const found: ConcordanceResult = (await agent.get('/api/memory').query({ q: 'nie zostanie przyjęta' }))
      .body;
    expect(found.hits.map((h) => h.documentTitle)).toEqual(['approved.tmx']);
  });

  it('refuses a translator, a file with nothing of the pair, and a request with no file, saying why', async () => {
    expect((await upload('translator', { sourceLang: 'en', targetLang: 'pl' })).status).toBe(403);
    const french = await upload('qa', { sourceLang: 'en', targetLang: 'fr' });
    expect(french.status).toBe(422);
    expect(french.body.error.message).toBe('approved.tmx holds no en → fr sentence pairs');
    const { agent, csrf } = await t.as('qa');
    const none = await agent
      .post('/api/memory/imports')
      .set('X-CSRF-Token', csrf)
      .field('sourceLang', 'en')
      .field('targetLang', 'pl');
    expect(none.status).toBe(400);
    const broken = await upload('qa', { sourceLang: 'en', targetLang: 'pl' }, Buffer.from('<tmx><body>'));
    expect(broken.status).toBe(422);
    expect(broken.body.error.message).toContain('approved.tmx');
    expect((await agent.get('/api/memory/imports')).body.memories).toHaveLength(1);
  });

  it('goes again with its units, and the documents no longer hear of it; a document is never deleted this way', async () => {
    const { agent, csrf } = await t.as('qa');
    await agent.delete('/api/memory/imports/1').set('X-CSRF-Token', csrf).expect(404);
    await agent.delete(`/api/memory/imports/${imported.id}`).set('X-CSRF-Token', csrf).expect(200);
    expect((await agent.get('/api/memory/imports')).body.memories).toEqual([]);
    const unit = await demoUnitWith(t, 'Ukraina nie pozwoli Ukrainie');
    expect(unit.flags.map((f) => f.check)).not.toContain('translation-memory');
    expect((await agent.get('/api/memory').query({ q: 'nie zostanie przyjęta' })).body.hits).toEqual([]);
  });
});
