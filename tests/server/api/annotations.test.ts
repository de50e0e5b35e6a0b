import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnit, HistoryEntry } from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

const GRAMMAR = { category: 'Fluency/Grammar', severity: 'minor', side: 'target', comment: 'obaj rzecznicy' };

describe('MQM annotations: marked in the machine translation, taken back by their author or a QA lead', () => {
  let t: TestApp;
  let unit: ApiUnit;
  beforeAll(async () => {
    t = await testApp();
    unit = await demoUnitWith(t, 'obaj rzecznik NSC');
  });

  async function annotate(role: 'translator' | 'editor' | 'qa', body: object): Promise<ApiUnit> {
    const { agent, csrf } = await t.as(role);
    return (await agent.post(`/api/units/${unit.id}/issues`).set('X-CSRF-Token', csrf).send(body).expect(201))
      .body;
  }

  it("reads a translation's span in the machine's text, though the translation was corrected since", async () => {
    const { agent, csrf } = await t.as('translator');
    const corrected: ApiUnit = (
      await agent
        .patch(`/api/units/${unit.id}`)
        .set('X-CSRF-Token', csrf)
        .send({ target: 'Krótko.', version: unit.version })
        .expect(200)
    ).body;
    const start = corrected.targetMt.indexOf('obaj rzecznik');
    const annotated = await annotate('editor', { ...GRAMMAR, start, end: start + 'obaj rzecznik'.length });
    expect(annotated.issues[0]?.span).toEqual({ start, end: start + 13 });
    const report = (await agent.get('/api/documents/1/report?format=json').expect(200)).body;
    expect(report.errors.find((e: { origin: string }) => e.origin === 'annotation')?.text).toBe(
      'obaj rzecznik',
    );
  });

  it('lets only its author or a QA lead take an annotation back, and keeps it in the history', async () => {
    const mine = await annotate('translator', { category: 'Style', severity: 'minor', side: 'source' });
    const issue = mine.issues.at(-1);
    const editor = await t.as('editor');
    const refused = await editor.agent
      .delete(`/api/issues/${issue?.id}`)
      .set('X-CSRF-Token', editor.csrf)
      .expect(403);
    expect(refused.body.error.message).toBe('only its author or a QA lead can remove an annotation');
    const translator = await t.as('translator');
    const after: ApiUnit = (
      await translator.agent
        .delete(`/api/issues/${issue?.id}`)
        .set('X-CSRF-Token', translator.csrf)
        .expect(200)
    ).body;
    expect(after.issues.map((i) => i.id)).not.toContain(issue?.id);
    // The editor's annotation goes when a QA lead says so.
    const qa = await t.as('qa');
    const editors = after.issues[0];
    const cleared: ApiUnit = (
      await qa.agent.delete(`/api/issues/${editors?.id}`).set('X-CSRF-Token', qa.csrf).expect(200)
    ).body;
    expect(cleared.issues).toEqual([]);
    const history: HistoryEntry[] = (await qa.agent.get(`/api/units/${unit.id}/history`).expect(200)).body
      .entries;
    expect(history.map((e) => `${e.user}: ${e.summary}`).slice(-2)).toEqual([
      'translator: removed the minor Style error marked in the source',
      'qa: removed the minor Fluency/Grammar error marked in the target',
    ]);
    const missing = await qa.agent
      .delete(`/api/issues/${editors?.id}`)
      .set('X-CSRF-Token', qa.csrf)
      .expect(404);
    expect(missing.body.error.message).toBe(`annotation ${editors?.id} not found`);
  });
});
