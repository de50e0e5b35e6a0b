import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiUnit, DocumentDetail } from '../../../server/domain/api';
import { type TestApp, testApp } from '../../helpers/app';

/** Every sentence of each side is in exactly one unit, in document order. */
function expectCompleteAndOrdered(doc: DocumentDetail, sourceCount: number, targetCount: number): void {
  const source = doc.units.flatMap((u) => u.sourceSentences);
  const target = doc.units.flatMap((u) => u.targetSentences);
  expect(source).toEqual(Array.from({ length: sourceCount }, (_, k) => k));
  expect(target).toEqual(Array.from({ length: targetCount }, (_, k) => k));
  expect(doc.units.map((u) => u.position)).toEqual(doc.units.map((_, k) => k));
}

describe('reviewers correct the alignment', () => {
  let t: TestApp;
  let doc: DocumentDetail;
  const find = (d: DocumentDetail, text: string): ApiUnit => {
    const unit = d.units.find((u) => u.target.includes(text));
    if (!unit) throw new Error(`no unit with "${text}"`);
    return unit;
  };
  const realign = async (unitId: number, body: object, status = 200) => {
    const { agent, csrf } = await t.as('translator');
    return agent.post(`/api/units/${unitId}/alignment`).set('X-CSRF-Token', csrf).send(body).expect(status);
  };

  beforeEach(async () => {
    t = await testApp();
    const { agent } = await t.as('translator');
    doc = (await agent.get('/api/documents/1').expect(200)).body;
  });

  it('splits the cut-off fragment into its own unit, which is then an addition; merging restores it', async () => {
    const fragment = find(doc, 'Żądania Rosji');
    expect(fragment).toMatchObject({ sourceSentences: [6], targetSentences: [6, 7] });
    const split: DocumentDetail = (
      await realign(fragment.id, { action: 'split', sourceKeep: 1, targetKeep: 1 })
    ).body;
    expect(split.units).toHaveLength(doc.units.length + 1);
    const first = split.units.find((u) => u.id === fragment.id);
    const second = split.units[(first?.position ?? 0) + 1];
    expect(first).toMatchObject({ sourceSentences: [6], targetSentences: [6] });
    expect(second).toMatchObject({
      source: '',
      sourceSentences: [],
      targetSentences: [7],
      target: 'Żądania Rosji, by NATO przestało rozszerzać się na wschód.',
    });
    expect(second?.flags.map((f) => f.category)).toContain('Accuracy/Addition');
    expectCompleteAndOrdered(split, 13, 21);

    const merged: DocumentDetail = (await realign(fragment.id, { action: 'merge-next' })).body;
    expect(merged.units).toHaveLength(doc.units.length);
    expect(find(merged, 'Żądania Rosji')).toMatchObject({ sourceSentences: [6], targetSentences: [6, 7] });
    expectCompleteAndOrdered(merged, 13, 21);
  });

  it('moves a sentence to the neighbouring unit and removes a unit left empty', async () => {
    const credits = find(doc, 'Przyczyniły się');
    const bio = find(doc, 'Organizator');
    const moved: DocumentDetail = (await realign(bio.id, { action: 'move', side: 'target', to: 'previous' }))
      .body;
    expect(find(moved, 'Przyczyniły się')).toMatchObject({ id: credits.id, targetSentences: [13, 14] });
    expect(find(moved, 'Entuzjasta')).toMatchObject({ targetSentences: [15, 16, 17, 18, 19, 20] });
    expectCompleteAndOrdered(moved, 13, 21);

    const world = doc.units[0];
    if (!world) throw new Error('no first unit');
    const emptied: DocumentDetail = (await realign(world.id, { action: 'move', side: 'source', to: 'next' }))
      .body;
    expect(emptied.units[0]).toMatchObject({ id: world.id, sourceSentences: [], targetSentences: [0] });
    expect(emptied.units[1]?.sourceSentences).toEqual([0, 1]);
    expectCompleteAndOrdered(emptied, 13, 21);
    const removed: DocumentDetail = (await realign(world.id, { action: 'move', side: 'target', to: 'next' }))
      .body;
    expect(removed.units).toHaveLength(emptied.units.length - 1);
    expect(removed.units.some((u) => u.id === world.id)).toBe(false);
    expect(removed.units[0]).toMatchObject({ sourceSentences: [0, 1], targetSentences: [0, 1] });
    expectCompleteAndOrdered(removed, 13, 21);
  });

  it('refuses changes that make no sense, with a message, changing nothing', async () => {
    const last = doc.units[doc.units.length - 1];
    const fragment = find(doc, 'Żądania Rosji');
    if (!last) throw new Error('no units');
    expect((await realign(last.id, { action: 'merge-next' }, 422)).body.error.message).toMatch(/last unit/);
    expect(
      (await realign(fragment.id, { action: 'split', sourceKeep: 1, targetKeep: 5 }, 422)).body.error.message,
    ).toMatch(/1 source and 2 target/);
    expect(
      (await realign(fragment.id, { action: 'split', sourceKeep: 0, targetKeep: 0 }, 422)).body.error.message,
    ).toMatch(/both parts/);
    expect((await realign(fragment.id, { action: 'rotate' }, 400)).body.error.code).toBe('invalid_request');
    const { agent } = await t.as('translator');
    const after: DocumentDetail = (await agent.get('/api/documents/1')).body;
    expect(after.units.map((u) => [u.sourceSentences, u.targetSentences])).toEqual(
      doc.units.map((u) => [u.sourceSentences, u.targetSentences]),
    );
  });

  it('keeps corrections when merging, and refuses to split a corrected unit', async () => {
    const { agent, csrf } = await t.as('translator');
    const fragment = find(doc, 'Żądania Rosji');
    const corrected = `${fragment.target} (poprawione)`;
    await agent
      .patch(`/api/units/${fragment.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: corrected, version: fragment.version })
      .expect(200);
    expect(
      (await realign(fragment.id, { action: 'split', sourceKeep: 1, targetKeep: 1 }, 422)).body.error.message,
    ).toMatch(/corrected translation/);
    const merged: DocumentDetail = (await realign(fragment.id, { action: 'merge-next' })).body;
    const unit = merged.units.find((u) => u.id === fragment.id);
    expect(unit?.target.startsWith(corrected)).toBe(true);
    expect(unit?.targetMt.startsWith(fragment.targetMt)).toBe(true);
  });
});
