import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../server/analysis/analyze';
import { createApp } from '../../../server/app';
import { createUser } from '../../../server/auth/sessions';
import { createRepositories } from '../../../server/db/repositories';
import { openDb } from '../../../server/db/connection';
import { sqliteEmbeddingCache } from '../../../server/db/queries/embeddings';
import { resolveModelSource } from '../../../server/model/config';
import { WorkerEmbedder } from '../../../server/model/embedder';
import { cosine } from '../../../server/model/types';
import { demoTexts } from '../../../server/seed';
import { cli } from '../../helpers/cli';
import { copyModelInto, corruptModelFolder, tinyModelFolder, tinySource } from '../../helpers/tiny-model';

const ORIGINAL = 'The United States and Russia are still hammering out the agenda.';
const TRANSLATION = 'Stany Zjednoczone i Rosja wciąż ustalają porządek obrad.';
const UNRELATED = 'Organizator. Entuzjasta podróży. Miłośnik muzyki.';

// Every embedder of the process shares one model thread (server/model/thread.ts); this one lives for
// the whole file while others connect and leave.
let embedder: WorkerEmbedder;
beforeAll(async () => {
  embedder = new WorkerEmbedder(tinySource());
  await embedder.start();
});
afterAll(() => embedder.close());

describe('the model through the production code path (tiny generated model, remote loading off)', () => {
  it('loads, embeds and scores a translation above an unrelated sentence', async () => {
    expect(embedder.status()).toEqual({ state: 'ready', modelId: 'local:tiny-model' });
    const vectors = await embedder.embed([ORIGINAL, TRANSLATION, UNRELATED]);
    if (!vectors) throw new Error('no vectors');
    const [original, translation, unrelated] = vectors;
    if (!original || !translation || !unrelated) throw new Error('missing vector');
    expect(original.length).toBe(16);
    expect(cosine(original, original)).toBeCloseTo(1, 5);
    expect(cosine(original, translation)).toBeGreaterThan(cosine(original, unrelated) + 0.3);
  });

  it('embeds only text it has not seen (the cache)', async () => {
    const before = embedder.stats.embedded;
    await embedder.embed([ORIGINAL, TRANSLATION]);
    expect(embedder.stats.embedded).toBe(before);
    await embedder.embed([ORIGINAL, 'Nowe zdanie.']);
    expect(embedder.stats.embedded).toBe(before + 1);
  });

  it('keeps embeddings in SQLite, so a restarted server embeds nothing it embedded before', async () => {
    const db = openDb(':memory:');
    const folder = tinyModelFolder();
    const first = new WorkerEmbedder(tinySource(folder), sqliteEmbeddingCache(db));
    await first.embed([ORIGINAL, TRANSLATION]);
    await first.close();
    const second = new WorkerEmbedder(tinySource(folder), sqliteEmbeddingCache(db));
    const vectors = await second.embed([ORIGINAL, TRANSLATION]);
    expect(second.stats).toMatchObject({ embedded: 0, cacheHits: 2 });
    expect(vectors?.[0]?.length).toBe(16);
    await second.close();
  });

  it('gives the pipeline a similarity per unit and uses it to align', async () => {
    const analysis = await analyze({ ...demoTexts(), sourceLang: 'en', targetLang: 'pl' }, { embedder });
    expect(analysis.modelUsed).toBe('local:tiny-model');
    const withBoth = analysis.units.filter((u) => u.source && u.target);
    expect(withBoth.every((u) => typeof u.similarity === 'number')).toBe(true);
    expect(analysis.units.find((u) => u.target.includes('Organizator'))).toMatchObject({
      sourceSentences: [],
      similarity: null,
    });
  });

  it('keeps answering HTTP while a large batch embeds in the worker', async () => {
    const app = createApp({ db: openDb(':memory:'), embedder });
    const texts = Array.from(
      { length: 20_000 },
      (_, k) => `Rosja i Ukraina, zdanie numer ${k} ${'wciąż '.repeat(k % 7)}`,
    );
    let embedded = false;
    const bulk = embedder.embed(texts, 'bulk').then(() => {
      embedded = true;
    });
    const health = await request(app).get('/api/health').expect(200);
    expect(health.body.ok).toBe(true);
    expect(embedded).toBe(false);
    await bulk;
    expect(embedded).toBe(true);
  });

  it('puts an interactive re-check ahead of a bulk import', async () => {
    const order: string[] = [];
    const bulk = embedder
      .embed(
        Array.from({ length: 3000 }, (_, k) => `bulk sentence ${k} nie`),
        'bulk',
      )
      .then(() => order.push('bulk'));
    const interactive = embedder
      .embed(['interactive re-check of one edited sentence'], 'interactive')
      .then(() => order.push('interactive'));
    await Promise.all([bulk, interactive]);
    expect(order).toEqual(['interactive', 'bulk']);
  });
});

