/**
 * Takes the README's screenshots with the same headless chromium as the end-to-end test:
 * `npx tsx scripts/screenshot.ts` → docs/review.png, docs/documents.png.
 */
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
  await page.screenshot({
    path: 'docs/review.png',
    clip: { x: 0, y: 0, width: 1400, height: 1500 },
    fullPage: true,
  });
} finally {
  await browser.close();
  server.close();
}
