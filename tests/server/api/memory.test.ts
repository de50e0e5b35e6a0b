import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnit, ConcordanceResult, DocumentDetail, MemoryMatch } from '../../../server/domain/api';
import { readFileSync } from 'node:fs';
import { type TestApp, asText, demoUnitWith, testApp } from '../../helpers/app';
import { readTmx } from '../../../server/ingest/tmx';
import { createRepositories } from '../../../server/db/repositories';
import { refreshSearchIndex } from '../../../server/memory/search-index';

const BIDEN =
  'Biden has previously signaled that the US will not make any concessions on the future of NATO or Ukraine.';

/** A second Polish translation that repeats one sentence of the demo's source and nearly repeats another. */
async function importFollowUp(t: TestApp, title: string, targetLang = 'pl'): Promise<DocumentDetail> {
  const { agent, csrf } = await t.as('editor');
  const response = await agent
    .post('/api/documents')
    .set('X-CSRF-Token', csrf)
    .send({
      title,
      sourceLang: 'en',
      targetLang,
      sourceText: `${BIDEN}\nBiden has previously signaled that the US will not make concessions on the future of NATO.\nThe weather in Geneva was cold.`,
      targetText:
        targetLang === 'pl'
          ? 'Biden wcześniej dawał znać, że USA nie pójdą na ustępstwa.\nBiden zasygnalizował, że USA nie pójdą na ustępstwa w sprawie NATO.\nPogoda w Genewie była zimna.'
          : 'Biden a déjà signalé que les États-Unis ne feraient aucune concession.\nBiden a signalé que les États-Unis ne feraient pas de concessions sur l’OTAN.\nLe temps à Genève était froid.',
    })
    .expect(201);
  return response.body;
}

/** A reviewer corrects the unit, then the editor approves the correction. */
async function correctAndApprove(
  t: TestApp,
  unit: ApiUnit,
  target: string,
  corrector: 'translator' | 'editor' = 'editor',
): Promise<ApiUnit> {
  const { agent, csrf } = await t.as(corrector);
  const corrected = await agent
    .patch(`/api/units/${unit.id}`)
    .set('X-CSRF-Token', csrf)
    .send({ target, version: unit.version })
    .expect(200);
  const editor = await t.as('editor');
  return (
    await editor.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', editor.csrf)
      .send({ status: 'approved', version: corrected.body.version })
      .expect(200)
  ).body;
}

/** The next day's story (fixtures/samples/follow-up.*), which carries the demo's background sentence again. */
async function importGeneva(t: TestApp): Promise<DocumentDetail> {
  const { agent, csrf } = await t.as('editor');
  const created = await agent
    .post('/api/documents')
    .set('X-CSRF-Token', csrf)
    .send({
      title: 'Geneva',
      sourceLang: 'en',
      targetLang: 'pl',
      sourceText: readFileSync('fixtures/samples/follow-up.en.txt', 'utf8'),
      targetText: readFileSync('fixtures/samples/follow-up.pl.txt', 'utf8'),
    })
    .expect(201);
  return created.body;
}

async function matchesOf(t: TestApp, unitId: number): Promise<MemoryMatch[]> {
  const { agent } = await t.as('translator');
  return (await agent.get(`/api/units/${unitId}/memory`).expect(200)).body.matches;
}

