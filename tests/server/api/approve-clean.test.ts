import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnit, DocumentDetail } from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

/** The units an editor need not look at: untouched since import, with no finding open. */
const clean = (units: readonly ApiUnit[]) =>
  units.filter((u) => u.status === 'new' && !u.flags.some((f) => f.decision === 'open'));

describe('approving the units with no finding at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it('is for editors and QA leads', async () => {
    const { agent, csrf } = await t.as('translator');
    const refused = await agent.post('/api/documents/1/approve-clean').set('X-CSRF-Token', csrf).expect(403);
    expect(refused.body.error.message).toMatch(/translator cannot set a unit to "approved"/);
  });

  it('approves only the untouched units with no finding, records each, and leaves the rest to the editor', async () => {
    // A translator's correction of an unflagged unit waits for the editor's own look.
    const unit = await demoUnitWith(t, 'Biden wcześniej');
    const translator = await t.as('translator');
    await translator.agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', translator.csrf)
      .send({
        target: `${unit.target} `.replace('wcześniej ', 'już wcześniej ').trim(),
        version: unit.version,
      })
      .expect(200);

    const { agent, csrf } = await t.as('editor');
    const before: DocumentDetail = (await agent.get('/api/documents/1').expect(200)).body;
    const expected = clean(before.units).map((u) => u.id);
    const waiting = before.units.filter((u) => !expected.includes(u.id));
    expect(expected.length).toBeGreaterThan(0);
    // The page's button counts what the server will approve.
    expect(before.approvableAtOnce).toBe(expected.length);
    expect(waiting.some((u) => u.status === 'flagged')).toBe(true);
    expect(waiting.some((u) => u.status === 'corrected')).toBe(true);

    const result: { approved: number; document: DocumentDetail } = (
      await agent.post('/api/documents/1/approve-clean').set('X-CSRF-Token', csrf).expect(200)
    ).body;
    expect(result.approved).toBe(expected.length);
    for (const after of result.document.units) {
      const was = before.units.find((u) => u.id === after.id);
      if (expected.includes(after.id))
        expect(after).toMatchObject({ status: 'approved', updatedBy: 'editor' });
      else expect(after.status).toBe(was?.status);
    }
    expect(result.document.approvedCount).toBe(before.approvedCount + expected.length);
    expect(result.document.approvableAtOnce).toBe(0);
    const events = t.db
      .prepare(
        "SELECT e.unit_id, e.after FROM events e JOIN users u ON u.id = e.user_id WHERE e.document_id = 1 AND e.kind = 'status' AND u.name = 'editor'",
      )
      .all() as { unit_id: number; after: string }[];
    expect(events.map((e) => e.unit_id).sort()).toEqual([...expected].sort());
    expect(JSON.parse(events[0]?.after ?? '{}')).toMatchObject({ status: 'approved' });

    // Nothing left to approve the second time.
    const again = await agent.post('/api/documents/1/approve-clean').set('X-CSRF-Token', csrf).expect(200);
    expect(again.body.approved).toBe(0);
  });

  it('says which document does not exist', async () => {
    const { agent, csrf } = await t.as('qa');
    const missing = await agent
      .post('/api/documents/999/approve-clean')
      .set('X-CSRF-Token', csrf)
      .expect(404);
    expect(missing.body.error.message).toMatch(/document 999/);
  });
});
