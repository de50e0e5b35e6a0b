import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiFlag, DocumentDetail } from '../../../server/domain/api';
import { type TestApp, testApp } from '../../helpers/app';

const PAIRS = [
  'source\ttarget',
  'The council met on Monday.\tDer Rat  tagte am Montag.',
  'The mayor spoke.\tDer Bürgermeister  sprach.',
  'It rained all day.\tEs regnete  den ganzen Tag.',
  'About 300 people came.\tEtwa 200 Menschen kamen.',
].join('\n');

describe('one decision for every flag alike', () => {
  let t: TestApp;
  let doc: DocumentDetail;
  beforeAll(async () => {
    t = await testApp({ demo: false });
    const { agent, csrf } = await t.as('translator');
    doc = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .field('sourceLang', 'en')
        .field('targetLang', 'de')
        .attach('file', Buffer.from(PAIRS), 'council.tsv')
        .expect(201)
    ).body;
  });

  const flagsOf = (detail: DocumentDetail, check: string): ApiFlag[] =>
    detail.units.flatMap((u) => u.flags.filter((f) => f.check === check));

  it('dismisses the same check on the same words across the document, and nothing else', async () => {
    const spaces = flagsOf(doc, 'double-space');
    expect(spaces).toHaveLength(3);
    const others = doc.units.flatMap((u) => u.flags.filter((f) => f.check !== 'double-space'));
    expect(others.length).toBeGreaterThan(0);
    const { agent, csrf } = await t.as('translator');
    await agent
      .post(`/api/flags/${spaces[0]?.id}/decision`)
      .set('X-CSRF-Token', csrf)
      .send({ decision: 'dismissed', alike: true })
      .expect(200);
    const after: DocumentDetail = (await agent.get(`/api/documents/${doc.id}`).expect(200)).body;
    expect(flagsOf(after, 'double-space').map((f) => f.decision)).toEqual([
      'dismissed',
      'dismissed',
      'dismissed',
    ]);
    expect(
      after.units.flatMap((u) => u.flags.filter((f) => f.check !== 'double-space')).map((f) => f.decision),
    ).toEqual(others.map(() => 'open'));
    const decisions = t.db.prepare("SELECT COUNT(*) AS n FROM events WHERE kind = 'flag-decision'").get() as {
      n: number;
    };
    expect(decisions.n).toBe(3);
  });

  it('decides the one flag alone without asking for the others', async () => {
    const { agent, csrf } = await t.as('translator');
    const spaces = flagsOf((await agent.get(`/api/documents/${doc.id}`).expect(200)).body, 'double-space');
    await agent
      .post(`/api/flags/${spaces[1]?.id}/decision`)
      .set('X-CSRF-Token', csrf)
      .send({ decision: 'open' })
      .expect(200);
    const after: DocumentDetail = (await agent.get(`/api/documents/${doc.id}`).expect(200)).body;
    expect(flagsOf(after, 'double-space').map((f) => f.decision)).toEqual(['dismissed', 'open', 'dismissed']);
  });
});