describe('the translation memory: reviewed translations of like sentences from other documents', () => {
  let t: TestApp;
  let followUp: DocumentDetail;
  const approved =
    'Biden już wcześniej sygnalizował, że USA nie pójdą na żadne ustępstwa w sprawie przyszłości NATO ani Ukrainy.';
  beforeAll(async () => {
    t = await testApp();
    await correctAndApprove(t, await demoUnitWith(t, 'Biden wcześniej sygnalizował'), approved, 'translator');
    followUp = await importFollowUp(t, 'Follow-up');
  });

  it('offers the approved translation of the same sentence as a 100 % match, with who approved it and where', async () => {
    const [exact] = await matchesOf(t, followUp.units[0]?.id ?? 0);
    expect(exact).toMatchObject({
      similarity: 1,
      source: BIDEN,
      target: approved,
      status: 'approved',
      updatedBy: 'editor',
      documentId: 1,
      unit: 4,
    });
  });

  it('offers it for a sentence that differs in a few words as a fuzzy match, below 100 %', async () => {
    const matches = await matchesOf(t, followUp.units[1]?.id ?? 0);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.target).toBe(approved);
    expect(matches[0]?.similarity).toBeGreaterThanOrEqual(0.7);
    expect(matches[0]?.similarity).toBeLessThan(1);
  });

  it('offers nothing for a sentence unlike any reviewed one, nor a machine translation no one reviewed', async () => {
    expect(await matchesOf(t, followUp.units[2]?.id ?? 0)).toEqual([]);
    // The demo's own sentence is in the follow-up too, but only as an unreviewed machine translation.
    const demoUnit = await demoUnitWith(t, approved);
    expect((await matchesOf(t, demoUnit.id)).map((m) => m.documentId)).not.toContain(followUp.id);
  });

  it('keeps to the language pair', async () => {
    const french = await importFollowUp(t, 'En français', 'fr');
    expect(await matchesOf(t, french.units[0]?.id ?? 0)).toEqual([]);
  });

  it('hands the approved translations of the pair over as a TMX memory that reads back', async () => {
    const { agent } = await t.as('qa');
    const response = await agent
      .get('/api/memory/export')
      .query({ sourceLang: 'en', targetLang: 'pl' })
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(response.headers['content-disposition']).toContain('approved-en-pl.tmx');
    const memory = readTmx(String(response.body), 'approved-en-pl.tmx');
    // The one approved sentence; nothing the machine translated that no one approved.
    expect(memory.pairs.map((p) => [p.source, p.target])).toEqual([[BIDEN, expect.any(String) as unknown]]);
    expect(String(response.body)).toContain('changeid="editor"');
    expect(String(response.body)).toContain('US and Russia to hold talks on Ukraine (demo), unit 4');
    const missing = await agent.get('/api/memory/export').query({ sourceLang: 'en' }).expect(400);
    expect(missing.body.error.message).toContain('targetLang');
  });

  it('gives the translation as it stands after a later correction', async () => {
    const unit = await demoUnitWith(t, approved);
    const qa = await t.as('qa');
    const mended = approved.replace('już wcześniej', 'wcześniej');
    await qa.agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', qa.csrf)
      .send({ target: mended, version: unit.version })
      .expect(200);
    const [exact] = await matchesOf(t, followUp.units[0]?.id ?? 0);
    expect(exact).toMatchObject({ target: mended, status: 'corrected', updatedBy: 'qa' });
  });

  it('answers 404 for a unit that does not exist', async () => {
    const { agent } = await t.as('translator');
    await agent.get('/api/units/99999/memory').expect(404);
  });
});

