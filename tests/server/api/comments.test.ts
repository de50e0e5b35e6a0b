import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnit, DocumentDetail, HistoryEntry } from '../../../server/domain/api';
import { type TestApp, asText, demoUnitWith, testApp } from '../../helpers/app';

describe("a unit's discussion", () => {
  let t: TestApp;
  let unit: ApiUnit;
  const post = async (role: 'translator' | 'editor' | 'qa', unitId: number, body: object) => {
    const { agent, csrf } = await t.as(role);
    return agent.post(`/api/units/${unitId}/comments`).set('X-CSRF-Token', csrf).send(body);
  };
  beforeAll(async () => {
    t = await testApp();
    unit = await demoUnitWith(t, 'Biden wcześniej');
  });

  it('lets a translator answer an editor, each remark with who wrote it, kept with the unit and in its history', async () => {
    await post('editor', unit.id, { body: 'Is “sygnalizował” the register we use?' }).then((r) =>
      expect(r.status).toBe(201),
    );
    const answered: ApiUnit = (await post('translator', unit.id, { body: '  Yes: the style guide, p. 4.  ' }))
      .body;
    expect(answered.comments.map((c) => [c.createdBy, c.body])).toEqual([
      ['editor', 'Is “sygnalizował” the register we use?'],
      ['translator', 'Yes: the style guide, p. 4.'],
    ]);
    const { agent } = await t.as('qa');
    const doc: DocumentDetail = (await agent.get('/api/documents/1').expect(200)).body;
    expect(doc.units.find((u) => u.id === unit.id)?.comments).toHaveLength(2);
    const { entries }: { entries: HistoryEntry[] } = (await agent.get(`/api/units/${unit.id}/history`)).body;
    expect(entries.filter((e) => e.kind === 'comment').map((e) => [e.user, e.summary, e.comment])).toEqual([
      ['editor', 'commented', 'Is “sygnalizował” the register we use?'],
      ['translator', 'commented', 'Yes: the style guide, p. 4.'],
    ]);
  });

  it('goes into the report and the XLIFF, for whoever takes the translation further', async () => {
    const { agent } = await t.as('qa');
    const csv = await agent.get('/api/documents/1/report?format=csv').buffer(true).parse(asText).expect(200);
    expect(String(csv.body)).toContain('translator: Yes: the style guide, p. 4.');
    const xliff = await agent
      .get('/api/documents/1/export?format=xliff')
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(String(xliff.body)).toContain('<note from="translator">Yes: the style guide, p. 4.</note>');
  });

  it('refuses an empty remark, naming the problem', async () => {
    const empty = await post('translator', unit.id, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('body: the comment is empty');
    expect((await post('translator', 99999, { body: 'hello' })).status).toBe(404);
  });

  it('lets its author or a QA lead take a remark back, and no one else; the history keeps it', async () => {
    const current = await demoUnitWith(t, 'Biden wcześniej');
    const [question, answer] = current.comments;
    const editor = await t.as('editor');
    const refused = await editor.agent.delete(`/api/comments/${answer?.id}`).set('X-CSRF-Token', editor.csrf);
    expect(refused.status).toBe(403);
    const translator = await t.as('translator');
    const after: ApiUnit = (
      await translator.agent
        .delete(`/api/comments/${answer?.id}`)
        .set('X-CSRF-Token', translator.csrf)
        .expect(200)
    ).body;
    expect(after.comments.map((c) => c.id)).toEqual([question?.id]);
    const qa = await t.as('qa');
    await qa.agent.delete(`/api/comments/${question?.id}`).set('X-CSRF-Token', qa.csrf).expect(200);
    const { entries }: { entries: HistoryEntry[] } = (await qa.agent.get(`/api/units/${current.id}/history`))
      .body;
    expect(entries.filter((e) => e.kind === 'comment-removed').map((e) => [e.user, e.summary])).toEqual([
      ['translator', 'removed a comment by translator'],
      ['qa', 'removed a comment by editor'],
    ]);
  });

  it('follows the sentences when a re-alignment merges the unit away', async () => {
    const { agent, csrf } = await t.as('editor');
    const created: DocumentDetail = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .send({
          title: 'Two lines',
          sourceLang: 'en',
          targetLang: 'pl',
          sourceText: 'The port reopened on Tuesday.\nShips queued outside Gdańsk.',
          targetText: 'Port otwarto ponownie we wtorek.\nStatki czekały przed Gdańskiem.',
        })
        .expect(201)
    ).body;
    const [first, second] = created.units;
    await post('translator', second?.id ?? 0, { body: 'Gdańsk: the port or the city?' });
    const merged: DocumentDetail = (
      await agent
        .post(`/api/units/${first?.id}/alignment`)
        .set('X-CSRF-Token', csrf)
        .send({ action: 'merge-next' })
        .expect(200)
    ).body;
    expect(merged.units.map((u) => u.comments.map((c) => c.body))).toEqual([
      ['Gdańsk: the port or the city?'],
    ]);
  });
});
