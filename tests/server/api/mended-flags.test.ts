import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnit, DocumentDetail } from '../../../server/domain/api';
import { type TestApp, asText, demoUnitWith, testApp } from '../../helpers/app';

interface ReportError {
  origin: string;
  severity: string;
  text: string;
  comment: string;
  mended: boolean;
}

describe('an error the translation was mended of', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it('stays in the error report once a confirmed flag is no longer raised, and off the page’s findings', async () => {
    const unit = await demoUnitWith(t, 'Ukraina nie pozwoli Ukrainie');
    const flag = unit.flags.find((f) => f.check === 'entity-duplication');
    if (!flag) throw new Error('the demo’s repeated name is not flagged');
    const { agent, csrf } = await t.as('editor');
    await agent
      .post(`/api/flags/${flag.id}/decision`)
      .set('X-CSRF-Token', csrf)
      .send({ decision: 'confirmed' })
      .expect(200);
    const mended: ApiUnit = (
      await agent
        .patch(`/api/units/${unit.id}`)
        .set('X-CSRF-Token', csrf)
        .send({
          target: unit.target.replace('Ukraina nie pozwoli Ukrainie', 'Ukraina nie zostanie przyjęta, by'),
          version: unit.version,
        })
        .expect(200)
    ).body;
    const kept = mended.flags.find((f) => f.check === 'entity-duplication');
    expect(kept).toMatchObject({ decision: 'confirmed', resolved: { marked: 'Ukrainie' } });
    const report = (await agent.get('/api/documents/1/report?format=json').expect(200)).body;
    const errors: ReportError[] = report.errors;
    expect(errors).toContainEqual(
      expect.objectContaining({
        origin: 'confirmed flag',
        severity: 'major',
        text: 'Ukrainie',
        mended: true,
      }),
    );
    const html = await agent.get('/api/documents/1/report?format=html').expect(200);
    expect(html.text).toMatch(/confirmed flag · mended<\/td><td dir="auto">Ukrainie/);
    // The corrected XLIFF's note says the error was mended, beside the mended target.
    const xliff = await agent
      .get('/api/documents/1/export?format=xliff')
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(xliff.body).toMatch(/\[entity-duplication, confirmed, mended\]/);
    // A later edit keeps it too.
    const again: ApiUnit = (
      await agent
        .patch(`/api/units/${unit.id}`)
        .set('X-CSRF-Token', csrf)
        .send({ target: `${mended.target} `, version: mended.version })
        .expect(200)
    ).body;
    expect(again.flags.filter((f) => f.check === 'entity-duplication')).toHaveLength(1);
  });

  it('confirms the flag whose fix an edit applies, and forgets an open flag the edit made moot', async () => {
    const { agent, csrf } = await t.as('translator');
    const created: DocumentDetail = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .send({
          title: 'Prices',
          sourceLang: 'en',
          targetLang: 'de',
          sourceText: 'More than 12,000 people came.\nPrices have risen again.',
          targetText: 'Mehr als 13.000 Menschen kamen.\nDie Preise sind sind wieder gestiegen.',
        })
        .expect(201)
    ).body;
    const [numbers, doubled] = created.units;
    const changed = numbers?.flags.find((f) => f.check === 'numbers');
    if (!numbers || !changed?.span || changed.fix === undefined) throw new Error('no number mend offered');
    const fixed =
      numbers.target.slice(0, changed.span.start) + changed.fix + numbers.target.slice(changed.span.end);
    const saved: ApiUnit = (
      await agent
        .patch(`/api/units/${numbers.id}`)
        .set('X-CSRF-Token', csrf)
        .send({ target: fixed, version: numbers.version, flag: changed.id })
        .expect(200)
    ).body;
    expect(saved.target).toBe('Mehr als 12.000 Menschen kamen.');
    expect(saved.flags).toEqual([
      expect.objectContaining({ check: 'numbers', decision: 'confirmed', resolved: { marked: '13.000' } }),
    ]);
    // Mended by hand with no flag named: the open flag is simply gone.
    if (!doubled) throw new Error('no second unit');
    const plain: ApiUnit = (
      await agent
        .patch(`/api/units/${doubled.id}`)
        .set('X-CSRF-Token', csrf)
        .send({ target: 'Die Preise sind wieder gestiegen.', version: doubled.version })
        .expect(200)
    ).body;
    expect(plain.flags).toEqual([]);
    // A flag of another unit is refused, and nothing is saved.
    const refused = await agent
      .patch(`/api/units/${doubled.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: 'Die Preise stiegen.', version: plain.version, flag: changed.id })
      .expect(422);
    expect(refused.body.error.message).toMatch(/is not one of unit/);
  });
});
