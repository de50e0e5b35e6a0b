import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { openDb } from '../../../server/db/connection';
import { documentText, parsePairs } from '../../../server/ingest/index';
import { DEMO_DOCUMENTS, ROOT, cli } from '../../helpers/cli';
import { makeDocx } from '../../helpers/docx';

describe('mt-review import, export and user', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mt-review-cli-db-'));
  const db = join(dir, 'review.db');

  it('imports the demo pair and exports the translation with its paragraphs', () => {
    const imported = cli([
      'import',
      '--no-model',
      ...DEMO_DOCUMENTS,
      '--src-lang',
      'en',
      '--tgt-lang',
      'pl',
      '--db',
      db,
    ]);
    expect(imported.stdout).toBe('imported document 1\n');
    const text = cli(['export', '--document', '1', '--format', 'txt', '--db', db]).stdout;
    expect(text.trim()).toBe(readFileSync(join(ROOT, 'fixtures/demo-article.pl.txt'), 'utf8').trim());
  });

  it("gives back a CAT tool's XLIFF it imported as it came while nothing was corrected", () => {
    const sample = join(ROOT, 'fixtures/samples/article.sdlxliff');
    const own = join(dir, 'sdl.db');
    expect(cli(['import', '--no-model', '--pairs', sample, '--db', own]).stdout).toBe(
      'imported document 1\n',
    );
    const back = cli(['export', '--document', '1', '--format', 'original', '--db', own]).stdout;
    expect(back).toBe(readFileSync(sample, 'utf8'));
    const refused = cli(['export', '--document', '1', '--format', 'original', '--db', db]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/document 1 was not imported from a file it can be written back into/);
  });

  it('exports XLIFF and TMX that read back as the same segments', () => {
    const xliff = parsePairs(
      cli(['export', '--document', '1', '--format', 'xliff', '--db', db]).stdout,
      'out.xliff',
    );
    expect(xliff).toMatchObject({ sourceLang: 'en', targetLang: 'pl' });
    expect(xliff.pairs).toHaveLength(14);
    expect(xliff.pairs[2]?.target).toContain('Ukraina nie pozwoli Ukrainie');
    const tmx = parsePairs(
      cli(['export', '--document', '1', '--format', 'tmx', '--db', db]).stdout,
      'out.tmx',
    );
    expect(tmx).toMatchObject({ sourceLang: 'en', targetLang: 'pl' });
    expect(tmx.pairs).toHaveLength(13);
  });

  it('writes the report as csv, json, html and xlsx, and the translation as a Word document', async () => {
    const csv = cli(['export', '--document', '1', '--format', 'csv', '--db', db]).stdout;
    expect(csv.split('\n')[0]).toBe(
      'unit,id,status,risk,source,machineTranslation,corrected,editRate,flags,annotations,reviewerNote,comments',
    );
    const json = JSON.parse(cli(['export', '--document', '1', '--format', 'json', '--db', db]).stdout);
    expect(json).toMatchObject({
      units: 14,
      penalty: 0,
      // Nothing reviewed: no score rather than a perfect one.
      reviewedUnits: 0,
      qualityScore: null,
      document: { sourceLang: 'en', targetLang: 'pl' },
    });
    const html = cli(['export', '--document', '1', '--format', 'html', '--db', db]).stdout;
    expect(html).toMatch(/<h1>Error report: demo-article\.pl<\/h1>/);
    expect(html).toMatch(/MQM quality score <span class="score">—<\/span> \(no unit reviewed yet/);
    const out = join(dir, 'report.xlsx');
    expect(cli(['export', '--document', '1', '--format', 'xlsx', '--out', out, '--db', db]).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const word = join(dir, 'article.docx');
    expect(cli(['export', '--document', '1', '--format', 'docx', '--out', word, '--db', db]).status).toBe(0);
    expect(await documentText(readFileSync(word), word)).toBe(
      readFileSync(join(ROOT, 'fixtures/demo-article.pl.txt'), 'utf8').trim(),
    );
  });

  it('imports two Word files and exports the translation into the Word file it came in', async () => {
    const own = join(dir, 'word.db');
    const source = join(dir, 'geneva.en.docx');
    const target = join(dir, 'geneva.de.docx');
    writeFileSync(source, await makeDocx(['Talks in Geneva', 'The talks begin on Monday.']));
    writeFileSync(
      target,
      await makeDocx([{ style: 'Heading1', text: 'Gespräche in Genf' }, 'Die Gespräche beginnen am Montag.']),
    );
    expect(cli(['import', '--no-model', '--source', source, '--target', target, '--db', own]).stdout).toBe(
      'imported document 1\n',
    );
    const out = join(dir, 'back.docx');
    expect(cli(['export', '--document', '1', '--format', 'docx', '--out', out, '--db', own]).status).toBe(0);
    expect(await documentText(readFileSync(out), out)).toBe(
      'Gespräche in Genf\nDie Gespräche beginnen am Montag.',
    );
    expect(new TextDecoder().decode(unzipSync(readFileSync(out))['word/document.xml'])).toContain(
      '<w:pStyle w:val="Heading1"/>',
    );
  });

  it('refuses a missing document or a bad format with exit code 2', () => {
    const missing = cli(['export', '--document', '7', '--format', 'txt', '--db', db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no document 7/);
    expect(cli(['export', '--document', '1', '--format', 'pdf', '--db', db]).stderr).toMatch(
      /--format must be one of/,
    );
  });

  it('adds a user who can then sign in', async () => {
    const added = spawnSync(
      process.execPath,
      ['bin/mt-review.js', 'user', 'add', 'marta', '--role', 'editor', '--password-stdin', '--db', db],
      {
        cwd: ROOT,
        input: 'correct horse battery\n',
        encoding: 'utf8',
      },
    );
    expect(added.stdout).toBe('added marta (editor)\n');
    const again = cli(['user', 'add', 'marta', '--role', 'editor', '--db', db], {
      MT_REVIEW_PASSWORD: 'another password',
    });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(cli(['user', 'add', 'x', '--role', 'boss', '--db', db]).stderr).toMatch(
      /--role must be one of translator, editor, qa_lead/,
    );
    const app = createApp({ db: openDb(db) });
    const me = await request(app)
      .post('/api/auth/login')
      .send({ username: 'marta', password: 'correct horse battery' })
      .expect(200);
    expect(me.body.role).toBe('editor');
  });
});
