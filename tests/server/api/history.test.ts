import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

describe('the audit trail as a history', () => {
  let t: TestApp;
  let unitId: number;
  beforeAll(async () => {
    t = await testApp();
    const unit = await demoUnitWith(t, 'nie pozwoli Ukrainie');
    unitId = unit.id;
    const flag = unit.flags.find((f) => f.check === 'entity-duplication');
    const translator = await t.as('translator');
    await translator.agent
      .post(`/api/flags/${flag?.id}/decision`)
      .set('X-CSRF-Token', translator.csrf)
      .send({ decision: 'confirmed' })
      .expect(200);
    const edited = await translator.agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', translator.csrf)
      .send({
        target: unit.target.replace('Ukraina nie pozwoli Ukrainie', 'Ukrainie nie pozwolą'),
        version: unit.version,
      })
      .expect(200);
    const qa = await t.as('qa');
    await qa.agent
      .post(`/api/units/${unit.id}/issues`)
      .set('X-CSRF-Token', qa.csrf)
      .send({ category: 'Fluency/Grammar', severity: 'minor', side: 'target', comment: 'word order' })
      .expect(201);
    const editor = await t.as('editor');
    await editor.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', editor.csrf)
      .send({ status: 'approved', version: edited.body.version, comment: 'fine now' })
      .expect(200);
  });

  it("tells who did what to a unit and when, oldest first, with an edit's text before and after", async () => {
    const { agent } = await t.as('translator');
    const { entries }: { entries: HistoryEntry[] } = (
      await agent.get(`/api/units/${unitId}/history`).expect(200)
    ).body;
    expect(entries.map((e) => [e.user, e.summary, e.comment])).toEqual([
      ['translator', 'confirmed the entity-duplication flag', undefined],
      ['translator', 'edited the translation', undefined],
      ['qa', 'marked a minor Fluency/Grammar error in the target', 'word order'],
      ['editor', 'set the status to approved', 'fine now'],
    ]);
    const edit = entries[1];
    expect(edit?.before).toContain('Ukraina nie pozwoli Ukrainie');
    expect(edit?.after).toContain('Ukrainie nie pozwolą');
    expect(entries.every((e) => e.unit === 3 && !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it("gives the document's whole trail, its import first, each entry with its unit's number", async () => {
    const { agent } = await t.as('editor');
    const { entries }: { entries: HistoryEntry[] } = (await agent.get('/api/documents/1/history').expect(200))
      .body;
    expect(entries[0]).toMatchObject({
      kind: 'import',
      unit: null,
      summary: 'imported the document: 14 units, 4 flagged',
    });
    expect(entries.slice(1).map((e) => e.unit)).toEqual([3, 3, 3, 3]);
  });

  it("keeps the reviewer's word with the unit while it has the status it was given with", async () => {
    const { agent, csrf } = await t.as('editor');
    const unit = await demoUnitWith(t, 'Biden wcześniej');
    const rejected = await agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', csrf)
      .send({ status: 'rejected', version: unit.version, comment: 'ustępstwa: keep the plural' })
      .expect(200);
    expect(rejected.body.statusNote).toMatchObject({
      status: 'rejected',
      comment: 'ustępstwa: keep the plural',
      by: 'editor',
    });
    const doc = (await agent.get('/api/documents/1').expect(200)).body;
    expect(doc.units.find((u: { id: number }) => u.id === unit.id).statusNote.comment).toBe(
      'ustępstwa: keep the plural',
    );
    // Corrected, the unit has moved on: the note is in its history, not on the unit.
    const translator = await t.as('translator');
    const corrected = await translator.agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', translator.csrf)
      .send({ target: unit.target.replace('wcześniej', 'już wcześniej'), version: rejected.body.version })
      .expect(200);
    expect(corrected.body.statusNote).toBeNull();
    // A status given without a word has no note.
    const approved = await agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', csrf)
      .send({ status: 'approved', version: corrected.body.version })
      .expect(200);
    expect(approved.body.statusNote).toBeNull();
  });

  it('says which unit or document does not exist', async () => {
    const { agent } = await t.as('editor');
    expect((await agent.get('/api/units/9999/history').expect(404)).body.error.message).toBe(
      'unit 9999 not found',
    );
    expect((await agent.get('/api/documents/999/history').expect(404)).body.error.message).toBe(
      'document 999 not found',
    );
  });
});
