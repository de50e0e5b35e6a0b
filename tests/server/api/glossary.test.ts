import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiGlossaryTerm, ApiUnit } from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

const terminologyFlags = (unit: ApiUnit) => unit.flags.filter((f) => f.check === 'terminology');

describe('the glossary', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it('is kept by editors and QA leads, not translators', async () => {
    const { agent, csrf } = await t.as('translator');
    const response = await agent
      .post('/api/glossary')
      .set('X-CSRF-Token', csrf)
      .send({ sourceLang: 'en', targetLang: 'pl', terms: [{ sourceTerm: 'talks', targetTerm: 'rozmowy' }] })
      .expect(403);
    expect(response.body.error.message).toMatch(/editor or a QA lead/);
  });

  it('flags the stored documents of the pair at once, with the approved term, and lets go when the term is removed', async () => {
    const { agent, csrf } = await t.as('editor');
    const before = await demoUnitWith(t, 'będą rozmawiać');
    expect(terminologyFlags(before)).toEqual([]);
    const added: { terms: ApiGlossaryTerm[] } = (
      await agent
        .post('/api/glossary')
        .set('X-CSRF-Token', csrf)
        .send({
          sourceLang: 'en',
          targetLang: 'pl',
          terms: [
            { sourceTerm: 'talks', targetTerm: 'rozmowy', note: 'house style' },
            { sourceTerm: 'White House', targetTerm: 'Biały Dom' },
          ],
        })
        .expect(201)
    ).body;
    expect(added.terms.map((term) => [term.sourceTerm, term.targetTerm, term.createdBy])).toEqual([
      ['talks', 'rozmowy', 'editor'],
      ['White House', 'Biały Dom', 'editor'],
    ]);
    const after = await demoUnitWith(t, 'będą rozmawiać');
    expect(terminologyFlags(after)).toMatchObject([
      {
        category: 'Terminology',
        side: 'source',
        message: expect.stringContaining('“rozmowy”') as unknown,
      },
    ]);
    // Nobody had reviewed the unit: it is flagged now, as the list of units shows.
    expect(after).toMatchObject({ status: 'flagged', flagged: true });
    // The translator sees the term and what to write for it.
    expect(after.terms).toEqual([
      {
        sourceTerm: 'talks',
        span: { start: 22, end: 27 },
        approved: ['rozmowy'],
        forbidden: [],
        note: 'house style',
      },
    ]);
    const flag = terminologyFlags(after)[0];
    expect(after.source.slice(flag?.span?.start, flag?.span?.end)).toBe('talks');
    // "urzędnik Białego Domu": the approved term, inflected.
    expect(terminologyFlags(await demoUnitWith(t, 'Białego Domu'))).toEqual([]);
    const listed: { terms: ApiGlossaryTerm[] } = (await agent.get('/api/glossary').expect(200)).body;
    const talks = listed.terms.find((term) => term.sourceTerm === 'talks');
    await agent.delete(`/api/glossary/${talks?.id}`).set('X-CSRF-Token', csrf).expect(200);
    const unflagged = await demoUnitWith(t, 'będą rozmawiać');
    expect(terminologyFlags(unflagged)).toEqual([]);
    expect(unflagged.status).toBe('new');
  });

  it('imports a spreadsheet-like file with forbidden renderings', async () => {
    const { agent, csrf } = await t.as('qa');
    const file =
      'source\ttarget\tforbidden\tnote\nRussia\tFederacja Rosyjska\t\t\nRussia\tRosja\tyes\tfull name in the first mention\n';
    const imported: { terms: ApiGlossaryTerm[] } = (
      await agent
        .post('/api/glossary')
        .set('X-CSRF-Token', csrf)
        .field('sourceLang', 'en')
        .field('targetLang', 'pl')
        .attach('file', Buffer.from(file), 'terms.tsv')
        .expect(201)
    ).body;
    expect(imported.terms.map((term) => term.forbidden)).toEqual([false, true]);
    const unit = await demoUnitWith(t, 'Rosja domaga się');
    expect(terminologyFlags(unit)[0]).toMatchObject({
      side: 'target',
      message: expect.stringMatching(/“Rosja” is not to be used.*“Federacja Rosyjska”.*full name/) as unknown,
    });
  });

  it('imports the pair’s terms from a TBX termbase, and says when it has none for the pair', async () => {
    const { agent, csrf } = await t.as('qa');
    const tbx = readFileSync(new URL('../../../fixtures/samples/glossary.tbx', import.meta.url));
    const imported: { terms: ApiGlossaryTerm[] } = (
      await agent
        .post('/api/glossary')
        .set('X-CSRF-Token', csrf)
        .field('sourceLang', 'eng')
        .field('targetLang', 'de-DE')
        .attach('file', tbx, 'newsroom.tbx')
        .expect(201)
    ).body;
    // Stored under the codes documents have: "eng" and "de-DE" are en and de.
    expect(new Set(imported.terms.map((term) => `${term.sourceLang}-${term.targetLang}`))).toEqual(
      new Set(['en-de']),
    );
    expect(
      imported.terms.map((term) => `${term.sourceTerm}→${term.targetTerm}${term.forbidden ? ' (not)' : ''}`),
    ).toEqual([
      'Kyiv→Kyjiw',
      'Kyiv→Kiew (not)',
      'Kiev→Kyjiw',
      'Kiev→Kiew (not)',
      'White House→Weißes Haus',
      'talks→Gespräche',
    ]);
    const none = await agent
      .post('/api/glossary')
      .set('X-CSRF-Token', csrf)
      .field('sourceLang', 'en')
      .field('targetLang', 'fr')
      .attach('file', tbx, 'newsroom.tbx')
      .expect(422);
    expect(none.body.error.message).toBe('newsroom.tbx has no terms for en → fr');
  });

  it('says what is wrong with a term or a file, and stores nothing of it', async () => {
    const { agent, csrf } = await t.as('editor');
    const count = async () =>
      ((await agent.get('/api/glossary').expect(200)).body as { terms: unknown[] }).terms.length;
    const stored = await count();
    const empty = await agent
      .post('/api/glossary')
      .set('X-CSRF-Token', csrf)
      .send({
        sourceLang: 'en',
        targetLang: 'pl',
        terms: [
          { sourceTerm: 'vote', targetTerm: 'głosowanie' },
          { sourceTerm: 'poll', targetTerm: ' ' },
        ],
      })
      .expect(400);
    expect(empty.body.error.message).toMatch(/target term is empty/);
    const language = await agent
      .post('/api/glossary')
      .set('X-CSRF-Token', csrf)
      .send({
        sourceLang: 'xx',
        targetLang: 'pl',
        terms: [{ sourceTerm: 'vote', targetTerm: 'głosowanie' }],
      })
      .expect(400);
    expect(language.body.error.message).toMatch(/sourceLang/);
    const badFile = await agent
      .post('/api/glossary')
      .set('X-CSRF-Token', csrf)
      .field('sourceLang', 'en')
      .field('targetLang', 'pl')
      .attach('file', Buffer.from('source\ttarget\nvote\tgłosowanie\npoll\t\n'), 'terms.tsv');
    expect(badFile.status).toBeGreaterThanOrEqual(400);
    expect(badFile.status).toBeLessThan(500);
    expect(badFile.body.error.message).toMatch(/terms\.tsv:3: the target term is empty/);
    await agent.delete('/api/glossary/9999').set('X-CSRF-Token', csrf).expect(404);
    expect(await count()).toBe(stored);
  });
});
