// Every page in a real browser, on a desktop and a phone: axe-core finds nothing serious or
// critical, every control is reachable with the keyboard, nothing throws, and a screenshot is kept.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  browserSkip,
  DESKTOP,
  launchBrowser,
  openContext,
  PHONE,
  screenshot,
  seriousA11yViolations,
  signIn,
  unreachableByKeyboard,
  watchedPage,
} from '../support/browser.ts';
import { buildScenario } from '../support/scenario.ts';
import { testServer } from '../support/server.ts';

const skip = browserSkip();

describe('every page', { skip }, async () => {
  const { url, ctx } = await testServer();
  const world = await buildScenario(ctx, url);
  const browser = await launchBrowser();

  type Who = 'public' | 'admin' | 'moderator' | 'transcriber' | 'interpreter' | 'journalist';
  interface PageCase {
    name: string;
    who: Who;
    path: string;
    /** Shown once the page is ready (its script has drawn it). */
    ready: (page: Page) => Promise<unknown>;
  }
  const text = (s: string) => (page: Page) => page.getByText(s, { exact: false }).first().waitFor();
  const cases: PageCase[] = [
    { name: 'archive', who: 'public', path: '/', ready: text('Spring Harbour Review') },
    { name: 'record', who: 'public', path: `/c/${world.published}`, ready: text('Yes, the same dues, for all.') },
    { name: 'live', who: 'public', path: `/c/${world.live}`, ready: (p) => p.locator('#connection[data-state="open"]').waitFor() },
    { name: 'scheduled', who: 'public', path: `/c/${world.scheduled}`, ready: text('has not started') },
    { name: 'apply', who: 'public', path: '/accreditation', ready: text('Apply for accreditation') },
    { name: 'signin', who: 'public', path: '/signin', ready: text('Staff sign-in') },
    { name: 'journalist', who: 'journalist', path: `/journalist`, ready: (p) => p.getByRole('button', { name: 'Raise hand' }).waitFor() },
    { name: 'moderate', who: 'moderator', path: `/console/${world.live}/moderate`, ready: text('Ola Berg') },
    { name: 'write', who: 'transcriber', path: `/console/${world.live}/write`, ready: text('When will the ferries return') },
    { name: 'interpret', who: 'interpreter', path: `/console/${world.live}/write?lang=zh`, ready: text('东航道疏浚工程') },
    { name: 'consoles', who: 'moderator', path: '/console', ready: text('Harbour Briefing') },
    { name: 'admin', who: 'admin', path: '/admin', ready: text('Autumn Shipping Outlook') },
    { name: 'admin-accreditations', who: 'admin', path: '/admin#accreditations', ready: text('ola.berg@fjordpost.example') },
    { name: 'admin-outlets', who: 'admin', path: '/admin#outlets', ready: text('Delta Radio') },
    { name: 'admin-users', who: 'admin', path: '/admin#users', ready: text('tess.transcriber@press.example') },
    { name: 'embed', who: 'public', path: `/embed/${world.live}`, ready: (p) => p.locator('#connection[data-state="open"]').waitFor() },
    { name: 'admin-embed', who: 'admin', path: '/admin#embed', ready: text('Snippet to copy into your page') },
    { name: 'error', who: 'public', path: '/c/no-such-conference', ready: text('Not found') },
  ];

  for (const [viewportName, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`on a ${viewportName}`, async () => {
      const contexts = new Map<Who, Awaited<ReturnType<typeof openContext>>>();
      const contextFor = async (who: Who) => {
        let context = contexts.get(who);
        if (context) return context;
        context = await openContext(browser, { viewport });
        contexts.set(who, context);
        const { page } = await watchedPage(context);
        if (who === 'journalist') await page.goto(await world.journalistLink());
        else if (who !== 'public') await signIn(page, url, world.emails[who], world.password);
        await page.close();
        return context;
      };
      const problems: string[] = [];
      for (const c of cases) {
        const watched = await watchedPage(await contextFor(c.who));
        const { page } = watched;
        await page.goto(url + c.path);
        await c.ready(page);
        for (const v of await seriousA11yViolations(page)) problems.push(`${c.name} (${viewportName}): ${v}`);
        if (viewportName === 'desktop') for (const m of await unreachableByKeyboard(page)) problems.push(`${c.name}: not reachable by keyboard: ${m}`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `${c.name}-${viewportName}`);
        for (const e of watched.errors) problems.push(`${c.name} (${viewportName}): page error: ${e}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 1) problems.push(`${c.name} (${viewportName}): ${overflow}px wider than the screen`);
        await page.close();
      }
      for (const context of contexts.values()) await context.close();
      assert.deepEqual(problems, []);
    });
  }

  test('the archive and the record page are complete without JavaScript', async () => {
    const context = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.getByRole('link', { name: 'Spring Harbour Review' }).click();
    await page.getByText('Yes, the same dues, for all.').waitFor();
    assert.equal(await page.locator('article.turn').count(), 3);
    assert.ok(await page.locator('#t3-p1').isVisible(), 'every paragraph has an anchor');
    assert.equal(await page.locator(`a[href="/c/${world.published}.csv"]`).count(), 1);
    await page.getByText('Corrected').click();
    await page.getByText('Revision 1').waitFor();
    await context.close();
  });
});
