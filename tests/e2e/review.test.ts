import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../../server/ingest/index';
import { CHROMIUM, hasChromium, launchBrowser } from '../helpers/browser';
import { makeDocx } from '../helpers/docx';
import { startTestServer } from '../helpers/server';

describe.skipIf(!hasChromium)(
  `review in a real browser${hasChromium ? '' : ` (skipped: no chromium at ${CHROMIUM})`}`,
  () => {
    let server: Server;
    let url: string;
    let browser: BrowserContext;

    beforeAll(async () => {
      ({ server, url } = await startTestServer());
      browser = await launchBrowser();
    }, 180_000);

    /** A fresh page signed in as `user`, on the demo document. */
    async function openDemo(user: 'translator' | 'editor'): Promise<Page> {
      await browser.clearCookies();
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(url);
      await page.fill('input[name=username]', user);
      await page.fill('input[name=password]', 'demo');
      await page.click('button[type=submit]');
      await page.getByRole('link', { name: /US and Russia to hold talks/ }).click();
      return page;
    }

    /** Signed in (as a translator unless said), a new document made through the API and opened from the list. */
    async function openNewDocument(
      document: {
        title: string;
        sourceLang: string;
        targetLang: string;
        sourceText: string;
        targetText: string;
      },
      user: 'translator' | 'editor' = 'translator',
    ): Promise<Page> {
      const page = await openDemo(user);
      const me = await (await page.request.get(`${url}/api/me`)).json();
      const created = await page.request.post(`${url}/api/documents`, {
        headers: { 'X-CSRF-Token': me.csrfToken },
        data: document,
      });
      expect(created.status()).toBe(201);
      await page.goto(url);
      await page.getByRole('link', { name: document.title }).click();
      return page;
    }

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    it('signs in, opens the demo, sees a flagged unit, corrects it, and still sees the correction after a reload', async () => {
      const page = await openDemo('translator');

      const repeated = page.locator('article.unit.is-flagged', { hasText: 'Ukraina nie pozwoli' });
      await expect.poll(() => repeated.count()).toBe(1);
      // The editor replaces the text the locator matched on; follow the unit by its id instead.
      const flagged = page.locator(`article[data-unit-id="${await repeated.getAttribute('data-unit-id')}"]`);
      await expect.poll(() => flagged.locator('mark').first().textContent()).toBe('Ukrainie');
      expect(await flagged.textContent()).toMatch(/Accuracy\/Mistranslation/);

      await flagged.getByRole('button', { name: 'Edit' }).click();
      const editor = flagged.getByRole('textbox', { name: 'corrected translation' });
      const original = await editor.inputValue();
      await editor.fill(
        original.replace('Ukraina nie pozwoli Ukrainie przyłączyć się', 'Ukraina nie zostanie przyjęta'),
      );
      await editor.press('Control+Enter');
      const corrected = page.locator('article.unit', { hasText: 'Ukraina nie zostanie przyjęta' });
      await expect.poll(() => corrected.locator('.status-chip').textContent()).toBe('corrected');

      await page.reload();
      const afterReload = page.locator('article.unit', { hasText: 'Ukraina nie zostanie przyjęta' });
      await expect.poll(() => afterReload.count()).toBe(1);
      expect(await afterReload.locator('.diff ins').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('zostanie')]),
      );
      expect(await afterReload.locator('.diff del').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Ukrainie')]),
      );
      // Undone, the unit is the machine's again, flagged as before; the correction stays in its history.
      const id = await afterReload.getAttribute('data-unit-id');
      await afterReload.getByRole('button', { name: 'Undo correction' }).click();
      const undone = page.locator(`article[data-unit-id="${id}"]`);
      await expect.poll(() => undone.locator('.status-chip').textContent()).toBe('flagged');
      expect(await undone.locator('.target-text').textContent()).toContain('Ukraina nie pozwoli Ukrainie');
      expect(await undone.locator('.diff').count()).toBe(0);
      await page.close();
    });

    it('puts the riskiest units first and lets the reviewer move and edit from the keyboard', async () => {
      const page = await openDemo('translator');
      await expect.poll(() => page.locator('article.unit').count()).toBeGreaterThan(10);
      expect(await page.locator('article.unit .unit-number').first().textContent()).toBe('1');

      await page.getByLabel('Order').selectOption('risk');
      const risks = async (): Promise<number[]> =>
        (await page.locator('article.unit .risk').allTextContents()).map((text) =>
          Number(text.replace(/\D/g, '')),
        );
      await expect.poll(async () => (await risks())[0]).toBe(Math.max(...(await risks())));
      const shown = await risks();
      expect(shown).toEqual([...shown].sort((a, b) => b - a));
      expect(await page.locator('article.unit').first().getAttribute('class')).toMatch(/is-flagged/);
      // The threshold in the header is on the units' scale: flagged units at or above it, the rest below.
      const header = (await page.getByText(/flagged at risk/).textContent()) ?? '';
      const threshold = Number(/flagged at risk ≥ (\d+) ·/.exec(header)?.[1]);
      const flaggedCount = await page.locator('article.unit.is-flagged').count();
      expect(shown.slice(0, flaggedCount).every((risk) => risk >= threshold)).toBe(true);
      expect(shown.slice(flaggedCount).every((risk) => risk <= threshold)).toBe(true);

      await page.keyboard.press('j');
      await page.keyboard.press('j');
      const second = page.locator('article.unit').nth(1);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        await second.getAttribute('aria-label'),
      );
      const translation = await second.locator('.target-text').textContent();
      await page.keyboard.press('e');
      // The key opened the editor on the machine translation and was not typed into it.
      const editor = second.getByRole('textbox', { name: 'corrected translation' });
      expect(await editor.inputValue()).toBe(translation);
      await page.close();
    });

    it('shows the units with a finding below the risk threshold as well as the flagged ones', async () => {
      const page = await openNewDocument({
        title: 'Museum notes',
        sourceLang: 'en',
        targetLang: 'de',
        sourceText:
          'The museum opens at nine.\nThe court did not allow the merger.\nTickets cost twelve euros.',
        targetText:
          'Das Museum öffnet um neun.\nDas Gericht erlaubte die Fusion.\nKarten kosten  zwölf Euro.',
      });
      await expect.poll(() => page.locator('article.unit').count()).toBe(3);
      await page.getByLabel('Show').selectOption('flagged');
      await expect.poll(() => page.locator('article.unit').count()).toBe(1);
      expect(await page.locator('article.unit').textContent()).toMatch(/Gericht/);
      // The double space is a minor finding, below the threshold: still there to be seen.
      await page.getByLabel('Show').selectOption('findings');
      await expect.poll(() => page.locator('article.unit').count()).toBe(2);
      expect(await page.locator('article.unit').last().textContent()).toMatch(/Karten/);
      await page.close();
    });

    it('finds the units that mention a word, and the units one check found something in', async () => {
      const page = await openNewDocument({
        title: 'Council notes',
        sourceLang: 'en',
        targetLang: 'de',
        sourceText:
          'The council met in Zürich on Monday.\nIt approved 12 new buses.\nZurich will pay for them.',
        targetText:
          'Der Rat tagte am Montag in Zürich.\nEr genehmigte 13 neue Busse.\nZürich wird sie bezahlen.',
      });
      await expect.poll(() => page.locator('article.unit').count()).toBe(3);
      // "/" goes to the search box; accents and case aside, "zurich" finds "Zürich" in both languages.
      await page.keyboard.press('/');
      await page.keyboard.type('zurich');
      await expect.poll(() => page.getByRole('searchbox', { name: 'Find' }).inputValue()).toBe('zurich');
      await expect.poll(() => page.locator('article.unit').count()).toBe(2);
      await expect.poll(() => page.locator('.shown-count').textContent()).toBe('2 of 3 units shown');
      await page.getByRole('searchbox', { name: 'Find' }).fill('');
      await page.getByLabel('Check').selectOption('numbers');
      await expect.poll(() => page.locator('article.unit').count()).toBe(1);
      expect(await page.locator('article.unit').textContent()).toMatch(/13 neue Busse/);
      await page.close();
    });

    /** A one-sentence English–German document opened for review, and its one unit. */
    async function openGermanSentence(
      title: string,
      sourceText: string,
      targetText: string,
    ): Promise<{ page: Page; unit: Locator }> {
      const page = await openNewDocument({
        title,
        sourceLang: 'en',
        targetLang: 'de',
        sourceText,
        targetText,
      });
      return { page, unit: page.locator('article.unit').first() };
    }

    /** The unit shows the text as saved, and is marked corrected. */
    async function expectCorrected(unit: Locator, text: string): Promise<void> {
      await expect.poll(() => unit.locator('.target-text').textContent()).toBe(text);
      await expect.poll(() => unit.locator('.status-chip').textContent()).toBe('corrected');
    }

    it('fixes a misspelt word from Hunspell’s suggestions with two clicks', async () => {
      const { page, unit } = await openGermanSentence(
        'Talks in German',
        'The ministers talked at length on Monday.',
        'Die Minister haben am Montag lange gesprochn.',
      );
      const flag = unit.locator('li.flag', { hasText: 'gesprochn' });
      await expect.poll(() => flag.count()).toBe(1);
      await flag.getByRole('button', { name: 'Suggest' }).click();
      await flag.getByRole('button', { name: 'gesprochen', exact: true }).click();
      await expectCorrected(unit, 'Die Minister haben am Montag lange gesprochen.');
      // The flag stays, confirmed and mended: the error report counts the error the MT made.
      const mended = unit.locator('li.flag', { hasText: 'gesprochn' });
      await expect.poll(() => mended.textContent()).toMatch(/confirmed · mended/);
      expect(await mended.getByRole('button', { name: 'Suggest' }).count()).toBe(0);
      await page.close();
    });

    it('mends a doubled word with the fix its flag offers', async () => {
      const { page, unit } = await openGermanSentence(
        'Prices in German',
        'Prices have risen again.',
        'Die Preise sind sind wieder gestiegen.',
      );
      await unit
        .locator('li.flag', { hasText: 'is repeated' })
        .getByRole('button', { name: 'Fix: “sind”' })
        .click();
      await expectCorrected(unit, 'Die Preise sind wieder gestiegen.');
      const mended = unit.locator('li.flag', { hasText: 'is repeated' });
      await expect.poll(() => mended.textContent()).toMatch(/confirmed · mended/);
      expect(await unit.locator('button[data-action="fix"]').count()).toBe(0);
      await page.close();
    });

    it('replaces a name throughout the translations after showing each change, leaving out a unit the reviewer unticks', async () => {
      const page = await openNewDocument({
        title: 'Kyiv in German',
        sourceLang: 'en',
        targetLang: 'de',
        sourceText:
          'Kyiv said the talks would continue.\nThe mayor of Kyiv met the delegation in Kyiv on Monday.\nThe weather in Kyiv was cold.',
        targetText:
          'Kiew sagte, die Gespräche würden fortgesetzt.\nDer Bürgermeister von Kiew traf die Delegation am Montag in Kiew.\nDas Wetter in Kiew war kalt.',
      });
      await expect.poll(() => page.locator('article.unit').count()).toBe(3);
      // What the reviewer was looking for comes along into the panel.
      await page.getByRole('searchbox', { name: 'Find' }).fill('Kiew');
      await page.getByRole('button', { name: 'Replace in translations…' }).click();
      const panel = page.getByRole('region', { name: 'Replace in translations' });
      expect(await panel.getByLabel('Find what').inputValue()).toBe('Kiew');
      await panel.getByLabel('Replace with').fill('Kyjiw');
      await panel.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => panel.textContent()).toMatch(/occurs 4 times/);
      expect(await panel.locator('.diff ins').allTextContents()).toEqual([
        'Kyjiw',
        'Kyjiw',
        'Kyjiw',
        'Kyjiw',
      ]);
      await panel.getByLabel(/^Unit 3/).uncheck();
      await panel.getByRole('button', { name: 'Replace in 2 units' }).click();
      await expect.poll(() => page.locator('.replace-panel').textContent()).toMatch(/Replaced in 2 units\./);
      await page.getByRole('searchbox', { name: 'Find' }).fill('');
      const units = page.locator('article.unit');
      await expect
        .poll(() => units.nth(1).textContent())
        .toMatch(/von Kyjiw traf die Delegation am Montag in Kyjiw/);
      expect(await units.nth(0).locator('.status-chip').textContent()).toBe('corrected');
      expect(await units.nth(2).textContent()).toMatch(/Das Wetter in Kiew war kalt/);
      // Each replacement is an edit in the unit's history, and in the document's.
      await units.nth(1).locator('summary', { hasText: 'History' }).click();
      const history = units.nth(1).locator('.history li');
      await expect.poll(() => history.first().textContent()).toMatch(/translator edited the translation/);
      expect(await history.first().locator('.diff del').allTextContents()).toEqual(['Kiew', 'Kiew']);
      await page.getByRole('button', { name: 'review history' }).click();
      const trail = page.getByRole('region', { name: 'Document history' }).locator('li');
      await expect
        .poll(() => trail.allTextContents())
        .toEqual([
          expect.stringMatching(/translator imported the document: 3 units/),
          expect.stringMatching(/translator · unit 1 edited the translation/),
          expect.stringMatching(/translator · unit 2 edited the translation/),
        ]);
      // A unit the history names is a click away.
      await trail.nth(2).getByRole('button', { name: 'unit 2' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('unit 2');
      await page.close();
    });

    it('marks an error the checks did not find on the words selected, counts it in the report, and takes it back', async () => {
      const page = await openNewDocument(
        {
          title: 'Museum in German',
          sourceLang: 'en',
          targetLang: 'de',
          sourceText: 'The museum will reopen on Friday after two years of renovation.',
          targetText: 'Das Museum wird am Freitag nach zwei Jahren Renovierung schließen.',
        },
        'editor',
      );
      const unit = page.locator('article.unit').first();
      await expect.poll(() => unit.textContent()).toMatch(/schließen/);
      // The reviewer selects the wrong word, then presses m.
      await unit.locator('.target-text').evaluate((element) => {
        const text = element.textContent ?? '';
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let node = walker.nextNode();
        let offset = 0;
        while (node && offset + (node.textContent ?? '').length <= text.indexOf('schließen')) {
          offset += (node.textContent ?? '').length;
          node = walker.nextNode();
        }
        if (!node) return;
        const at = text.indexOf('schließen') - offset;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'schließen'.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      });
      await unit.focus();
      await page.keyboard.press('m');
      const form = unit.getByRole('form', { name: 'mark an error' });
      await expect.poll(() => form.textContent()).toMatch(/Marking “schließen” in the translation/);
      await form.getByLabel('Category').selectOption('Accuracy/Mistranslation');
      await form.getByLabel('Severity').selectOption('critical');
      await form.getByLabel('Comment').fill('reopen, not close');
      await form.getByRole('button', { name: 'Mark' }).click();
      const marked = unit.locator('li.issue');
      await expect
        .poll(() => marked.textContent())
        .toMatch(/critical.*Accuracy\/Mistranslation.*“schließen” — reopen, not close.*marked by editor/);
      expect(await unit.locator('.target-text mark').allTextContents()).toContain('schließen');
      // The page's header gives the quality so far, as the error report works it out.
      await expect.poll(() => page.getByText(/· quality -?\d+\.\d/).count()).toBe(1);
      const id = /documents\/(\d+)/.exec(page.url())?.[1];
      const report = await (await page.request.get(`${url}/api/documents/${id}/report?format=json`)).json();
      expect(report.errors).toEqual([
        expect.objectContaining({ origin: 'annotation', severity: 'critical', text: 'schließen' }),
      ]);
      await marked.getByRole('button', { name: 'Remove' }).click();
      await expect.poll(() => marked.count()).toBe(0);
      await page.close();
    });

    it('dismisses a flag everywhere the same check marks the same words, in one click', async () => {
      const page = await openNewDocument({
        title: 'Council in German',
        sourceLang: 'en',
        targetLang: 'de',
        sourceText: 'The council met on Monday.\nThe mayor spoke.\nIt rained all day.',
        targetText: 'Der Rat  tagte am Montag.\nDer Bürgermeister  sprach.\nEs regnete  den ganzen Tag.',
      });
      const flags = page.locator('li.flag', { hasText: 'double-space' });
      await expect.poll(() => flags.count()).toBe(3);
      await flags.first().getByRole('button', { name: 'Dismiss all 3' }).click();
      await expect
        .poll(async () => (await flags.allTextContents()).filter((t) => /dismissed · undo/.test(t)).length)
        .toBe(3);
      expect(await page.getByRole('button', { name: /^Dismiss all/ }).count()).toBe(0);
      await page.close();
    });

    it('takes a Trados file in, mends a segment, and gives the same file back with the mend in it', async () => {
      const page = await openDemo('translator');
      await page.goto(url);
      await page.getByRole('button', { name: 'New document' }).click();
      await page.getByRole('tab', { name: 'Upload files' }).click();
      await page
        .getByLabel('or one bilingual file')
        .setInputFiles(fileURLToPath(new URL('../../fixtures/samples/article.sdlxliff', import.meta.url)));
      await page.getByRole('button', { name: 'Create and analyse' }).click();
      const date = page.locator('article.unit', { hasText: '13 stycznia' });
      await date.getByRole('button', { name: 'Fix: “12 stycznia”' }).click();
      await expect
        .poll(() => page.locator('article.unit', { hasText: 'odbędzie się 12 stycznia' }).count())
        .toBe(1);
      // No re-alignment for a file's own segments; the file itself among the downloads.
      expect(await page.locator('summary', { hasText: 'Alignment' }).count()).toBe(0);
      const link = page.getByRole('link', { name: 'article.sdlxliff' });
      const back = await (await page.request.get(`${url}${await link.getAttribute('href')}`)).text();
      expect(back).toContain('<mrk mtype="seg" mid="3">Spotkanie odbędzie się 12 stycznia.</mrk>');
      expect(back).toContain('Biden <g id="3">zasygnalizował</g>');
      await page.close();
    });

    it('takes an article and its translation as Word files, and gives the reviewed translation back as one', async () => {
      const page = await openDemo('translator');
      await page.goto(url);
      await page.getByRole('button', { name: 'New document' }).click();
      await page.getByRole('tab', { name: 'Upload files' }).click();
      // A story of its own: the other tests count what the documents on this server hold.
      const word = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      await page.getByLabel('Source (.txt, .docx)').setInputFiles({
        name: 'dam.en.docx',
        mimeType: word,
        buffer: await makeDocx([
          'Flood defences tested in Austria',
          ['The government said that ', 'Austria', ' would not allow the dam to be opened.'],
        ]),
      });
      await page.getByLabel('Translation (.txt, .docx)').setInputFiles({
        name: 'dam.pl.docx',
        mimeType: word,
        buffer: await makeDocx([
          'Austria sprawdza zabezpieczenia przeciwpowodziowe',
          ['Rząd powiedział, że ', 'Austria', ' nie pozwoli Austrii otworzyć tamy.'],
        ]),
      });
      await page.getByRole('button', { name: 'Create and analyse' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('dam.pl');
      const repeated = page.locator('article.unit.is-flagged', { hasText: 'nie pozwoli Austrii' });
      await expect.poll(() => repeated.count()).toBe(1);
      const download = await page.request.get(
        `${url}${await page.getByRole('link', { name: 'Word' }).getAttribute('href')}`,
      );
      expect(download.headers()['content-type']).toBe(word);
      expect(await documentText(await download.body(), 'dam.pl.docx')).toContain('nie pozwoli Austrii');
      await page.close();
    });

    it('lets a QA lead add a reviewer, who signs in and changes their own password', async () => {
      await browser.clearCookies();
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(url);
      await page.fill('input[name=username]', 'qa');
      await page.fill('input[name=password]', 'demo');
      await page.click('button[type=submit]');
      await page.getByRole('link', { name: 'Team' }).click();
      const form = page.getByRole('form', { name: 'add a reviewer' });
      await form.getByLabel('Name').fill('marta');
      await form.getByLabel('Role').selectOption('editor');
      await form.getByLabel('Password').fill('a long password');
      await form.getByRole('button', { name: 'Add reviewer' }).click();
      await expect
        .poll(() => page.locator('.notice').textContent())
        .toBe('Added marta: they can sign in now.');
      expect(await page.getByLabel('role of marta').inputValue()).toBe('editor');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.fill('input[name=username]', 'marta');
      await page.fill('input[name=password]', 'a long password');
      await page.click('button[type=submit]');
      // Not a QA lead: no team page; her own account from her name.
      await page.getByRole('link', { name: 'marta · editor' }).click();
      expect(await page.getByRole('link', { name: 'Team' }).count()).toBe(0);
      const account = page.getByRole('form', { name: 'change your password' });
      await account.getByLabel('Current password').fill('a long password');
      await account.getByLabel('New password', { exact: true }).fill('an even longer one');
      await account.getByLabel('New password again').fill('an even longer one');
      await account.getByRole('button', { name: 'Change password' }).click();
      await expect.poll(() => account.locator('.notice').textContent()).toMatch(/Password changed/);
      await page.close();
    });

    it('lets an editor approve the units with no finding at once, and confirm and reject the flagged one from the keyboard', async () => {
      const page = await openNewDocument(
        {
          title: 'Library in German',
          sourceLang: 'en',
          targetLang: 'de',
          sourceText:
            'The city council approved the plan on Tuesday.\nThe library will reopen in spring.\nMore than 12,000 people visited the museum last year.',
          targetText:
            'Der Stadtrat hat den Plan am Dienstag gebilligt.\nDie Bibliothek wird im Frühjahr wieder öffnen.\nMehr als 13.000 Menschen besuchten im vergangenen Jahr das Museum.',
        },
        'editor',
      );
      const units = page.locator('article.unit');
      await expect.poll(() => units.count()).toBe(3);
      const flagged = page.locator('article.unit', { hasText: '13.000' });
      await page.getByRole('button', { name: /^Approve \d+ units? with no finding$/ }).click();
      await page.locator('.approve-clean').getByRole('button', { name: 'Approve', exact: true }).click();
      await expect.poll(() => page.locator('.approve-clean').textContent()).toMatch(/Approved [12] units?\./);
      await expect.poll(() => flagged.locator('.status-chip').textContent()).toBe('flagged');
      const approved = page.locator('article.unit .status-chip', { hasText: 'approved' });
      await expect.poll(() => approved.count()).toBeGreaterThan(0);
      // Nothing is left to approve at once: the button is gone.
      expect(await page.getByRole('button', { name: /with no finding$/ }).count()).toBe(0);
      // The flagged one, from the keyboard: j to the third unit, c to confirm its flag, r to reject it.
      for (const key of ['j', 'j', 'j']) await page.keyboard.press(key);
      await page.keyboard.press('c');
      await expect.poll(() => flagged.locator('li.flag').first().textContent()).toMatch(/confirmed · undo/);
      // The editor judges the error graver than the check did; the badge and the report follow.
      await flagged.getByLabel('severity of the numbers error').selectOption('critical');
      await expect.poll(() => flagged.locator('li.flag .sev').first().textContent()).toBe('critical');
      // r asks why, for the translator; Enter rejects, and the unit shows what the editor said.
      await page.keyboard.press('r');
      await page.keyboard.type('the source says 12,000');
      await page.keyboard.press('Enter');
      await expect.poll(() => flagged.locator('.status-chip').textContent()).toBe('rejected');
      expect(await flagged.locator('.status-note').textContent()).toBe(
        'Rejected by editor: “the source says 12,000”',
      );
      await page.close();
    });

    it('applies a fix from the keyboard: j to the unit, f to fix', async () => {
      const { page, unit } = await openGermanSentence(
        'Spaces in German',
        'The museum opens at nine.',
        'Das Museum öffnet  um neun.',
      );
      await expect.poll(() => unit.getByRole('button', { name: 'Make it one space' }).count()).toBe(1);
      await page.keyboard.press('j');
      await page.keyboard.press('f');
      await expectCorrected(unit, 'Das Museum öffnet um neun.');
      await page.close();
    });

    it('shows an Arabic translation right to left, in the editor too, beside its English source', async () => {
      const page = await openNewDocument({
        title: 'Floods in Arabic',
        sourceLang: 'en',
        targetLang: 'ar',
        sourceText:
          'Heavy rain has forced more than 12,000 people to leave their homes.\nThe European Union said it was ready to help.',
        targetText:
          'أجبرت الأمطار الغزيرة أكثر من 12 ألف شخص على مغادرة منازلهم.\nوقال الاتحاد الأوروبي إنه مستعد للمساعدة.',
      });
      const first = page.locator('article.unit').first();
      await expect.poll(() => first.locator('.target-text').getAttribute('dir')).toBe('rtl');
      expect(await first.locator('.target-text').getAttribute('lang')).toBe('ar');
      expect(await first.locator('.side.source').getAttribute('dir')).toBe('ltr');
      // Right to left, the sentence ends at the left edge: its full stop sits left of its first word.
      const box = async (text: string) =>
        first.locator('.target-text').evaluate((element, wanted) => {
          const range = document.createRange();
          const node = element.firstChild?.firstChild ?? element.firstChild;
          const content = node?.textContent ?? '';
          const at = content.indexOf(wanted);
          if (!node || at < 0) return null;
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          return range.getBoundingClientRect().left;
        }, text);
      expect(await box('.')).toBeLessThan((await box('أجبرت')) ?? 0);
      await first.getByRole('button', { name: 'Edit' }).click();
      expect(await first.getByRole('textbox', { name: 'corrected translation' }).getAttribute('dir')).toBe(
        'rtl',
      );
      await page.close();
    });

    it('splits the cut-off fragment into its own unit from the alignment menu', async () => {
      const page = await openDemo('editor');
      const unit = page.locator('article.unit', { hasText: 'Żądania Rosji' });
      await expect.poll(() => unit.count()).toBe(1);
      await unit.locator('summary', { hasText: 'Alignment' }).click();
      await unit.getByRole('button', { name: 'Split', exact: true }).click();
      const fragment = page.locator('article.unit', { hasText: 'Żądania Rosji' });
      await expect.poll(() => fragment.locator('.sentences').textContent()).toMatch(/no source/);
      expect(await fragment.textContent()).toMatch(/Accuracy\/Addition/);
      await page.close();
    });

    it('adds a glossary term, sees the demo flagged where the translation does not use it, and removes it', async () => {
      const page = await openDemo('editor');
      await page.getByRole('link', { name: 'Glossary' }).click();
      const form = page.getByRole('form', { name: 'Add a term' });
      await form.getByLabel('Target language').fill('pl');
      await form.getByLabel('Source term').fill('talks');
      await form.getByLabel('Translation').fill('rozmowy');
      await form.getByRole('button', { name: 'Add term' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/checked again/);
      const row = page.locator('table.glossary tr', { hasText: 'rozmowy' });
      expect(await row.textContent()).toMatch(/en → pl.*talks.*rozmowy.*editor/);

      await page.getByRole('link', { name: 'mt-review' }).click();
      await page.getByRole('link', { name: /US and Russia to hold talks/ }).click();
      const unit = page.locator('article.unit', { hasText: 'będą rozmawiać' });
      await expect.poll(() => unit.textContent()).toMatch(/Terminology.*“talks” as “rozmowy”/);
      expect(await unit.getByLabel('glossary terms').textContent()).toBe('Glossary: talks → rozmowy');

      await page.getByRole('link', { name: 'Glossary' }).click();
      await page.getByRole('button', { name: 'Remove talks → rozmowy' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Removed/);
      await expect.poll(() => page.locator('table.glossary').count()).toBe(0);
      await page.close();
    });

    it('archives a document off the list and restores it', async () => {
      const page = await openDemo('editor');
      const me = await (await page.request.get(`${url}/api/me`)).json();
      const created = await page.request.post(`${url}/api/documents`, {
        headers: { 'X-CSRF-Token': me.csrfToken },
        data: {
          title: 'Imported by mistake',
          sourceLang: 'en',
          targetLang: 'de',
          sourceText: 'Prices rose.',
          targetText: 'Die Preise stiegen.',
        },
      });
      expect(created.status()).toBe(201);
      await page.getByRole('link', { name: 'mt-review' }).click();
      await page.getByRole('button', { name: 'Archive Imported by mistake' }).click();
      await expect.poll(() => page.getByRole('link', { name: 'Imported by mistake' }).count()).toBe(0);
      await page.getByLabel(/show the archived documents \(1\)/).check();
      await page.getByRole('button', { name: 'Restore Imported by mistake' }).click();
      await page.getByLabel(/show the archived documents/).waitFor({ state: 'detached' });
      await expect.poll(() => page.getByRole('link', { name: 'Imported by mistake' }).count()).toBe(1);
      await page.close();
    });

    it('offers the translation approved in an earlier article as the editor opens, and finds a term in every document', async () => {
      // The follow-up repeats the demo's background sentence with the same repeated-name error; an
      // editor mends it there and approves it.
      const followUp = {
        title: 'US and Russia open security talks in Geneva',
        sourceLang: 'en',
        targetLang: 'pl',
        sourceText: readFileSync('fixtures/samples/follow-up.en.txt', 'utf8'),
        targetText: readFileSync('fixtures/samples/follow-up.pl.txt', 'utf8'),
      };
      const page = await openNewDocument(followUp, 'editor');
      const repeated = page.locator('article[aria-label="unit 3"]');
      expect(await repeated.textContent()).toContain('Ukraina nie pozwoli Ukrainie');
      await repeated.getByRole('button', { name: 'Edit' }).click();
      const mended = repeated.getByRole('textbox', { name: 'corrected translation' });
      const approved = (await mended.inputValue()).replace(
        'Ukraina nie pozwoli Ukrainie przyłączyć się',
        'Ukraina nie zostanie przyjęta',
      );
      await mended.fill(approved);
      await repeated.getByRole('button', { name: 'Save' }).click();
      await repeated.getByRole('button', { name: 'Approve' }).click();
      await expect.poll(() => repeated.locator('.status-chip').textContent()).toBe('approved');

      // In the demo, the same sentence's editor offers it at 100 %, and Use puts it in the editor.
      await page.getByRole('link', { name: 'mt-review' }).click();
      await page.getByRole('link', { name: /US and Russia to hold talks/ }).click();
      const demoUnit = page.locator('article.unit', { hasText: 'Russia is demanding security guarantees' });
      await demoUnit.getByRole('button', { name: 'Edit' }).click();
      const memory = demoUnit.getByRole('region', { name: 'translation memory' });
      await expect.poll(() => memory.locator('.match-rate').first().textContent()).toBe('100%');
      expect(await memory.textContent()).toContain(
        'approved by editor · US and Russia open security talks in Geneva, unit 3',
      );
      const demoEditor = demoUnit.getByRole('textbox', { name: 'corrected translation' });
      await memory.getByRole('button', { name: 'Use' }).first().click();
      expect(await demoEditor.inputValue()).toBe(approved);
      // From the keyboard too, as in a CAT tool: Ctrl+Shift+1 takes the first match.
      await demoEditor.fill('');
      await demoEditor.press('Control+Shift+Digit1');
      expect(await demoEditor.inputValue()).toBe(approved);
      await demoUnit.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => demoUnit.locator('.target-text').textContent()).toBe(approved);

      // The concordance finds a term in any document, accents aside, and opens the document at its unit.
      await page.getByRole('link', { name: 'Concordance' }).click();
      await page.getByRole('searchbox', { name: 'Words' }).fill('departamentu stanu');
      await page.getByRole('button', { name: 'Search' }).click();
      const hit = page.locator('table.concordance-hits tbody tr');
      await expect.poll(() => hit.count()).toBe(1);
      expect(await hit.locator('mark.found').textContent()).toBe('Departamentu Stanu');
      await hit.getByRole('link', { name: 'US and Russia open security talks in Geneva, unit 5' }).click();
      const linked = page.locator('article[aria-label="unit 5"]');
      await expect.poll(() => linked.evaluate((card) => card === document.activeElement)).toBe(true);

      // The Quality page pools the pair's reviewed work; a point of its trend opens that document.
      await page.getByRole('link', { name: 'Quality' }).click();
      const polish = page.getByRole('region', { name: 'en → pl' });
      await expect
        .poll(() => polish.locator('.pair-score').textContent())
        .toMatch(/MQM quality over \d+ reviewed units/);
      // A period with no import shows nothing, and says why.
      await page.getByLabel('Imported from').fill('2999-01-01');
      await expect
        .poll(() => page.locator('section.quality').textContent())
        .toContain('No document was imported in that period.');
      await page.close();
    });

    it("discusses a unit: a translator's question stays on it for the editor", async () => {
      const page = await openDemo('translator');
      const unit = page.locator('article[aria-label="unit 4"]');
      // From the keyboard: the unit focused, t opens the comment box.
      await unit.focus();
      await page.keyboard.press('t');
      await unit.getByRole('textbox', { name: 'comment' }).fill('Should “sygnalizował” be “dawał sygnały”?');
      await unit.getByRole('textbox', { name: 'comment' }).press('Control+Enter');
      const discussion = unit.getByRole('region', { name: 'discussion' });
      await expect.poll(() => discussion.locator('li').count()).toBe(1);
      await page.close();
      const editorPage = await openDemo('editor');
      const seen = editorPage
        .locator('article[aria-label="unit 4"]')
        .getByRole('region', { name: 'discussion' });
      await expect.poll(() => seen.textContent()).toContain('translator');
      expect(await seen.textContent()).toContain('Should “sygnalizował” be “dawał sygnały”?');
      // Only its author or a QA lead may take it back.
      expect(await seen.getByRole('button', { name: 'Remove' }).count()).toBe(0);
      // The units the team talked about are one filter away.
      await editorPage.getByRole('combobox', { name: /^Show/ }).selectOption('discussed');
      expect(await editorPage.locator('article.unit').count()).toBe(1);
      await editorPage.close();
    });

    it('imports a TMX the team had, whose sentences the concordance then finds', async () => {
      const page = await openDemo('editor');
      await page.getByRole('link', { name: 'Concordance' }).click();
      const memories = page.getByRole('region', { name: 'translation memories' });
      await memories.getByLabel('Target language').fill('pl');
      await memories.getByLabel('Memory file').setInputFiles('fixtures/samples/approved.tmx');
      await memories.getByRole('button', { name: 'Import' }).click();
      await expect
        .poll(() => memories.getByRole('status').textContent())
        .toMatch(/Imported 1 sentence pairs from approved\.tmx/);
      expect(await memories.locator('tbody tr').first().textContent()).toContain('approved.tmx');
      await page.getByRole('searchbox', { name: 'Words' }).fill('nie zostanie przyjęta');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect.poll(() => page.locator('table.concordance-hits').textContent()).toContain('approved.tmx');
      await memories.getByRole('button', { name: 'Remove approved.tmx' }).click();
      await expect.poll(() => memories.getByRole('status').textContent()).toBe('Removed approved.tmx.');
      await page.close();
    });

    it('hands the demo to the translator by a day, who then finds it among their own', async () => {
      const page = await openDemo('editor');
      await page.getByRole('link', { name: 'mt-review' }).click();
      await page.getByRole('button', { name: /^Assign US and Russia to hold talks/ }).click();
      await page
        .getByRole('combobox', { name: /^who US and Russia to hold talks/ })
        .selectOption({ label: 'translator (translator)' });
      await page.getByLabel(/^when US and Russia to hold talks/).fill('2030-01-15');
      await page.getByRole('button', { name: 'Save' }).click();
      const row = page.locator('tr', { hasText: 'US and Russia to hold talks' });
      await expect.poll(() => row.locator('td.assigned').textContent()).toMatch(/^translator · due/);
      await page.close();
      const translator = await openDemo('translator');
      await translator.getByRole('link', { name: 'mt-review' }).click();
      await translator.getByLabel(/only the documents assigned to me \(1\)/).check();
      await expect.poll(() => translator.locator('table.documents tbody tr').count()).toBe(1);
      expect(await translator.getByRole('button', { name: /^Assign/ }).count()).toBe(0);
      await translator.close();
    });

    it('finds a document on a long list by a word of its title, accents aside, or by its language pair', async () => {
      const page = await openDemo('editor');
      const me = await (await page.request.get(`${url}/api/me`)).json();
      for (const city of ['Kraków', 'Gdańsk', 'Łódź', 'Poznań', 'Wrocław', 'Toruń'])
        await page.request.post(`${url}/api/documents`, {
          headers: { 'X-CSRF-Token': me.csrfToken },
          data: {
            title: `Weather in ${city}`,
            sourceLang: 'en',
            targetLang: 'pl',
            sourceText: 'Rain.',
            targetText: 'Deszcz.',
          },
        });
      await page.request.post(`${url}/api/documents`, {
        headers: { 'X-CSRF-Token': me.csrfToken },
        data: {
          title: 'Wetter',
          sourceLang: 'en',
          targetLang: 'de',
          sourceText: 'Rain.',
          targetText: 'Regen.',
        },
      });
      await page.getByRole('link', { name: 'mt-review' }).click();
      await page.getByRole('searchbox', { name: 'Find' }).fill('lodz');
      await expect
        .poll(() => page.locator('table.documents tbody tr').allTextContents())
        .toEqual([expect.stringContaining('Weather in Łódź')]);
      await page.getByRole('searchbox', { name: 'Find' }).fill('');
      await page.getByRole('combobox', { name: /^Language pair/ }).selectOption('en → de');
      const rows = await page.locator('table.documents tbody tr').allTextContents();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.includes('en → de'))).toBe(true);
      await page.close();
    });

    it('brings an open document up to date when someone changes it elsewhere, without a reload', async () => {
      const page = await openNewDocument(
        {
          title: 'Two screens',
          sourceLang: 'en',
          targetLang: 'pl',
          sourceText: 'The talks begin on Monday. Both sides sent their delegations.',
          targetText: 'Rozmowy rozpoczną się w poniedziałek. Obie strony wysłały swoje delegacje.',
        },
        'editor',
      );
      const second = page.locator('article.unit', { hasText: 'Obie strony' });
      await expect.poll(() => second.locator('.status-chip').textContent()).not.toBe('approved');
      // The same reviewer in another tab, or a colleague: the change does not come from this page.
      const documentId = /\/documents\/(\d+)/.exec(page.url())?.[1];
      const me = await (await page.request.get(`${url}/api/me`)).json();
      const detail = await (await page.request.get(`${url}/api/documents/${documentId}`)).json();
      const unit = detail.units.find((u: { target: string }) => u.target.includes('Obie strony'));
      const approved = await page.request.post(`${url}/api/units/${unit.id}/status`, {
        headers: { 'X-CSRF-Token': me.csrfToken },
        data: { status: 'approved', version: unit.version },
      });
      expect(approved.status()).toBe(200);
      // Coming back to the window asks at once (otherwise every ten seconds).
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect.poll(() => second.locator('.status-chip').textContent()).toBe('approved');
      expect(await page.getByRole('status').filter({ hasText: 'brought up to date' }).count()).toBe(1);
      await page.close();
    });
  },
);
