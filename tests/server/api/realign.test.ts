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

  describe('what reviewers marked goes with the sentences', () => {
    const markError = async (unit: ApiUnit, words: string): Promise<void> => {
      const { agent, csrf } = await t.as('editor');
      const start = unit.targetMt.indexOf(words);
      expect(start).toBeGreaterThanOrEqual(0);
      await agent
        .post(`/api/units/${unit.id}/issues`)
        .set('X-CSRF-Token', csrf)
        .send({
          category: 'Accuracy/Mistranslation',
          severity: 'major',
          side: 'target',
          start,
          end: start + words.length,
        })
        .expect(201);
    };
    /** The words each marked error of the unit covers, read in the machine translation as the report reads them. */
    const markedWords = (unit: ApiUnit | undefined): string[] =>
      unit
        ? unit.issues.map((issue) =>
            issue.span ? unit.targetMt.slice(issue.span.start, issue.span.end) : '',
          )
        : [];

    it('splits and merges a unit without losing an error marked on either of its sentences', async () => {
      const fragment = find(doc, 'Żądania Rosji');
      await markError(fragment, 'i omówić');
      await markError(fragment, 'Żądania Rosji');
      const split: DocumentDetail = (
        await realign(fragment.id, { action: 'split', sourceKeep: 1, targetKeep: 1 })
      ).body;
      const first = split.units.find((u) => u.id === fragment.id);
      expect(markedWords(first)).toEqual(['i omówić']);
      expect(markedWords(split.units[(first?.position ?? 0) + 1])).toEqual(['Żądania Rosji']);

      const merged: DocumentDetail = (await realign(fragment.id, { action: 'merge-next' })).body;
      expect(markedWords(find(merged, 'Żądania Rosji')).sort()).toEqual(['i omówić', 'Żądania Rosji']);
      const { agent } = await t.as('qa');
      const report = (await agent.get('/api/documents/1/report?format=json').expect(200)).body;
      expect(
        report.errors
          .filter((e: { origin: string }) => e.origin === 'annotation')
          .map((e: { text: string }) => e.text)
          .sort(),
      ).toEqual(['i omówić', 'Żądania Rosji']);
    });

    it('keeps the ruling on a flag and the error marked in a unit merged into the one before', async () => {
      const repeated = find(doc, 'nie pozwoli Ukrainie');
      const flag = repeated.flags.find((f) => f.check === 'entity-duplication');
      if (!flag) throw new Error('no entity-duplication flag on the demo');
      const { agent, csrf } = await t.as('editor');
      await agent
        .post(`/api/flags/${flag.id}/decision`)
        .set('X-CSRF-Token', csrf)
        .send({ decision: 'confirmed' })
        .expect(200);
      await markError(repeated, 'nie pozwoli');
      const before = doc.units[repeated.position - 1];
      if (!before) throw new Error('no unit before the repeated name');
      const merged: DocumentDetail = (await realign(before.id, { action: 'merge-next' })).body;
      const unit = merged.units.find((u) => u.id === before.id);
      expect(markedWords(unit)).toEqual(['nie pozwoli']);
      const ruled = unit?.flags.find((f) => f.check === 'entity-duplication');
      expect(ruled?.decision).toBe('confirmed');
      expect(ruled?.span && unit?.target.slice(ruled.span.start, ruled.span.end)).toBe('Ukrainie');
    });

    it('moves an error marked on a sentence moved to the next unit', async () => {
      const fragment = find(doc, 'Żądania Rosji');
      await markError(fragment, 'Żądania Rosji');
      const moved: DocumentDetail = (
        await realign(fragment.id, { action: 'move', side: 'target', to: 'next' })
      ).body;
      expect(markedWords(moved.units.find((u) => u.id === fragment.id))).toEqual([]);
      const next = moved.units[fragment.position + 1];
      expect(next?.targetMt.startsWith('Żądania Rosji')).toBe(true);
      expect(markedWords(next)).toEqual(['Żądania Rosji']);
    });
  });
});
