import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { openDb } from '../../../server/db/connection';
import { createRepositories } from '../../../server/db/repositories';
import type { ApiUnit, DocumentDetail } from '../../../server/domain/api';
import { seedDemo } from '../../../server/seed';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

describe('editing and reviewing units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it('saves a correction, keeps the MT original, marks the unit corrected and re-runs the checks', async () => {
    const unit = await demoUnitWith(t, 'Ukraina nie pozwoli Ukrainie');
    expect(unit.flags.some((f) => f.check === 'entity-duplication')).toBe(true);
    const fixed = unit.target.replace(
      'Ukraina nie pozwoli Ukrainie przyłączyć się',
      'Ukraina nie zostanie przyjęta',
    );
    const { agent, csrf } = await t.as('translator');
    const saved: ApiUnit = (
      await agent
        .patch(`/api/units/${unit.id}`)
        .set('X-CSRF-Token', csrf)
        .send({ target: fixed, version: unit.version })
        .expect(200)
    ).body;
    expect(saved).toMatchObject({
      target: fixed,
      targetMt: unit.target,
      status: 'corrected',
      version: unit.version + 1,
      updatedBy: 'translator',
    });
    expect(saved.flags.some((f) => f.check === 'entity-duplication')).toBe(false);
    expect(saved.risk).toBeLessThan(unit.risk);
  });

  it('stores the fix a check knows with its flag, and applying it clears the flag', async () => {
    const { agent, csrf } = await t.as('translator');
    const doc: DocumentDetail = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .send({
          title: 'Fixes',
          sourceLang: 'en',
          targetLang: 'de',
          sourceText: 'Prices have risen again.',
          targetText: 'Die Preise sind sind wieder gestiegen.',
        })
        .expect(201)
    ).body;
    const unit = doc.units[0];
    const doubled = unit?.flags.find((f) => f.check === 'doubled-words');
    expect(doubled).toMatchObject({ span: { start: 11, end: 20 }, fix: 'sind' });
    // As stored and read back, not only as the import returned it.
    const again: DocumentDetail = (await agent.get(`/api/documents/${doc.id}`).expect(200)).body;
    expect(again.units[0]?.flags.find((f) => f.check === 'doubled-words')?.fix).toBe('sind');
    const target = unit?.target ?? '';
    const saved: ApiUnit = (
      await agent
        .patch(`/api/units/${unit?.id ?? 0}`)
        .set('X-CSRF-Token', csrf)
        .send({
          target: `${target.slice(0, 11)}${doubled?.fix ?? ''}${target.slice(20)}`,
          version: unit?.version,
        })
        .expect(200)
    ).body;
    expect(saved.target).toBe('Die Preise sind wieder gestiegen.');
    expect(saved.flags.some((f) => f.check === 'doubled-words')).toBe(false);
  });

  it('answers 409 with the current unit when the version is stale', async () => {
    const unit = await demoUnitWith(t, 'Biden wcześniej');
    const { agent, csrf } = await t.as('translator');
    await agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: `${unit.target} A`, version: unit.version })
      .expect(200);
    const conflict = await agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: `${unit.target} B`, version: unit.version })
      .expect(409);
    expect(conflict.body.error.code).toBe('version_conflict');
    expect(conflict.body.error.details.target).toBe(`${unit.target} A`);
  });

  it('lets each role set only its statuses', async () => {
    const unit = await demoUnitWith(t, 'Ta historia');
    const translator = await t.as('translator');
    const refused = await translator.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', translator.csrf)
      .send({ status: 'approved', version: unit.version })
      .expect(403);
    expect(refused.body.error.message).toMatch(/translator cannot set a unit to "approved"/);
    const noError: ApiUnit = (
      await translator.agent
        .post(`/api/units/${unit.id}/status`)
        .set('X-CSRF-Token', translator.csrf)
        .send({ status: 'no_error', version: unit.version })
        .expect(200)
    ).body;
    expect(noError.status).toBe('no_error');
    const editor = await t.as('editor');
    const approved: ApiUnit = (
      await editor.agent
        .post(`/api/units/${unit.id}/status`)
        .set('X-CSRF-Token', editor.csrf)
        .send({ status: 'approved', version: noError.version })
        .expect(200)
    ).body;
    expect(approved.status).toBe('approved');
    const reopen = await translator.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', translator.csrf)
      .send({ status: 'no_error', version: approved.version })
      .expect(403);
    expect(reopen.body.error.message).toMatch(/editor or QA lead/);
    const qa = await t.as('qa');
    await qa.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', qa.csrf)
      .send({ status: 'flagged', version: approved.version })
      .expect(200);
  });

  it('does not let a unit be "corrected" without an edit', async () => {
    const unit = await demoUnitWith(t, 'Przyczyniły się');
    const { agent, csrf } = await t.as('translator');
    const response = await agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', csrf)
      .send({ status: 'corrected', version: unit.version })
      .expect(422);
    expect(response.body.error.message).toMatch(/edited/);
  });

  it('stores MQM annotations with their span, and refuses a span outside the text', async () => {
    const unit = await demoUnitWith(t, 'wahają się w porządku obrad');
    const { agent, csrf } = await t.as('editor');
    const start = unit.target.indexOf('wahają się');
    const annotated: ApiUnit = (
      await agent
        .post(`/api/units/${unit.id}/issues`)
        .set('X-CSRF-Token', csrf)
        .send({
          category: 'Accuracy/Mistranslation',
          severity: 'major',
          side: 'target',
          start,
          end: start + 10,
          comment: '"hammering out" is not "hesitating"',
        })
        .expect(201)
    ).body;
    expect(annotated.issues).toHaveLength(1);
    expect(annotated.issues[0]).toMatchObject({
      category: 'Accuracy/Mistranslation',
      severity: 'major',
      span: { start, end: start + 10 },
      createdBy: 'editor',
    });
    const outside = await agent
      .post(`/api/units/${unit.id}/issues`)
      .set('X-CSRF-Token', csrf)
      .send({ category: 'Style', severity: 'minor', side: 'target', start: 0, end: 10_000 })
      .expect(422);
    expect(outside.body.error.message).toMatch(/outside the machine translation/);
    const badCategory = await agent
      .post(`/api/units/${unit.id}/issues`)
      .set('X-CSRF-Token', csrf)
      .send({ category: 'Vibes', severity: 'minor', side: 'target' })
      .expect(400);
    expect(badCategory.body.error.message).toMatch(/^category/);
  });

  it('records flag decisions and keeps the audit trail append-only', async () => {
    const unit = await demoUnitWith(t, 'Organizator');
    const flag = unit.flags[0];
    if (!flag) throw new Error('the bio has no flag');
    const { agent, csrf } = await t.as('editor');
    const decided: ApiUnit = (
      await agent
        .post(`/api/flags/${flag.id}/decision`)
        .set('X-CSRF-Token', csrf)
        .send({ decision: 'confirmed' })
        .expect(200)
    ).body;
    expect(decided.flags[0]?.decision).toBe('confirmed');
    const events = createRepositories(t.db).events.byUnit(unit.id);
    expect(events.map((e) => e.kind)).toContain('flag-decision');
    expect(() => t.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(() => t.db.prepare("UPDATE events SET kind = 'x'").run()).toThrow(/append-only/);
  });
});

describe('persistence', () => {
  it('keeps an edit across a server restart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mt-review-')), 'test.db');
    const first = openDb(path);
    await seedDemo({ repos: createRepositories(first), embedder: null }, 'demo');
    const agent = request.agent(createApp({ db: first }));
    const me = (
      await agent.post('/api/auth/login').send({ username: 'translator', password: 'demo' }).expect(200)
    ).body;
    const doc: DocumentDetail = (await agent.get('/api/documents/1')).body;
    const unit = doc.units[0];
    if (!unit) throw new Error('no units');
    await agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', me.csrfToken)
      .send({ target: 'Świat (zmienione)', version: unit.version })
      .expect(200);
    first.close();
    const second = openDb(path);
    const again = request.agent(createApp({ db: second }));
    await again.post('/api/auth/login').send({ username: 'translator', password: 'demo' }).expect(200);
    const reloaded: DocumentDetail = (await again.get('/api/documents/1')).body;
    expect(reloaded.units[0]).toMatchObject({
      target: 'Świat (zmienione)',
      targetMt: 'Świat',
      status: 'corrected',
    });
    second.close();
  });
});
