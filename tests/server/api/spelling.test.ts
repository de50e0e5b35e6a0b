import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../server/domain/api';
import { SpellingService } from '../../../server/spelling/service';
import { type TestApp, testApp } from '../../helpers/app';

describe('spelling (Hunspell in a worker thread)', () => {
  let t: TestApp;
  const spelling = new SpellingService();
  beforeAll(async () => {
    t = await testApp({ demo: false, spelling });
  });
  afterAll(() => spelling.close());

  /** A one-sentence document made by a translator, as the API returns it. */
  async function create(document: {
    title: string;
    sourceLang: string;
    targetLang: string;
    sourceText: string;
    targetText: string;
  }): Promise<DocumentDetail> {
    const { agent, csrf } = await t.as('translator');
    return (await agent.post('/api/documents').set('X-CSRF-Token', csrf).send(document).expect(201)).body;
  }

  it('flags words the target dictionary does not know, skipping names and words copied from the source', async () => {
    const doc = await create({
      title: 'Spelling',
      sourceLang: 'de',
      targetLang: 'en',
      sourceText: 'Die Gespräche mit Zelenskyy waren produktiv.',
      targetText: 'The tlaks with Zelenskyy were productive.',
    });
    const flags = doc.units[0]?.flags.filter((f) => f.check === 'spelling') ?? [];
    expect(flags.map((f) => f.message)).toEqual(['“tlaks” is not in the dictionary']);
    expect(flags[0]).toMatchObject({
      category: 'Fluency/Spelling',
      side: 'target',
      span: { start: 4, end: 9 },
    });
  });

  it('offers Hunspell’s corrections for the word a spelling flag marks, and only for such a flag', async () => {
    const doc = await create({
      title: 'Suggestions',
      sourceLang: 'en',
      targetLang: 'de',
      sourceText: 'The government talked at length on 12 May.',
      targetText: 'Die Regierung hat am 13. Mai lange gesprochn.',
    });
    const { agent } = await t.as('translator');
    const flags = doc.units[0]?.flags ?? [];
    const spellingFlag = flags.find((f) => f.check === 'spelling');
    const otherFlag = flags.find((f) => f.check !== 'spelling');
    expect(spellingFlag).toBeDefined();
    expect(otherFlag).toBeDefined();
    const offered = await agent.get(`/api/flags/${spellingFlag?.id ?? 0}/suggestions`).expect(200);
    expect(offered.body.word).toBe('gesprochn');
    expect(offered.body.suggestions[0]).toBe('gesprochen');
    const refused = await agent.get(`/api/flags/${otherFlag?.id ?? 0}/suggestions`).expect(422);
    expect(refused.body.error.message).toMatch(/no misspelt word/);
    await agent.get('/api/flags/999999/suggestions').expect(404);
  });

  it('says nothing for a language without a dictionary', async () => {
    expect(await spelling.misspelled('ja', ['こんにちは'])).toBeNull();
    expect(await spelling.misspelled('en', ['house', 'hosue'])).toEqual(new Set(['hosue']));
    // British and American spellings are both English; everyday German verbs are German.
    expect(await spelling.misspelled('en', ['metres', 'meters', 'colour', 'color'])).toEqual(new Set());
    expect(await spelling.misspelled('de', ['hoch', 'macht', 'erwarten', 'Hausx'])).toEqual(
      new Set(['Hausx']),
    );
  });
});