describe('the concordance: words looked up in every document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
    await importFollowUp(t, 'Follow-up');
    await importFollowUp(t, 'En français', 'fr');
  });

  const search = async (query: Record<string, string>): Promise<ConcordanceResult> => {
    const { agent } = await t.as('translator');
    return (await agent.get('/api/memory').query(query).expect(200)).body;
  };

  it('finds a term in the translations case and accents aside, marking where it stands', async () => {
    const result = await search({ q: 'bialego domu', side: 'target' });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) {
      const span = hit.spans.target[0];
      expect(hit.target.slice(span?.start, span?.end)).toBe('Białego Domu');
      expect(hit.documentTitle).toBe('US and Russia to hold talks on Ukraine (demo)');
    }
  });

  it('finds the source words in every document and language pair, or in one pair', async () => {
    const all = await search({ q: 'previously signaled', side: 'source' });
    expect(new Set(all.hits.map((h) => `${h.sourceLang}-${h.targetLang}`))).toEqual(
      new Set(['en-pl', 'en-fr']),
    );
    const french = await search({ q: 'previously signaled', side: 'source', targetLang: 'fr' });
    expect(french.hits.map((h) => h.targetLang)).toEqual(['fr', 'fr']);
    expect(french.hits[0]?.spans.source).toEqual([{ start: 10, end: 29 }]);
  });

  it('reads a percent sign or an underscore as itself, not as a wildcard', async () => {
    const { agent, csrf } = await t.as('editor');
    await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({
        title: 'Rates',
        sourceLang: 'en',
        targetLang: 'pl',
        sourceText: 'Inflation reached 50% in May.',
        targetText: 'Inflacja osiągnęła 50% w maju.',
      })
      .expect(201);
    expect((await search({ q: '50%' })).hits.map((h) => h.documentTitle)).toEqual(['Rates']);
    expect((await search({ q: '5_%' })).hits).toEqual([]);
  });

  it('says when more units hold the words than it returned', async () => {
    const result = await search({ q: 'nato', limit: '2' });
    expect(result.hits).toHaveLength(2);
    expect(result.more).toBe(true);
  });

  it('forgets a unit that a re-alignment removed, even when a new unit takes its id', async () => {
    const { agent, csrf } = await t.as('editor');
    const created = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({
        title: 'Short',
        sourceLang: 'en',
        targetLang: 'pl',
        sourceText: 'The port reopened on Tuesday.\nShips queued outside Gdańsk.',
        targetText: 'Port otwarto ponownie we wtorek.\nStatki czekały przed Gdańskiem.',
      })
      .expect(201);
    const doc: DocumentDetail = created.body;
    expect((await search({ q: 'statki' })).hits).toHaveLength(1);
    const [first, last] = doc.units;
    await agent
      .post(`/api/units/${first?.id}/alignment`)
      .set('X-CSRF-Token', csrf)
      .send({ action: 'merge-next' })
      .expect(200);
    const merged = (await search({ q: 'statki' })).hits;
    expect(merged.map((h) => h.unitId)).toEqual([first?.id]);
    await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({ title: 'Next', sourceLang: 'en', targetLang: 'pl', sourceText: 'Rain.', targetText: 'Deszcz.' })
      .expect(201);
    const rain = (await search({ q: 'deszcz' })).hits;
    expect(rain).toHaveLength(1);
    // SQLite hands the freed id out again: the new unit must not be found by the old one's words.
    expect(rain[0]?.unitId).toBe(last?.id);
    expect((await search({ q: 'statki' })).hits.map((h) => h.unitId)).toEqual([first?.id]);
  });

  it('refuses a search with nothing to look for, naming the problem', async () => {
    const { agent } = await t.as('translator');
    const empty = await agent.get('/api/memory').query({ q: '  ' }).expect(400);
    expect(empty.body.error.message).toContain('q');
    const side = await agent.get('/api/memory').query({ q: 'nato', side: 'left' }).expect(400);
    expect(side.body.error.message).toContain('side is source, target or both');
  });
});

