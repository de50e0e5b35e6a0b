import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { documentText } from '../../../server/ingest/index';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnit, DocumentDetail } from '../../../server/domain/api';
import { makeDocx } from '../../helpers/docx';
import { zipBomb } from '../../helpers/zip-bomb';
import { type TestApp, asBytes, testApp } from '../../helpers/app';

describe('documents API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it('lists the demo document with its language pair, counts and progress', async () => {
    const { agent } = await t.as('translator');
    const response = await agent.get('/api/documents').expect(200);
    expect(response.body.documents).toHaveLength(1);
    const demo = response.body.documents[0];
    expect(demo).toMatchObject({ sourceLang: 'en', targetLang: 'pl', reviewedCount: 0, progress: 0 });
    expect(demo.unitCount).toBeGreaterThan(10);
    expect(demo.flaggedCount).toBeGreaterThanOrEqual(3);
  });

  it('flags the repeated-name sentence, the cut-off fragment, the command for "create" and the unsourced bio of the demo', async () => {
    const { agent } = await t.as('translator');
    const doc: DocumentDetail = (await agent.get('/api/documents/1').expect(200)).body;
    const flagged = doc.units.filter((u) => u.flagged);
    const repeated = doc.units.find((u) => u.target.includes('Ukraina nie pozwoli Ukrainie'));
    expect(repeated?.flagged).toBe(true);
    const duplicate = repeated?.flags.find((f) => f.check === 'entity-duplication');
    expect(duplicate?.span && repeated?.target.slice(duplicate.span.start, duplicate.span.end)).toBe(
      'Ukrainie',
    );
    const fragment = doc.units.find((u) => u.target.includes('Żądania Rosji'));
    expect(fragment?.flagged).toBe(true);
    expect(fragment?.targetSentences.length).toBe(2);
    const bio = doc.units.find((u) => u.target.includes('Organizator'));
    expect(bio).toMatchObject({ source: '', sourceSentences: [], flagged: true });
    expect(bio?.flags.map((f) => f.category)).toContain('Accuracy/Addition');
    // "… rather use an existing format … than create a new one" came out as a command: "stwórz nowy".
    const command = doc.units.find((u) => u.target.includes('stwórz nowy'));
    expect(command?.flagged).toBe(true);
    const imperative = command?.flags.find((f) => f.check === 'imperative');
    expect(imperative?.span && command?.target.slice(imperative.span.start, imperative.span.end)).toBe(
      'stwórz',
    );
    // Every unit is shown in document order, source beside target.
    expect(doc.units.map((u) => u.position)).toEqual(doc.units.map((_, k) => k));
    expect(flagged.length).toBeLessThanOrEqual(5);
  });

  it('creates a document from pasted text, detecting the languages', async () => {
    const { agent, csrf } = await t.as('translator');
    const response = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({
        title: 'Pasted',
        sourceText: 'The government announced new measures today. Prices rose by 3.5% in March.',
        targetText: 'Rząd ogłosił dziś nowe środki. Ceny wzrosły o 5,3% w marcu.',
      })
      .expect(201);
    const doc: DocumentDetail = response.body;
    expect(doc).toMatchObject({
      title: 'Pasted',
      sourceLang: 'en',
      targetLang: 'pl',
      sourceLangDetected: true,
      targetLangDetected: true,
    });
    const prices = doc.units.find((u) => u.source.startsWith('Prices'));
    expect(prices?.flags.some((f) => f.check === 'numbers')).toBe(true);
  });

  it('reports a sentence translated into the wrong language (Spanish in a French document)', async () => {
    const { agent, csrf } = await t.as('translator');
    const response = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({
        title: 'Off target',
        sourceLang: 'en',
        targetLang: 'fr',
        sourceText:
          'The minister spoke to reporters on Monday. The new law will enter into force on the first day of next month.',
        targetText:
          'Le ministre a parlé aux journalistes lundi. La nueva ley entrará en vigor el primer día del próximo mes.',
      })
      .expect(201);
    const units: ApiUnit[] = response.body.units;
    const spanish = units.find((u) => u.target.startsWith('La nueva'));
    expect(spanish?.flags.find((f) => f.check === 'wrong-language')).toMatchObject({
      category: 'Accuracy/Mistranslation',
      message: expect.stringContaining('Spanish (es), not French (fr)'),
    });
    const french = units.find((u) => u.target.startsWith('Le ministre'));
    expect(french?.flags.some((f) => f.check === 'wrong-language')).toBe(false);
  });

  it('creates a document from two uploaded .txt files, one in Windows-1250', async () => {
    const { agent, csrf } = await t.as('editor');
    const sentence =
      'Rosja domaga się gwarancji bezpieczeństwa od Stanów Zjednoczonych i NATO, że NATO nie będzie rozszerzać się na wschód.';
    const polish = iconv.encode(`${sentence}\n`, 'win1250');
    const response = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .field('sourceLang', 'en')
      .field('targetLang', 'pl')
      .attach(
        'source',
        Buffer.from(
          'Russia demands security guarantees from the United States and NATO that NATO will not expand east.\n',
        ),
        'story.en.txt',
      )
      .attach('target', polish, 'story.pl.txt')
      .expect(201);
    expect(response.body.title).toBe('story.pl');
    expect(response.body.units[0].target).toBe(sentence);
  });

  it('creates a document from two Word files, one paragraph per line as from text', async () => {
    const { agent, csrf } = await t.as('editor');
    const response = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .field('sourceLang', 'en')
      .field('targetLang', 'de')
      .attach(
        'source',
        await makeDocx(['Talks in Geneva', ['The talks begin on ', 'Monday', '. Both sides agreed.']]),
        'talks.en.docx',
      )
      .attach(
        'target',
        await makeDocx([
          'Gespräche in Genf',
          ['Die Gespräche beginnen am ', 'Dienstag', '. Beide Seiten stimmten zu.'],
        ]),
        'talks.de.docx',
      )
      .expect(201);
    expect(response.body.title).toBe('talks.de');
    expect(response.body.units.map((u: ApiUnit) => u.target)).toEqual([
      'Gespräche in Genf',
      'Die Gespräche beginnen am Dienstag.',
      'Beide Seiten stimmten zu.',
    ]);
    // Read as the words they are: the weekday the translation changed is found across the bold run.
    expect(response.body.units[1].flags.map((f: { check: string }) => f.check)).toContain('dates');
  });

  it('gives the reviewed translation back in the Word file it came in, its styles kept', async () => {
    const { agent, csrf } = await t.as('editor');
    const created: DocumentDetail = (
      await agent
        .post('/api/documents')
        .set('X-CSRF-Token', csrf)
        .field('sourceLang', 'en')
        .field('targetLang', 'de')
        .attach('source', await makeDocx(['Talks in Geneva', 'The talks begin on Monday.']), 'geneva.en.docx')
        .attach(
          'target',
          await makeDocx([
            { style: 'Heading1', text: 'Gespräche in Genf' },
            ['Die Gespräche beginnen am ', 'Dienstag', '.'],
          ]),
          'geneva.de.docx',
        )
        .expect(201)
    ).body;
    const unit = created.units[1];
    if (!unit) throw new Error('no second unit');
    await agent
      .patch(`/api/units/${unit.id}`)
      .set('X-CSRF-Token', csrf)
      .send({ target: 'Die Gespräche beginnen am Montag.', version: unit.version })
      .expect(200);
    const word = await agent
      .get(`/api/documents/${created.id}/export?format=docx`)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    expect(word.headers['content-disposition']).toMatch(/filename="?geneva\.de\.docx"?/);
    const bytes = Buffer.from(word.body);
    expect(await documentText(bytes, 'geneva.de.docx')).toBe(
      'Gespräche in Genf\nDie Gespräche beginnen am Montag.',
    );
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('refuses a Word file it cannot read, naming it, and stores nothing', async () => {
    const { agent, csrf } = await t.as('editor');
    const before = (await agent.get('/api/documents').expect(200)).body.documents.length;
    const response = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .attach('source', Buffer.from('The talks begin on Monday.\n'), 'talks.en.txt')
      .attach('target', Buffer.from('PK\u0003\u0004 not really'), 'talks.de.docx')
      .expect(422);
    expect(response.body.error.message).toMatch(/talks\.de\.docx: is not a Word document/);
    expect((await agent.get('/api/documents').expect(200)).body.documents).toHaveLength(before);
  });

  it('refuses a Word file or workbook that would unpack to hundreds of megabytes, before reading it', async () => {
    const { agent, csrf } = await t.as('editor');
    const bomb = zipBomb(300);
    const word = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .attach('source', Buffer.from('The talks begin on Monday.\n'), 'talks.en.txt')
      .attach('target', bomb, 'talks.de.docx')
      .expect(422);
    expect(word.body.error.message).toMatch(/talks\.de\.docx: unpacks to more than 256 MiB/);
    const workbook = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .attach('file', zipBomb(300, 'xl/worksheets/sheet1.xml'), 'segments.xlsx')
      .expect(422);
    expect(workbook.body.error.message).toMatch(/segments\.xlsx: unpacks to more than 256 MiB/);
  });

  it('imports a bilingual XLIFF upload as aligned pairs', async () => {
    const { agent, csrf } = await t.as('editor');
    const xliff = `<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="de" datatype="plaintext" original="a"><body>
      <trans-unit id="t1"><source>The meeting is on <g id="1">Monday</g>.</source><target>Das Treffen ist am <g id="1">Montag</g>.</target></trans-unit>
      <trans-unit id="t2"><source>It costs 20 euros.</source><target>Es kostet 30 Euro.</target></trans-unit></body></file></xliff>`;
    const response = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .attach('file', Buffer.from(xliff), 'memo.xliff')
      .expect(201);
    expect(response.body).toMatchObject({ kind: 'pairs', sourceLang: 'en', targetLang: 'de', unitCount: 2 });
    const units: ApiUnit[] = response.body.units;
    expect(units.map((u) => u.externalId)).toEqual(['t1', 't2']);
    expect(units[0]?.target).toBe('Das Treffen ist am Montag.');
    expect(units[1]?.flags.some((f) => f.check === 'numbers')).toBe(true);
  });

  it('imports a spreadsheet (.xlsx) upload as aligned pairs, its languages from the form', async () => {
    const { agent, csrf } = await t.as('editor');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Segments');
    sheet.addRow(['id', 'source', 'target']);
    sheet.addRow(['r1', 'The meeting is on Monday.', 'Das Treffen ist am Montag.']);
    sheet.addRow(['r2', 'It costs 20 euros.', 'Es kostet 30 Euro.']);
    const response = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .field('sourceLang', 'en')
      .field('targetLang', 'de')
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'memo.xlsx')
      .expect(201);
    expect(response.body).toMatchObject({ kind: 'pairs', sourceLang: 'en', targetLang: 'de', unitCount: 2 });
    const units: ApiUnit[] = response.body.units;
    expect(units.map((u) => u.externalId)).toEqual(['r1', 'r2']);
    expect(units[1]?.flags.some((f) => f.check === 'numbers')).toBe(true);
  });

  it('answers bad input with 4xx and a message that names the problem, writing nothing', async () => {
    const { agent, csrf } = await t.as('editor');
    const before = (await agent.get('/api/documents')).body.documents.length;
    const missing = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({ title: 'x', sourceText: 'Hello.' })
      .expect(400);
    expect(missing.body.error.message).toBe('targetText: send the target text');
    const untitled = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({ sourceText: 'Hello.', targetText: 'Hallo.' })
      .expect(400);
    expect(untitled.body.error.message).toBe('title: give the document a title');
    const unknownLang = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({ title: 'x', targetLang: 'xx', sourceText: 'Hello there.', targetText: 'Hallo.' })
      .expect(400);
    expect(unknownLang.body.error.message).toMatch(/"xx" is not an ISO 639-1 or 639-3 language code/);
    const badLang = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .send({ title: 'x', sourceLang: 'english!', sourceText: 'a', targetText: 'b' })
      .expect(400);
    expect(badLang.body.error.message).toMatch(/^sourceLang/);
    const brokenXml = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .attach('file', Buffer.from('<xliff><file>'), 'bad.xlf')
      .expect(422);
    expect(brokenXml.body.error.message).toMatch(/bad\.xlf.*XML/);
    const oneFile = await agent
      .post('/api/documents')
      .set('X-CSRF-Token', csrf)
      .attach('source', Buffer.from('a'), 'a.txt')
      .expect(400);
    expect(oneFile.body.error.message).toMatch(/source.*target/);
    expect((await agent.get('/api/documents')).body.documents.length).toBe(before);
  });

  it('answers 404 for a document that does not exist', async () => {
    const { agent } = await t.as('editor');
    const response = await agent.get('/api/documents/999').expect(404);
    expect(response.body.error.message).toMatch(/document 999/);
  });
});
