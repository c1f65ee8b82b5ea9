// A whole conference in four browsers at once: the press office (admin, also moderating), a
// transcriber, a journalist and a member of the public. Everything is done through the pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { addUser } from '../../src/app/auth.ts';
import { browserSkip, launchBrowser, openContext, PHONE, signIn, watchedPage, type Watched } from '../support/browser.ts';
import { PASSWORD } from '../support/people.ts';
import { testServer } from '../support/server.ts';

/** Waits until the element holds the text (Playwright's own waiting, no sleeps). */
const shows = (page: Page, selector: string, text: string) => page.locator(selector).filter({ hasText: text }).first().waitFor();

test('a conference from application to published record, in four browsers', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  await addUser(ctx, { email: 'ada@press.example', name: 'Ada Admin', role: 'admin', password: PASSWORD });
  await addUser(ctx, { email: 'tess@press.example', name: 'Tess Transcriber', role: 'transcriber', password: PASSWORD });
  const browser = await launchBrowser();
  const [office, writer, reporter, reader] = (await Promise.all([
    openContext(browser).then(watchedPage),
    openContext(browser).then(watchedPage),
    openContext(browser, { viewport: PHONE }).then(watchedPage),
    openContext(browser).then(watchedPage),
  ])) as [Watched, Watched, Watched, Watched];
  const admin = office.page;

  // The press office creates the conference and opens it.
  await signIn(admin, url, 'ada@press.example', PASSWORD);
  await admin.getByLabel('Title').fill('Harbour Dues Briefing');
  await admin.getByLabel('Date', { exact: true }).fill('2025-05-02');
  await admin.getByLabel('Principals (one per line)').fill('Lena Marsh');
  await admin.getByRole('button', { name: 'Create' }).click();
  await admin.getByRole('button', { name: 'Set Scheduled: Harbour Dues Briefing' }).click();
  await admin.getByRole('button', { name: 'Set Live: Harbour Dues Briefing' }).click();
  await shows(admin, 'tr', 'Live');
  const slug = (await admin.locator('tr[data-slug]').first().getAttribute('data-slug'))!;

  // A journalist applies on a phone; the admin approves and hands over the link.
  const journalist = reporter.page;
  await journalist.goto(`${url}/accreditation`);
  await journalist.getByLabel('Your name').fill('Ivo Brandt');
  await journalist.getByLabel('Email').fill('ivo@northwire.example');
  await journalist.getByLabel('Media outlet').fill('North Wire');
  await journalist.getByLabel('Conference', { exact: true }).selectOption(slug);
  await journalist.getByRole('button', { name: 'Apply' }).click();
  await journalist.getByText('Application received').waitFor();

  await admin.getByRole('link', { name: 'Accreditations' }).click();
  await admin.getByLabel('Origin: North Wire').selectOption('foreign');
  await admin.getByRole('button', { name: 'Approve: Ivo Brandt' }).click();
  const link = await admin.getByLabel(/Access link for Ivo Brandt/).inputValue();
  assert.match(link, /\/access\/[\w-]{20,}$/);

  await journalist.goto(link);
  await journalist.waitForURL(/\/journalist$/);
  await journalist.getByLabel('Topic (optional)').fill('Dues');
  await journalist.getByLabel(/^Question/).fill('Will foreign carriers pay the same dues?');
  await journalist.getByRole('button', { name: 'Raise hand' }).click();
  await journalist.getByText('You are number 1 of 1 in the queue.').waitFor();

  // The public watches; the transcriber opens the console; the moderator gives the floor by key.
  const viewer = reader.page;
  await viewer.goto(`${url}/c/${slug}`);
  await viewer.locator('#connection[data-state="open"]').waitFor();
  const transcriber = writer.page;
  await signIn(transcriber, url, 'tess@press.example', PASSWORD);
  await transcriber.goto(`${url}/console/${slug}/write`);
  await admin.goto(`${url}/console/${slug}/moderate`);
  await shows(admin, '.queue-entry', 'Ivo Brandt');
  await shows(admin, '.queue-entry', 'North Wire');
  await shows(admin, '.queue-entry', 'Foreign');
  await admin.locator('.connection[data-state="open"]').waitFor();
  await admin.keyboard.press('p');

  await journalist.getByRole('alert').filter({ hasText: 'You have the floor' }).waitFor();
  await shows(viewer, '#next-question', 'Next question: Ivo Brandt, North Wire');
  await shows(admin, '.current-turn', 'Ivo Brandt, North Wire');

  // The question and the answer appear on the public page piece by piece as they are typed.
  const composer = transcriber.getByRole('textbox', { name: /Text for turn #1: Ivo Brandt, North Wire/ });
  await composer.fill('Will foreign carriers pay');
  await composer.press('Enter');
  await shows(viewer, '#t1', 'Will foreign carriers pay');
  await composer.fill('the same dues?');
  await composer.press('Enter');
  await shows(viewer, '#t1 .turn-body', 'Will foreign carriers pay the same dues?');
  assert.equal(await viewer.locator('#t1 .who').textContent(), 'Ivo Brandt, North Wire');
  await composer.press('Control+Enter');
  const answer = transcriber.getByRole('textbox', { name: /Text for turn #2: Lena Marsh/ });
  await answer.fill('Yes, the same dues,');
  await answer.press('Enter');
  await shows(viewer, '#t2', 'Yes, the same dues,');
  await answer.fill('for all.');
  await answer.press('Enter');
  await answer.fill('No carrier is favoured.');
  await answer.press('Alt+Enter');
  await shows(viewer, '#t2-p2', 'No carrier is favoured.');
  await shows(viewer, '#t2 .turn-body', 'Yes, the same dues, for all.');
  assert.equal(await viewer.locator('#t2 .who').textContent(), 'Lena Marsh');
  await shows(admin, '.current-turn', 'No carrier is favoured.');

  // A correction in place, seen by the public at once.
  await transcriber.getByRole('button', { name: 'Correct #1' }).click();
  const editor = transcriber.getByRole('textbox', { name: 'Correct' });
  await editor.fill('Will foreign carriers pay the same port dues?');
  await editor.press('Control+Enter');
  await shows(viewer, '#t1', 'the same port dues?');

  // The moderator ends the conference, the press office publishes, the public page becomes the record.
  await admin.getByRole('button', { name: 'Set Ended' }).click();
  await shows(viewer, '#state-note', 'The conference has ended');
  await admin.goto(`${url}/admin`);
  await admin.getByRole('button', { name: 'Publish: Harbour Dues Briefing' }).click();
  // Publishing shows the review first; its own button publishes.
  await admin
    .locator('section.review')
    .getByRole('button', { name: /^Publish( anyway)?$/ })
    .click();
  await viewer.locator('nav.exports').waitFor();
  await shows(viewer, '#t1', 'Ivo Brandt, North Wire');
  await shows(viewer, '#t1', 'Will foreign carriers pay the same port dues?');
  await shows(viewer, '#t2-p1', 'Yes, the same dues, for all.');
  await shows(viewer, '#t2-p2', 'No carrier is favoured.');
  await viewer.getByText('Corrected').click();
  // The public learns which role corrected the record, never the account.
  await shows(viewer, '#t1 .history', 'by a transcriber');
  assert.equal(await viewer.locator('#t1 .history', { hasText: 'Tess Transcriber' }).count(), 0);
  for (const format of ['json', 'md', 'txt', 'csv']) assert.equal(await viewer.locator(`a[href="/c/${slug}.${format}"]`).count(), 1);

  for (const w of [office, writer, reporter, reader]) {
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.dialogs, []);
  }
});
