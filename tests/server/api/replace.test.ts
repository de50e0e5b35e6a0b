import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, ReplacePreview } from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

const SPOKESPERSON = { find: 'rzecznik', replacement: 'przedstawiciel', matchCase: false, wholeWords: true };

describe('replacing words in every translation of a document', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });

  async function preview(role: 'translator' | 'editor', body: object): Promise<ReplacePreview> {
    const { agent, csrf } = await t.as(role);
    const response = await agent
      .post('/api/documents/1/replace/preview')
      .set('X-CSRF-Token', csrf)
      .send(body)
      .expect(200);
    return response.body;
  }

  const chosen = (shown: ReplacePreview) => shown.units.map(({ id, version }) => ({ id, version }));

  it('shows each unit it would change, before and after, and writes nothing', async () => {
    const shown = await preview('translator', SPOKESPERSON);
    // "obaj rzecznik NSC oraz rzecznik prasowy" and "Jak poinformował rzecznik USA".
    expect(shown.units.map((u) => u.count)).toEqual([2, 1]);
    expect(shown.occurrences).toBe(3);
    expect(shown.units[0]?.replaced).toContain('obaj przedstawiciel NSC oraz przedstawiciel prasowy');
    expect(shown.units.every((u) => u.editable)).toBe(true);
    const unit = await demoUnitWith(t, 'Jak poinformował');
    expect(unit.target).toContain('rzecznik USA');
    expect(unit.version).toBe(shown.units[1]?.version);
  });

  it('changes the chosen units at once, records each edit and checks the translation again', async () => {
    const repeated = await demoUnitWith(t, 'nie pozwoli Ukrainie');
    expect(repeated.flags.map((f) => f.check)).toContain('entity-duplication');
    const mend = {
      find: 'Ukraina nie pozwoli Ukrainie',
      replacement: 'Ukrainie nie pozwolą',
      matchCase: true,
      wholeWords: true,
    };
    const shown = await preview('translator', mend);
    expect(shown.units.map((u) => u.id)).toEqual([repeated.id]);

    const { agent, csrf } = await t.as('translator');
    const result: { replaced: number; document: DocumentDetail } = (
      await agent
        .post('/api/documents/1/replace')
        .set('X-CSRF-Token', csrf)
        .send({ ...mend, units: chosen(shown) })
        .expect(200)
    ).body;
    expect(result.replaced).toBe(1);
    const after = result.document.units.find((u) => u.id === repeated.id);
    expect(after?.target).toContain('że Ukrainie nie pozwolą przyłączyć się');
    expect(after).toMatchObject({ status: 'corrected', updatedBy: 'translator' });
    expect(after?.flags.map((f) => f.check)).not.toContain('entity-duplication');
    const edits = t.db
      .prepare("SELECT unit_id, before, after FROM events WHERE kind = 'edit' AND document_id = 1")
      .all() as { unit_id: number; before: string; after: string }[];
    expect(edits).toEqual([{ unit_id: repeated.id, before: repeated.target, after: after?.target }]);
  });

  it('changes only the units the reviewer kept of the preview', async () => {
    const shown = await preview('translator', SPOKESPERSON);
    const [first, second] = shown.units;
    const { agent, csrf } = await t.as('translator');
    await agent
      .post('/api/documents/1/replace')
      .set('X-CSRF-Token', csrf)
      .send({ ...SPOKESPERSON, units: second ? [{ id: second.id, version: second.version }] : [] })
      .expect(200);
    expect((await demoUnitWith(t, 'Jak poinformował')).target).toContain('przedstawiciel USA');
    expect((await demoUnitWith(t, 'obaj')).target).toBe(first?.target);
  });

  it('writes nothing when a unit changed since the preview', async () => {
    const shown = await preview('translator', SPOKESPERSON);
    const { agent, csrf } = await t.as('editor');
    const later = await demoUnitWith(t, 'Jak poinformował');
    await agent
      .patch(`/api/units/${later.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: later.target.replace('Jak poinformował', 'Jak podał'), version: later.version })
      .expect(200);
    const translator = await t.as('translator');
    const refused = await translator.agent
      .post('/api/documents/1/replace')
      .set('X-CSRF-Token', translator.csrf)
      .send({ ...SPOKESPERSON, units: chosen(shown) })
      .expect(409);
    expect(refused.body.error.message).toMatch(/someone else changed this unit/i);
    expect((await demoUnitWith(t, 'obaj')).target).toContain('obaj rzecznik NSC');
  });

  it('leaves approved units to editors: a translator sees them marked and cannot change them', async () => {
    const { agent, csrf } = await t.as('editor');
    const unit = await demoUnitWith(t, 'Jak poinformował');
    await agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', csrf)
      .send({ status: 'approved', version: unit.version })
      .expect(200);
    const shown = await preview('translator', SPOKESPERSON);
    expect(shown.units.map((u) => u.editable)).toEqual([true, false]);
    expect(shown.occurrences).toBe(2);
    const translator = await t.as('translator');
    const refused = await translator.agent
      .post('/api/documents/1/replace')
      .set('X-CSRF-Token', translator.csrf)
      .send({ ...SPOKESPERSON, units: chosen(shown) })
      .expect(403);
    expect(refused.body.error.message).toMatch(/approved unit/);
    expect((await demoUnitWith(t, 'obaj')).target).toContain('obaj rzecznik NSC');
    // The editor may.
    expect((await preview('editor', SPOKESPERSON)).units.every((u) => u.editable)).toBe(true);
  });

  it('says what is wrong with a request', async () => {
    const { agent, csrf } = await t.as('translator');
    const post = (path: string, body: object) =>
      agent.post(`/api/documents/${path}`).set('X-CSRF-Token', csrf).send(body);
    expect(
      (await post('1/replace/preview', { ...SPOKESPERSON, find: '  ' }).expect(400)).body.error.message,
    ).toBe('find: say what to find: "find" is empty');
    expect((await post('1/replace', SPOKESPERSON).expect(400)).body.error.message).toMatch(
      /^units: list the units/,
    );
    const twice = [
      { id: 1, version: 1 },
      { id: 1, version: 1 },
    ];
    expect((await post('1/replace', { ...SPOKESPERSON, units: twice }).expect(400)).body.error.message).toBe(
      'units: a unit is listed twice',
    );
    const foreign = await post('1/replace', { ...SPOKESPERSON, units: [{ id: 9999, version: 1 }] }).expect(
      422,
    );
    expect(foreign.body.error.message).toBe('unit 9999 is not in document 1');
    const world = await demoUnitWith(t, 'Świat');
    const absent = await post('1/replace', {
      ...SPOKESPERSON,
      units: [{ id: world.id, version: world.version }],
    });
    expect(absent.status).toBe(422);
    expect(absent.body.error.message).toBe('the translation of unit 1 does not hold “rzecznik”');
    expect((await post('999/replace/preview', SPOKESPERSON).expect(404)).body.error.message).toMatch(
      /document 999/,
    );
  });
});
