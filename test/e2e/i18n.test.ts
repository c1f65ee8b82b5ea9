// The interface follows the browser's language, a switch changes it and is remembered, and the
// record keeps its own languages whatever the interface shows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSkip, launchBrowser, openContext, watchedPage } from '../support/browser.ts';
import { liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

test('Chinese from the browser, English by the switch', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const moderator = await staff(ctx, url, 'moderator', 'Mo Moderator');
  const transcriber = await staff(ctx, url, 'transcriber', 'Tess Transcriber');
  const slug = await liveConference(admin, 'Harbour Briefing');
  await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
  await transcriber.post(`/api/conferences/${slug}/turns/1/text`, { lang: 'en', append: 'The quay opens in June.' });

  const browser = await launchBrowser();
  const { page } = await watchedPage(await openContext(browser, { locale: 'zh-CN' }));
  await page.goto(`${url}/c/${slug}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh');
  await page.getByRole('link', { name: '档案' }).waitFor();
  await page.locator('#connection').filter({ hasText: '直播中' }).waitFor();
  assert.equal(await page.locator('#t1 .lang').getAttribute('lang'), 'en', 'the record keeps its language');
  assert.equal(await page.locator('.record-head').getAttribute('lang'), 'en');

  // The floor announcement is in the interface language.
  const { journalist } = await import('../support/people.ts');
  const ivo = await journalist(admin, url, 'Ivo Brandt', 'North Wire', slug, 'foreign');
  await ivo.post(`/api/conferences/${slug}/hands`, {});
  await moderator.post(`/api/conferences/${slug}/floor`, {});
  await page.locator('#next-question').filter({ hasText: '下一位提问：Ivo Brandt，North Wire' }).waitFor();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Archive' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(new URL(page.url()).pathname, `/c/${slug}`, 'the switch comes back to the same page');
  await page.goto(`${url}/accreditation`);
  await page.getByRole('heading', { name: 'Apply for accreditation' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
});
