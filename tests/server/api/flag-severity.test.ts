import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiFlag, ApiUnit } from '../../../server/domain/api';
import { type TestApp, demoUnitWith, testApp } from '../../helpers/app';

describe('a confirmed error’s severity and category as the reviewer judges them', () => {
  let t: TestApp;
  let unit: ApiUnit;
  let flag: ApiFlag | undefined;
  beforeAll(async () => {
    t = await testApp();
    unit = await demoUnitWith(t, 'nie pozwoli Ukrainie');
    flag = unit.flags.find((f) => f.check === 'entity-duplication');
  });

  const decide = async (body: object, status = 200) => {
    const { agent, csrf } = await t.as('qa');
    return agent.post(`/api/flags/${flag?.id}/decision`).set('X-CSRF-Token', csrf).send(body).expect(status);
  };

  it('scores the error at the severity the reviewer gave it, and keeps it through a re-check', async () => {
    expect(flag?.severity).toBe('major');
    const judged: ApiUnit = (await decide({ decision: 'confirmed', severity: 'critical' })).body;
    expect(judged.flags.find((f) => f.id === flag?.id)).toMatchObject({
      severity: 'major',
      reviewedSeverity: 'critical',
    });
    const { agent, csrf } = await t.as('qa');
    const report = (await agent.get('/api/documents/1/report?format=json').expect(200)).body;
    expect(report.errors).toEqual([expect.objectContaining({ severity: 'critical', text: 'Ukrainie' })]);
    expect(report.penalty).toBe(25);
    // An edit elsewhere in the sentence re-checks it; the flag is raised again and keeps the judgement.
    const edited: ApiUnit = (
      await agent
        .patch(`/api/units/${unit.id}`)
        .set('X-CSRF-Token', csrf)
        .send({ target: unit.target.replace('Rosja domaga się', 'Rosja żąda'), version: judged.version })
        .expect(200)
    ).body;
    expect(edited.flags.find((f) => f.check === 'entity-duplication')?.reviewedSeverity).toBe('critical');
  });

  it('forgets the judgement when the flag is no longer confirmed, and takes one only with a confirmation', async () => {
    const current = (await demoUnitWith(t, 'pozwoli Ukrainie')).flags.find(
      (f) => f.check === 'entity-duplication',
    );
    flag = current;
    const refused = await decide({ decision: 'dismissed', severity: 'minor' }, 400);
    expect(refused.body.error.message).toBe('severity: a severity goes with a confirmation only');
    const dismissed: ApiUnit = (await decide({ decision: 'dismissed' })).body;
    expect(dismissed.flags.find((f) => f.id === current?.id)?.reviewedSeverity).toBeUndefined();
  });

  it('takes the reviewer’s category too, which the report counts the error under', async () => {
    const current = (await demoUnitWith(t, 'pozwoli Ukrainie')).flags.find(
      (f) => f.check === 'entity-duplication',
    );
    flag = current;
    const judged: ApiUnit = (
      await decide({ decision: 'confirmed', category: 'Fluency/Grammar', severity: 'minor' })
    ).body;
    expect(judged.flags.find((f) => f.id === current?.id)).toMatchObject({
      category: 'Accuracy/Mistranslation',
      reviewedCategory: 'Fluency/Grammar',
      reviewedSeverity: 'minor',
    });
    const { agent } = await t.as('qa');
    const report = (await agent.get('/api/documents/1/report?format=json').expect(200)).body;
    expect(report.byCategory).toEqual([
      expect.objectContaining({ category: 'Fluency/Grammar', minor: 1, penalty: 1 }),
    ]);
    const refused = await decide({ decision: 'open', category: 'Style' }, 400);
    expect(refused.body.error.message).toBe('category: a category goes with a confirmation only');
    const bad = await decide({ decision: 'confirmed', category: 'Vibes' }, 400);
    expect(bad.body.error.message).toMatch(/^category/);
  });
});