describe('the translation-memory check: a sentence the team approved, translated otherwise', () => {
  let t: TestApp;
  const approved =
    'Rosja domaga się gwarancji bezpieczeństwa od Stanów Zjednoczonych i NATO, w tym wiążącej obietnicy, że NATO nie będzie rozszerzać się dalej na wschód i że Ukraina nie zostanie przyjęta do sojuszu wojskowego.';
  beforeAll(async () => {
    t = await testApp();
    await correctAndApprove(t, await demoUnitWith(t, 'Ukraina nie pozwoli Ukrainie'), approved);
  });

  it('flags the repeated background sentence of the next story, with the approved translation as its fix', async () => {
    const doc = await importGeneva(t);
    const repeated = doc.units[2];
    const flag = repeated?.flags.find((f) => f.check === 'translation-memory');
    expect(flag).toMatchObject({
      category: 'Terminology',
      severity: 'minor',
      fix: approved,
      span: { start: 0, end: repeated?.target.length },
      message: expect.stringContaining('US and Russia to hold talks on Ukraine (demo), unit 3') as unknown,
    });
    // Its other sentences were never approved anywhere.
    expect(doc.units.filter((u) => u.flags.some((f) => f.check === 'translation-memory'))).toHaveLength(1);

    const translator = await t.as('translator');
    const mended: ApiUnit = (
      await translator.agent
        .patch(`/api/units/${repeated?.id}`)
        .set('X-CSRF-Token', translator.csrf)
        .send({ target: flag?.fix, version: repeated?.version, flag: flag?.id })
        .expect(200)
    ).body;
    expect(mended.target).toBe(approved);
    expect(mended.flags.find((f) => f.check === 'translation-memory')).toMatchObject({
      decision: 'confirmed',
      // Mended, the error stays counted, with the words the machine wrote.
      resolved: { marked: repeated?.target },
    });
  });

  it('leaves the document the approval was made in alone', async () => {
    const demo = await demoUnitWith(t, approved);
    expect(demo.flags.map((f) => f.check)).not.toContain('translation-memory');
  });
});

describe('approvals reach the documents already under review', () => {
  it('re-checks only the documents that translate the sentence otherwise than approved', async () => {
    const t = await testApp();
    const geneva = await importGeneva(t);
    const { agent, csrf } = await t.as('editor');
    // A third story whose translation of the background sentence is already the one to be approved.
    const approved = readFileSync('fixtures/samples/follow-up.pl.txt', 'utf8')
      .split('\n')[2]
      ?.replace('Ukraina nie pozwoli Ukrainie przyłączyć się', 'Ukraina nie zostanie przyjęta');
    const same: DocumentDetail = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .send({
          title: 'Same',
          sourceLang: 'en',
          targetLang: 'pl',
          sourceText: readFileSync('fixtures/samples/follow-up.en.txt', 'utf8').split('\n')[2],
          targetText: approved,
        })
        .expect(201)
    ).body;
    const demo = await demoUnitWith(t, 'Ukraina nie pozwoli Ukrainie');
    refreshSearchIndex(createRepositories(t.db));
    const sharing = createRepositories(t.db).memory.documentsSharingSource(demo.id, approved ?? '');
    expect(sharing).toEqual([geneva.id]);
    expect(sharing).not.toContain(same.id);
  });

  it('flags the same sentence in another document as soon as it is approved, and no longer once reopened', async () => {
    const t = await testApp();
    const editor = await t.as('editor');
    const geneva = await importGeneva(t);
    const memoryFlags = async (): Promise<string[]> => {
      const doc: DocumentDetail = (await editor.agent.get(`/api/documents/${geneva.id}`).expect(200)).body;
      return doc.units.flatMap((u) =>
        u.flags.filter((f) => f.check === 'translation-memory').map((f) => f.fix ?? ''),
      );
    };
    expect(await memoryFlags()).toEqual([]);

    const unit = await demoUnitWith(t, 'Ukraina nie pozwoli Ukrainie');
    const mended = unit.target.replace(
      'Ukraina nie pozwoli Ukrainie przyłączyć się',
      'Ukraina nie zostanie przyjęta',
    );
    const saved = await editor.agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', editor.csrf)
      .send({ target: mended, version: unit.version })
      .expect(200);
    expect(await memoryFlags()).toEqual([]);
    const approved = await editor.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', editor.csrf)
      .send({ status: 'approved', version: saved.body.version })
      .expect(200);
    expect(await memoryFlags()).toEqual([mended]);

    const qa = await t.as('qa');
    await qa.agent
      .post(`/api/units/${unit.id}/status`)
      .set('X-CSRF-Token', qa.csrf)
      .send({ status: 'flagged', version: approved.body.version })
      .expect(200);
    expect(await memoryFlags()).toEqual([]);
  });
});