describe('when the model cannot be used', () => {
  it('offline with no model in the cache: unavailable with a reason, and the pipeline runs on heuristics', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'mt-review-empty-cache-'));
    const embedder = new WorkerEmbedder(
      resolveModelSource({
        model: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2',
        cacheDir,
        offline: true,
        quantized: true,
      }),
    );
    await embedder.start();
    expect(embedder.status().state).toBe('unavailable');
    expect(embedder.status().reason).toMatch(/is not in .* and remote loading is off/);
    expect(await embedder.embed(['x'])).toBeNull();
    const analysis = await analyze({ ...demoTexts(), sourceLang: 'en', targetLang: 'pl' }, { embedder });
    expect(analysis.modelUsed).toBeNull();
    expect(analysis.units.every((u) => u.similarity === null)).toBe(true);
    expect(analysis.units.some((u) => u.flagged)).toBe(true);
  });

  // In a process of its own: onnxruntime's failed session leaves native memory that a later free in
  // the same process can trip over ("free(): invalid next size"), taking the test worker down with it.
  it('a corrupt .onnx file: unavailable, naming the corrupt model', () => {
    const result = cli(['model', 'status'], { MT_REVIEW_MODEL: corruptModelFolder() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/status: unavailable — model local:tiny-model could not be loaded/);
  });

  it('finds a model copied into the cache folder (how machines without internet get one)', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'mt-review-cache-'));
    copyModelInto(cacheDir, 'Acme/tiny-model');
    const embedder = new WorkerEmbedder(
      resolveModelSource({ model: 'Acme/tiny-model', cacheDir, offline: true, quantized: true }),
    );
    await embedder.start();
    expect(embedder.status()).toEqual({ state: 'ready', modelId: 'Acme/tiny-model' });
    await embedder.close();
  });

  it('GET /api/model reports the status, and says why when there is no model', async () => {
    const status = async (model: WorkerEmbedder | null) => {
      const db = openDb(':memory:');
      createUser(createRepositories(db), 'qa', 'qa_lead', 'demo');
      const agent = request.agent(
        createApp({ db, embedder: model, modelDisabledReason: 'the model is turned off' }),
      );
      await agent.get('/api/model').expect(401);
      await agent.post('/api/auth/login').send({ username: 'qa', password: 'demo' }).expect(200);
      return (await agent.get('/api/model').expect(200)).body;
    };
    expect(await status(null)).toEqual({
      state: 'unavailable',
      modelId: 'none',
      reason: 'the model is turned off',
    });
    expect(await status(embedder)).toEqual({ state: 'ready', modelId: 'local:tiny-model' });
  });

  it('`mt-review model pull` offline: a clear message and exit code 2', () => {
    const result = cli(['model', 'pull']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/MT_REVIEW_OFFLINE is set: nothing can be downloaded/);
  });

  it('`mt-review model status` reports a working local model', () => {
    const result = cli(['model', 'status'], { MT_REVIEW_MODEL: tinyModelFolder() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/status: ready/);
  });
});
