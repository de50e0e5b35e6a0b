/**
 * Takes the README's screenshots with the same headless chromium as the end-to-end test:
 * `npx tsx scripts/screenshot.ts` → docs/documents.png, docs/review.png, docs/checks.png,
 * docs/glossary.png, docs/replace.png, docs/memory.png, docs/concordance.png, docs/quality.png, docs/comments.png.
 */
import { readFileSync } from 'node:fs';
import type { ApiUnit, DocumentDetail, TeamMember } from '../server/domain/api';
import { launchBrowser } from '../tests/helpers/browser';
import { startTestServer } from '../tests/helpers/server';

const { server, url } = await startTestServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.fill('input[name=username]', 'editor');
  await page.fill('input[name=password]', 'demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('table.documents');
  // The demo handed to the translator, due in three days.
  const session = (await (await page.request.get(`${url}/api/me`)).json()) as { csrfToken: string };
  const team = (await (await page.request.get(`${url}/api/users`)).json()) as { users: TeamMember[] };
  const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await page.request.patch(`${url}/api/documents/1/assignment`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { assignedTo: team.users.find((m) => m.name === 'translator')?.id ?? null, dueDate: due },
  });
  await page.reload();
  await page.waitForSelector('table.documents');
  await page.screenshot({ path: 'docs/documents.png' });
  await page.getByRole('link', { name: /US and Russia/ }).click();
  await page.waitForSelector('article.unit');
  const fragment = page.locator('article.unit', { hasText: 'Żądania Rosji' });
  await fragment.locator('summary', { hasText: 'Alignment' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  // Units off screen skip rendering (content-visibility: auto keeps long documents fast); a full-page
  // picture must paint them all, or they come out as empty cards.
  await page.addStyleTag({ content: 'article.unit { content-visibility: visible !important; }' });
  await page.screenshot({
    path: 'docs/review.png',
    clip: { x: 0, y: 0, width: 1400, height: 1500 },
    fullPage: true,
  });
  // A calque the machine made throughout ("urzędnik Białego Domu" for "White House official"), replaced
  // as a Polish newsroom writes it; the preview, before anything is written.
  await fragment.locator('summary', { hasText: 'Alignment' }).click();
  await page.getByRole('button', { name: 'Replace in translations…' }).click();
  const panel = page.getByRole('region', { name: 'Replace in translations' });
  await panel.getByLabel('Find what').fill('urzędnik');
  await panel.getByLabel('Replace with').fill('przedstawiciel');
  await panel.getByRole('button', { name: 'Preview' }).click();
  await panel.locator('.replace-preview').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/replace.png', clip: { x: 0, y: 0, width: 1400, height: 640 } });
  await page.getByRole('link', { name: 'Checks' }).click();
  await page.waitForSelector('table.checks');
  await page.screenshot({ path: 'docs/checks.png', fullPage: true });
  // The sample glossary, imported as a QA lead would, after the review picture (it adds a flag).
  const me = (await (await page.request.get(`${url}/api/me`)).json()) as { csrfToken: string };
  await page.request.post(`${url}/api/glossary`, {
    headers: { 'X-CSRF-Token': me.csrfToken },
    multipart: {
      sourceLang: 'en',
      targetLang: 'pl',
      file: {
        name: 'glossary-en-pl.tsv',
        mimeType: 'text/tab-separated-values',
        buffer: readFileSync('fixtures/samples/glossary-en-pl.tsv'),
      },
    },
  });
  await page.getByRole('link', { name: 'Glossary' }).click();
  await page.waitForSelector('table.glossary');
  await page.screenshot({ path: 'docs/glossary.png', fullPage: true });
  // An earlier article, its repeated background sentence mended and approved: the demo's editor offers it.
  const headers = { 'X-CSRF-Token': me.csrfToken };
  const earlier = await page.request.post(`${url}/api/documents`, {
    headers,
    data: {
      title: 'US and Russia open security talks in Geneva',
      sourceLang: 'en',
      targetLang: 'pl',
      sourceText: readFileSync('fixtures/samples/follow-up.en.txt', 'utf8'),
      targetText: readFileSync('fixtures/samples/follow-up.pl.txt', 'utf8'),
    },
  });
  const repeated = ((await earlier.json()) as DocumentDetail).units[2];
  if (!repeated) throw new Error('the follow-up has no third unit');
  const saved = await page.request.patch(`${url}/api/units/${repeated.id}`, {
    headers,
    data: {
      target: repeated.target.replace(
        'Ukraina nie pozwoli Ukrainie przyłączyć się',
        'Ukraina nie zostanie przyjęta',
      ),
      version: repeated.version,
    },
  });
  await page.request.post(`${url}/api/units/${repeated.id}/status`, {
    headers,
    data: { status: 'approved', version: ((await saved.json()) as ApiUnit).version },
  });
  await page.goto(`${url}/documents/1`);
  const demoUnit = page.locator('article[aria-label="unit 3"]');
  await demoUnit.getByRole('button', { name: 'Edit' }).click();
  await demoUnit.locator('.memory-matches').waitFor();
  await demoUnit.screenshot({ path: 'docs/memory.png' });
  await demoUnit.getByRole('button', { name: 'Cancel' }).click();
  // The newsroom's old TMX, brought in as a translation memory.
  await page.request.post(`${url}/api/memory/imports`, {
    headers,
    multipart: {
      sourceLang: 'en',
      targetLang: 'pl',
      file: {
        name: 'approved.tmx',
        mimeType: 'application/x-tmx+xml',
        buffer: readFileSync('fixtures/samples/approved.tmx'),
      },
    },
  });
  await page.getByRole('link', { name: 'Concordance' }).click();
  // How the team has rendered "White House" so far: the source words marked, the translations beside them.
  await page.getByRole('searchbox', { name: 'Words' }).fill('White House');
  await page.getByRole('combobox', { name: /^In/ }).selectOption('source');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('table.concordance-hits').waitFor();
  await page.screenshot({ path: 'docs/concordance.png', fullPage: true });
  // A review's worth of rulings on the demo, for the quality overview: the flags confirmed, a slip marked.
  const demo = (await (await page.request.get(`${url}/api/documents/1`)).json()) as DocumentDetail;
  for (const unit of demo.units)
    for (const flag of unit.flags.filter((f) => f.decision === 'open' && f.severity !== 'minor'))
      await page.request.post(`${url}/api/flags/${flag.id}/decision`, {
        headers,
        data: { decision: 'confirmed' },
      });
  const slip = demo.units.find((u) => u.target.includes('obaj rzecznik'));
  if (slip)
    await page.request.post(`${url}/api/units/${slip.id}/issues`, {
      headers,
      data: {
        category: 'Fluency/Grammar',
        severity: 'minor',
        side: 'target',
        comment: 'obaj rzecznicy … potwierdzili',
      },
    });
  await page.getByRole('link', { name: 'Quality' }).click();
  await page.locator('section.pair-quality').first().waitFor();
  await page.screenshot({ path: 'docs/quality.png', fullPage: true });
  // A question left on a unit for the translator, and the box for the answer.
  const biden = demo.units.find((u) => u.source.startsWith('Biden'));
  if (biden)
    await page.request.post(`${url}/api/units/${biden.id}/comments`, {
      headers,
      data: {
        body: 'Is “sygnalizował” the register we use for Biden? The style guide has “dawał do zrozumienia”.',
      },
    });
  await page.goto(`${url}/documents/1`);
  const discussed = page.locator('article[aria-label="unit 4"]');
  await discussed.getByRole('button', { name: 'Comment' }).click();
  await discussed.getByRole('textbox', { name: 'comment' }).fill('Changed it: “dał do zrozumienia”.');
  await discussed.screenshot({ path: 'docs/comments.png' });
} finally {
  await browser.close();
  server.close();
}
// The server's worker threads (spelling, language identification) would keep the process alive.
process.exit(0);
