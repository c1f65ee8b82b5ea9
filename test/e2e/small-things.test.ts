// The small things of issue 13 in a browser: lists and server-answered forms say "Loading…" while
// they wait, the admin's window title names its tab, lowering a hand (which gives up its place) is
// asked first, and the floor policy's reasons read in Chinese in the Chinese interface.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip, launchBrowser, openWatched, signIn } from '../support/browser.ts';
import { ApiClient } from '../support/client.ts';
import { accredit, buildScenario } from '../support/scenario.ts';
import { testServer } from '../support/server.ts';

describe('the small things in a browser', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  const s = await buildScenario(ctx, url);
  const browser = await launchBrowser();

  test("the admin's lists say Loading… until they arrive, and the window title names the open tab", async () => {
    const { page, errors, context } = await openWatched(browser, `${url}/signin`);
    await signIn(page, url, s.emails.admin, s.password);
    // Hold the list back until the test has seen the page wait for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/users', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${url}/admin#users`);
    const loading = page.getByRole('status').filter({ hasText: 'Loading…' });
    await loading.waitFor();
    assert.equal(await page.locator('table[aria-busy="true"]').count(), 1);
    release();
    await page.getByRole('cell', { name: s.emails.admin }).waitFor();
    assert.equal(await loading.count(), 0);
    assert.equal(await page.title(), 'Users · Administration · presser');
    await page.getByRole('link', { name: 'Outlets' }).click();
    await page.waitForFunction(() => document.title === 'Outlets · Administration · presser');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a list that fails to load shows the error, not Loading…, and loads by itself once the server answers', async () => {
    const { page, context } = await openWatched(browser, `${url}/signin`);
    await signIn(page, url, s.emails.admin, s.password);
    let failing = true;
    let asked = 0;
    await page.route('**/api/outlets', (route) => {
      asked++;
      if (!failing) return route.continue();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unavailable', message: 'The outlet list is resting.' } }),
      });
    });
    await page.goto(`${url}/admin#outlets`);
    await page.getByText('The outlet list is resting.').waitFor();
    assert.equal(await page.getByRole('status').filter({ hasText: 'Loading…' }).count(), 0);
    assert.equal(await page.locator('table[aria-busy="true"]').count(), 0);
    // It tries again on its own (after 1 s, then 2 s…): once the server answers, the list is there.
    const before = asked;
    failing = false;
    await page.getByRole('cell', { name: 'Fjord Post', exact: true }).waitFor({ timeout: 10_000 });
    assert.ok(asked > before, 'the list was asked for again without a reload');
    assert.equal(await page.getByText('The outlet list is resting.').count(), 0);
    await context.close();
  });

  test('search and analytics say Loading… once their form is sent', async () => {
    const { page, errors, context } = await openWatched(browser, `${url}/search`);
    for (const [path, fill] of [
      ['/search', async () => page.getByLabel('Words to find').fill('harbour')],
      ['/analytics', async () => page.locator('details.filters > summary').click()],
    ] as const) {
      await page.goto(url + path);
      await fill();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(`${url}${path}?*`, async (route) => {
        await held;
        await route.continue();
      });
      try {
        // Sent as a click would send it, and read at once in the page: Playwright's own waits would
        // wait for the held navigation first.
        const shown = await page
          .locator('main form')
          .first()
          .evaluate((form: HTMLFormElement) => {
            form.requestSubmit();
            return [
              document.querySelector('main')?.getAttribute('aria-busy'),
              form.getAttribute('aria-busy'),
              form.querySelector('[role="status"]')?.textContent,
            ];
          });
        assert.deepEqual(shown, ['true', 'true', 'Loading…'], `${path}: busy while the answer is on its way`);
      } finally {
        release();
      }
      await page.waitForURL(new RegExp(`${path}\\?`));
      await page.waitForLoadState('load');
      assert.equal(await page.locator('main form[aria-busy="true"]').count(), 0, `${path}: the new page is not busy`);
      await page.unroute(`${url}${path}?*`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('lowering a hand is asked first; "No" keeps the place in the queue', async () => {
    const { link } = await accredit(s.admin, url, 'Noor Haddad', 'Gulf Ledger', s.live, 'foreign');
    const { page, errors, dialogs, context } = await openWatched(browser, link);
    await page.goto(`${url}/journalist?c=${s.live}`);
    await page.getByRole('button', { name: 'Raise hand' }).click();
    await page.getByText(/You are number \d+ of \d+ in the queue\./).waitFor();
    await page.getByRole('button', { name: 'Lower hand' }).click();
    await page.getByText('Lower your hand? You lose your place in the queue').waitFor();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    assert.match(
      (await s.moderator.get(`/api/conferences/${s.live}/queue`)).body.entries.map((e: { journalist: { name: string } }) => e.journalist.name).join(),
      /Noor Haddad/,
    );
    await page.getByRole('button', { name: 'Lower hand' }).click();
    await page.getByRole('button', { name: 'Yes, go ahead' }).click();
    await page.getByText('You lowered your hand.').waitFor();
    assert.doesNotMatch(
      (await s.moderator.get(`/api/conferences/${s.live}/queue`)).body.entries.map((e: { journalist: { name: string } }) => e.journalist.name).join(),
      /Noor Haddad/,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(dialogs, []);
    await context.close();
  });

  test("the floor policy's reasons are in Chinese in the Chinese moderator console", async () => {
    // Delta Radio has asked once; with a limit of one question per outlet its next hand is not eligible.
    assert.equal((await s.admin.patch(`/api/conferences/${s.live}/settings`, { perOutletLimit: 1 })).status, 200);
    const ana = (await s.admin.get('/api/accreditations?status=approved')).body.accreditations.find((a: { name: string }) => a.name === 'Ana Lima');
    const again = new ApiClient(url);
    assert.equal((await again.get(new URL((await s.admin.post(`/api/accreditations/${ana.id}/link`)).body.accessLink).pathname)).status, 303);
    assert.equal((await again.post(`/api/conferences/${s.live}/hands`, { topic: 'Ferries' })).status, 201);

    const { page, errors, context } = await openWatched(browser, `${url}/signin`, { locale: 'zh-CN' });
    await signIn(page, url, s.emails.moderator, s.password);
    await page.goto(`${url}/console/${s.live}/moderate`);
    const entry = page.locator('li.queue-entry', { hasText: 'Ana Lima' });
    await entry.getByText('不符合条件：该媒体已达到 1 个问题的上限').waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /reached its limit|has not asked|outlet has asked/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
