// The search page in a real browser: accessible on a desktop and a phone (screenshots kept), a
// Chinese query typed into the form, facets that narrow and widen, filters from the form, a result
// that opens its turn, a bad value explained on the page, and markup in a record shown as text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip, DESKTOP, launchBrowser, openContext, openWatched, PHONE, screenshot } from '../support/browser.ts';
import { injectedMarkup, pageProblems } from '../support/page-checks.ts';
import { saveResearchPageRecords } from '../support/research-page-records.ts';
import { testServer } from '../support/server.ts';

const skip = browserSkip();

describe('the search page', { skip }, async () => {
  const { url, store } = await testServer();
  await saveResearchPageRecords(store, { hostile: true });
  const browser = await launchBrowser();

  const open = (path: string, options: Parameters<typeof openContext>[1] = {}) => openWatched(browser, url + path, options);

  for (const [viewportName, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`on a ${viewportName}: accessible, reachable by keyboard, fits the screen`, async () => {
      const watched = await open('/search?q=cooperation', { viewport });
      await watched.page.getByRole('heading', { name: 'Results 1–4 of 4' }).waitFor();
      const problems = await pageProblems(watched, `search (${viewportName})`, { keyboard: viewportName === 'desktop' });
      await watched.page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(watched.page, `search-${viewportName}`);
      // With the filters unfolded, every field is reached too.
      await watched.page.goto(`${url}/search?q=cooperation&kind=answer`);
      await watched.page.getByLabel('Speaker').waitFor();
      problems.push(...(await pageProblems(watched, `search with filters (${viewportName})`, { keyboard: viewportName === 'desktop' })));
      await watched.context.close();
      assert.deepEqual(problems, []);
    });
  }

  test('a Chinese query typed into the form; facets narrow and widen the results', async () => {
    const { page, context } = await open('/search');
    await page.getByLabel('Words to find').fill('中美');
    await page.getByLabel('Words to find').press('Enter');
    await page.getByRole('heading', { name: 'Results 1–3 of 3' }).waitFor();
    assert.deepEqual([...new Set(await page.locator('.hits mark').allTextContents())], ['中美']);
    const facets = page.getByRole('complementary', { name: 'Refine' });
    await facets.getByRole('link', { name: /^Ivo Brandt 1/ }).click();
    await page.getByRole('heading', { name: 'Results 1–1 of 1' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('speaker'), 'Ivo Brandt');
    assert.equal(new URL(page.url()).searchParams.get('q'), '中美');
    const selected = facets.getByRole('link', { name: /^Ivo Brandt 1 \(selected; remove this filter\)/ });
    assert.equal(await selected.getAttribute('aria-current'), 'true');
    await selected.click();
    await page.getByRole('heading', { name: 'Results 1–3 of 3' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('speaker'), null);
    await context.close();
  });

  test('filters from the form, then a result opens its turn', async () => {
    const { page, context } = await open('/search?q=cooperation');
    await page.getByText('Filters').click();
    await page.getByLabel('Kind of turn').selectOption('answer');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).last().click();
    await page.getByRole('heading', { name: 'Results 1–3 of 3' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('kind'), 'answer');
    for (const meta of await page.locator('.hit .meta').allTextContents()) assert.match(meta, /· Answer ·/);
    const first = page.locator('.hit h3 a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL((u) => u.pathname + u.hash === href);
    await page.locator(`#${href.split('#')[1]}`).waitFor();
    await context.close();
  });

  test('a bad date is explained on the page, next to the form', async () => {
    const { page, context } = await open('/search?q=harbour&from=2024-02-30');
    await page.getByRole('alert').filter({ hasText: 'Check the search: from:' }).waitFor();
    assert.equal(await page.getByLabel('From (date)').getAttribute('aria-invalid'), 'true');
    await context.close();
  });

  test('markup in a record is shown as text: no element, no handler, no dialog', async () => {
    const watched = await open('/search?q=alert');
    const snippet = watched.page.locator('.snippet').filter({ hasText: "<script>alert('turn')</script>" });
    await snippet.waitFor();
    assert.match((await snippet.textContent()) ?? '', /<img src=x onerror=alert\('turn2'\)> and javascript:alert\('turn3'\)/);
    await watched.page.getByText("<script>alert('title')</script> Briefing", { exact: false }).first().waitFor();
    await watched.page.getByText(`Eve <img src=x onerror="alert('name')">`, { exact: false }).first().waitFor();
    assert.deepEqual(await injectedMarkup(watched), { inlineScripts: 0, handlers: 0, javascriptLinks: 0, images: 0, bold: 0 });
    assert.deepEqual(watched.dialogs, []);
    assert.deepEqual(watched.errors, []);
    await watched.context.close();
  });
});
