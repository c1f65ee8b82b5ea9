// The embed page in a real browser: the admin lists a ministry's site and copies the snippet; the
// ministry's page (a second web server, another origin) shows the live record in its frame as it is
// written, in the language chosen there; a site not listed, or any other presser page, stays unframed.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { browserSkip, launchBrowser, openWatched, screenshot, signIn } from '../support/browser.ts';
import { buildScenario } from '../support/scenario.ts';
import { testServer } from '../support/server.ts';

/** A ministry's web site: one page whose body is whatever HTML the test puts there (the snippet). */
async function hostSite(): Promise<{ origin: string; setBody(html: string): void }> {
  let body = '';
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Ministry of Harbours</title></head><body><h1>Ministry of Harbours</h1>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, setBody: (html) => (body = html) };
}

/** The page's one iframe, once it has loaded (or failed to). */
async function loadedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe', { state: 'attached' });
  const frame = await handle.contentFrame();
  assert.ok(frame, 'the iframe has a frame');
  await frame.waitForLoadState('load');
  return frame;
}

describe('the embed page in a browser', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  const s = await buildScenario(ctx, url);
  const browser = await launchBrowser();
  const ministry = await hostSite();
  const stranger = await hostSite();
  let snippet = '';

  test('the admin lists the ministry site (a bad origin is refused first) and copies the snippet', async () => {
    const { page, errors, context } = await openWatched(browser, `${url}/signin`);
    await signIn(page, url, s.emails.admin, s.password);
    await page.goto(`${url}/admin#embed`);
    const origins = page.getByLabel(/^Origins, one per line/);
    await origins.fill(`${ministry.origin}\nhttps://www.example.gov/news`);
    await page.getByRole('button', { name: 'Save the sites' }).click();
    await page.getByText(/origins\.1: .*no path/).waitFor();
    await origins.fill(`${ministry.origin}/\n`);
    await page.getByRole('button', { name: 'Save the sites' }).click();
    await page.getByText('Saved: 1 sites may embed.').waitFor();
    assert.equal(await origins.inputValue(), ministry.origin);

    await page.getByLabel('Conference').selectOption({ label: 'Harbour Briefing (Live)' });
    const box = page.getByLabel('Snippet to copy into your page');
    snippet = await box.inputValue();
    assert.match(snippet, new RegExp(`^<iframe src="${url}/embed/${s.live}\\?ui=en" title="Harbour Briefing"`));
    // The preview is the embed page itself, framed by presser's own admin page.
    const preview = page.frameLocator('iframe.embed-preview');
    await preview.getByText('Welcome. Dredging of the east channel begins on Monday.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('framed from the listed origin, the live record arrives as it is written and the reader picks the language', async () => {
    ministry.setBody(snippet);
    const { page, errors, context } = await openWatched(browser, `${ministry.origin}/`);
    const frame = await loadedFrame(page);
    await frame.getByText('Welcome. Dredging of the east channel begins on Monday.').waitFor();
    await frame.getByText('Next question: Ana Lima, Delta Radio').waitFor();
    await frame.getByText('Live', { exact: true }).first().waitFor();

    // Written now, shown in the frame through the live stream.
    const answered = await s.transcriber.post(`/api/conferences/${s.live}/turns/2/text`, { lang: 'en', append: 'Ferries to the east pier' });
    assert.equal(answered.status, 200);
    await frame.getByText(/Ferries to the east pier/).waitFor();

    await frame.getByRole('radio', { name: 'Chinese' }).check();
    await frame.locator('#t1 .lang[lang="zh"]').waitFor({ state: 'visible' });
    assert.equal(await frame.locator('#t1 .lang[lang="en"]').isVisible(), false, "one language at the reader's choice");
    await screenshot(page, 'embed-framed-desktop');

    // The interface language, chosen inside the frame.
    await frame.getByRole('link', { name: '中文' }).click();
    await frame.waitForURL(/ui=zh/);
    await frame.locator('html[lang="zh"]').waitFor();
    await frame.getByRole('link', { name: /打开完整页面/ }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a site not listed gets no frame, and no other presser page can be framed even by the listed site', async () => {
    stranger.setBody(snippet);
    const refused = await openWatched(browser, `${stranger.origin}/`);
    const blocked = await loadedFrame(refused.page);
    // Chromium replaces a frame its ancestors may not show with an error page.
    assert.doesNotMatch(await blocked.content(), /Dredging of the east channel/);
    assert.notEqual(new URL(blocked.url()).origin, new URL(url).origin, `the frame shows ${blocked.url()}`);
    await refused.context.close();

    ministry.setBody(`<iframe src="${url}/c/${s.live}" title="The full page"></iframe>`);
    const other = await openWatched(browser, `${ministry.origin}/`);
    const fullPage = await loadedFrame(other.page);
    assert.doesNotMatch(await fullPage.content(), /Dredging of the east channel/);
    await other.context.close();
  });
});
