// Times, the start and publishing in a browser: a conference in Asia/Shanghai created and read from a
// browser in America/New_York; a waiting page that turns live by itself at the start; the review
// before publishing, with its warnings, ending in "Publish anyway".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip, launchBrowser, openWatched, signIn } from '../support/browser.ts';
import { ApiClient } from '../support/client.ts';
import { PASSWORD, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

describe('times and publishing in the browser', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const browser = await launchBrowser();
  const newYork = { timezoneId: 'America/New_York', locale: 'en-US' };

  test('a conference in Asia/Shanghai, entered and read from New York', async () => {
    const office = await openWatched(browser, `${url}/signin`, newYork);
    await signIn(office.page, url, 'ada.admin@press.example', PASSWORD);
    await office.page.goto(`${url}/admin#conferences`);
    await office.page.getByLabel('Title').fill('Autumn Outlook');
    await office.page.getByLabel(/^Starts at/).fill('2030-10-01T10:00');
    await office.page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Shanghai');
    await office.page.getByRole('button', { name: 'Create' }).click();
    await office.page.locator('tr', { hasText: 'Autumn Outlook' }).waitFor();
    const listed = (await admin.get('/api/conferences')).body.conferences.find((c: { title: string }) => c.title === 'Autumn Outlook');
    assert.equal(listed.startsAt && Date.parse(listed.startsAt), Date.parse('2030-10-01T02:00:00Z'), 'stored as 10:00 in Shanghai, not in New York');
    assert.equal(listed.timeZone, 'Asia/Shanghai');
    await admin.post(`/api/conferences/${listed.slug}/state`, { status: 'scheduled' });

    const reader = await openWatched(browser, `${url}/c/${listed.slug}`, newYork);
    const note = reader.page.locator('#state-note');
    await note.getByText('your time').waitFor();
    const text = (await note.textContent()) ?? '';
    assert.match(text, /Oct 1, 2030, 10:00 AM GMT\+8/);
    assert.match(text, /your time: Sep 30, 2030, 10:00 PM EDT/);
    assert.match((await reader.page.locator('#countdown').textContent()) ?? '', /^Starts in \d+ d \d+:\d\d:\d\d$/);
    const home = await openWatched(browser, `${url}/`, newYork);
    await home.page.getByRole('heading', { name: 'Coming up' }).waitFor();
    assert.match((await home.page.locator('#upcoming').locator('..').textContent()) ?? '', /10:00 AM GMT\+8 \(your time: Sep 30, 2030, 10:00 PM EDT\)/);
    for (const w of [office, reader, home]) {
      assert.deepEqual(w.errors, []);
      await w.context.close();
    }
  });

  test('a page opened before the start turns live by itself', async () => {
    const startsAt = new Date(Date.now() + 15_000).toISOString();
    const created = await admin.post('/api/conferences', { title: 'Dawn Briefing', startsAt, timeZone: 'Asia/Shanghai', principals: ['Lena Marsh'] });
    const slug = created.body.conference.slug as string;
    await admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' });
    const phone = await openWatched(browser, `${url}/c/${slug}`, { viewport: { width: 375, height: 812 } });
    await phone.page
      .locator('#countdown')
      .getByText(/Starts in 0:00:\d\d/)
      .waitFor();
    // The moderator starts on time; the page follows within a second or so, without the reader.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(startsAt) - Date.now())));
    await admin.post(`/api/conferences/${slug}/state`, { status: 'live' });
    const wentLive = Date.now();
    await phone.page.locator('main[data-status="live"]').waitFor({ timeout: 10_000 });
    await phone.page.locator('#connection[data-state="open"]').waitFor();
    const took = Date.now() - wentLive;
    assert.ok(took < 5000, `took ${took} ms`);
    assert.deepEqual(phone.errors, []);
    await phone.context.close();
  });

  test('publishing shows the review, warns, and publishes only when asked again', async () => {
    const created = await admin.post('/api/conferences', { title: 'Harbour Review', languages: ['en', 'zh'], principals: ['Lena Marsh'] });
    const slug = created.body.conference.slug as string;
    for (const status of ['scheduled', 'live']) await admin.post(`/api/conferences/${slug}/state`, { status });
    const turn = await admin.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
    await admin.post(`/api/conferences/${slug}/turns/${turn.body.turn.seq}/text`, { lang: 'en', append: 'Good morning.' });
    await admin.post(`/api/conferences/${slug}/turns/${turn.body.turn.seq}/final`);

    const office = await openWatched(browser, `${url}/signin`);
    await signIn(office.page, url, 'ada.admin@press.example', PASSWORD);
    await office.page.goto(`${url}/admin#conferences`);
    const row = office.page.locator(`tr[data-slug="${slug}"]`);
    await row.getByRole('button', { name: 'Set Ended' }).click();
    await row.getByText('End the conference?').waitFor();
    await row.getByRole('button', { name: 'Yes, go ahead' }).click();
    await row.getByText('Ended', { exact: true }).waitFor();

    await row.getByRole('button', { name: /^Publish/ }).click();
    const review = office.page.locator('section.review');
    await review.getByText('Some turns have not been interpreted into every language.').waitFor();
    assert.match((await review.locator('[data-list="uninterpreted"]').textContent()) ?? '', /#1.*missing Chinese/);
    assert.equal((await new ApiClient(url).get(`/api/conferences/${slug}`)).status, 404, 'not published by opening the review');
    await review.getByRole('button', { name: 'Publish anyway' }).click();
    await row.getByText('Published', { exact: true }).waitFor();
    assert.equal((await new ApiClient(url).get(`/api/conferences/${slug}`)).status, 200);
    assert.deepEqual(office.errors, []);
    assert.deepEqual(office.dialogs, []);
    await office.context.close();
  });
});
