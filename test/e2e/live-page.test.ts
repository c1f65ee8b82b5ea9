// The public live page on its own: it resumes without a gap after the connection drops, follows the
// end of the record until the reader scrolls away, and shows a bilingual record either way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkip, launchBrowser, openContext, PHONE, watchedPage } from '../support/browser.ts';
import { liveConference, staff } from '../support/people.ts';
import { relayTo } from '../support/proxy.ts';
import { testServer } from '../support/server.ts';

async function ok(answer: Promise<{ status: number; body: any }>): Promise<any> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`${status}: ${JSON.stringify(body)}`);
  return body;
}

const atEnd = (page: Page) => page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 60);

describe('the live page', { skip: browserSkip() }, async () => {
  const { url, ctx, server } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const transcriber = await staff(ctx, url, 'transcriber', 'Tess Transcriber');
  const browser = await launchBrowser();

  /** A statement in both languages, written as one piece each. */
  async function statement(slug: string, en: string, zh?: string): Promise<number> {
    const turn = (await ok(transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' }))).turn;
    await ok(transcriber.post(`/api/conferences/${slug}/turns/${turn.seq}/text`, { lang: 'en', append: en }));
    if (zh) await ok(transcriber.post(`/api/conferences/${slug}/turns/${turn.seq}/text`, { lang: 'zh', append: zh }));
    return turn.seq;
  }

  test('shows the lost connection and resumes without a gap or a repeat', async () => {
    const slug = await liveConference(admin, 'Reconnect Briefing');
    const relay = await relayTo(server.port);
    const watched = await watchedPage(await openContext(browser));
    const { page } = watched;
    const seq = await statement(slug, 'One.');
    await page.goto(`${relay.url}/c/${slug}`);
    await page.locator('#connection[data-state="open"]').waitFor();

    relay.cut();
    await page.locator('#connection[data-state="reconnecting"]').filter({ hasText: 'Reconnecting' }).waitFor();
    for (const piece of ['Two.', 'Three.']) await ok(transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: piece }));
    const later = await statement(slug, 'Written while the reader was away.');
    relay.restore();

    await page.locator('#connection[data-state="open"]').waitFor();
    await page.locator(`#t${later}`).filter({ hasText: 'Written while the reader was away.' }).waitFor();
    assert.equal(await page.locator(`#t${seq} .turn-body`).textContent(), 'One. Two. Three.');
    assert.equal(await page.locator('article.turn').count(), 2);
    assert.deepEqual(watched.dialogs, []);
  });

  test('follows the end until the reader scrolls up; "Back to live" returns', async () => {
    const slug = await liveConference(admin, 'Long Briefing');
    for (let i = 1; i <= 14; i++) await statement(slug, `Statement number ${i}. ${'The harbour works go on as planned. '.repeat(6)}`);
    const { page } = await watchedPage(await openContext(browser, { viewport: PHONE }));
    await page.goto(`${url}/c/${slug}`);
    await page.locator('#connection[data-state="open"]').waitFor();
    assert.ok(await atEnd(page), 'a live page opens at the newest turn');
    const back = page.getByRole('button', { name: 'Back to live' });
    assert.equal(await back.isVisible(), false);

    await statement(slug, 'Fifteen, and the page follows.');
    await page.locator('#t15').filter({ hasText: 'Fifteen' }).waitFor();
    await page.waitForFunction(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 60);

    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, -900);
    await back.waitFor();
    // A band across the whole bottom, never a pill over a line of text, and the record keeps room
    // below its end for it, so the newest words are never under it.
    const band = await page.evaluate(() => {
      const button = document.getElementById('back-to-live')!.getBoundingClientRect();
      const main = document.getElementById('main')!;
      return {
        left: button.left,
        width: button.width,
        bottom: button.bottom,
        height: button.height,
        room: Number.parseFloat(getComputedStyle(main).paddingBottom),
      };
    });
    assert.equal(band.left, 0);
    assert.equal(band.width, PHONE.width);
    assert.equal(band.bottom, PHONE.height);
    assert.ok(band.room >= band.height, `room below the record (${band.room}px) for the band (${band.height}px)`);
    const heldAt = await page.evaluate(() => window.scrollY);
    await statement(slug, 'Sixteen, while the reader reads back.');
    await page.locator('#t16').filter({ hasText: 'Sixteen' }).waitFor();
    assert.equal(await page.evaluate(() => window.scrollY), heldAt, 'the page stays where the reader is');
    assert.equal(await atEnd(page), false);

    await back.click();
    await page.waitForFunction(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 60);
    await back.waitFor({ state: 'hidden' });
  });

  test('a bilingual record side by side or one language at a time', async () => {
    const slug = await liveConference(admin, 'Bilingual Briefing');
    const seq = await statement(slug, 'The quay opens in June.', '码头六月启用。');
    const { page } = await watchedPage(await openContext(browser));
    await page.goto(`${url}/c/${slug}`);
    const english = page.locator(`#t${seq} .lang[lang="en"]`);
    const chinese = page.locator(`#t${seq} .lang[lang="zh"]`);
    await english.waitFor();
    const [a, b] = [await english.boundingBox(), await chinese.boundingBox()];
    assert.ok(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x, 'side by side on a desktop');

    await page.getByRole('radio', { name: 'Chinese' }).check();
    await english.waitFor({ state: 'hidden' });
    assert.ok(await chinese.isVisible());
    const next = await statement(slug, 'Dredging starts on Monday.', '疏浚周一开始。');
    await page.locator(`#t${next} .lang[lang="zh"]`).waitFor();
    assert.equal(await page.locator(`#t${next} .lang[lang="en"]`).isVisible(), false, 'new turns follow the choice');

    await page.reload();
    assert.ok(await page.getByRole('radio', { name: 'Chinese' }).isChecked(), 'the choice is remembered');
    await page.getByRole('radio', { name: 'Both' }).check();
    await english.waitFor();
    assert.equal(await page.locator('#lang-choice').getAttribute('hidden'), null);
  });
});
