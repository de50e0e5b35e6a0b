/**
 * Takes the README's screenshots with the same headless chromium as the end-to-end test:
 * `npx tsx scripts/screenshot.ts` → docs/documents.png, docs/review.png, docs/checks.png,
 * docs/glossary.png, docs/replace.png.
 */
import { readFileSync } from 'node:fs';
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
} finally {
  await browser.close();
  server.close();
}
// The server's worker threads (spelling, language identification) would keep the process alive.
process.exit(0);
