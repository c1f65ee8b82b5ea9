// Text typed by a journalist (name, outlet, topic, question) and by a transcriber (the turn) that looks
// like markup is shown as text on every page: no element, no handler, no javascript: link, no dialog.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addUser } from '../../src/app/auth.ts';
import { ApiClient } from '../support/client.ts';
import { browserSkip, launchBrowser, openContext, signIn, watchedPage, type Watched } from '../support/browser.ts';
import { liveConference, PASSWORD } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const NAME = `Eve <img src=x onerror="alert('name')">`;
const OUTLET = `<script>alert('outlet')</script> Wire`;
const TOPIC = `<a href="javascript:alert('topic')">click me</a>`;
const QUESTION = `"><svg onload=alert('question')>`;
const TURN = `<script>alert('turn')</script> and <img src=x onerror=alert('turn2')> and javascript:alert('turn3')`;

/** The page shows each text as text, and nothing typed became live markup. */
async function assertInert(watched: Watched, where: string, texts: string[]): Promise<void> {
  const { page } = watched;
  for (const text of texts) {
    try {
      await page.getByText(text).first().waitFor();
    } catch (error) {
      // Say what the page showed instead: a timeout alone does not tell a missing row from a page that never loaded.
      const shown = await page
        .locator('body')
        .innerText()
        .catch(() => '(no body)');
      throw new Error(`${where}: "${text}" never appeared at ${page.url()}; the page showed: ${shown.slice(0, 600)}`, { cause: error });
    }
  }
  const injected = await page.evaluate(() => ({
    inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/json').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover], [onfocus]').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    images: document.querySelectorAll('img, svg').length,
  }));
  assert.deepEqual(injected, { inlineScripts: 0, handlers: 0, javascriptLinks: 0, images: 0 }, where);
  assert.deepEqual(watched.dialogs, [], where);
  assert.deepEqual(watched.errors, [], where);
}

test('hostile text stays text on every page', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  for (const [email, name, role] of [
    ['ada@press.example', 'Ada Admin', 'admin'],
    ['mo@press.example', 'Mo Moderator', 'moderator'],
    ['tess@press.example', 'Tess Transcriber', 'transcriber'],
  ] as const) {
    await addUser(ctx, { email, name, role, password: PASSWORD });
  }
  const adminApi = new ApiClient(url);
  await adminApi.signIn('ada@press.example', PASSWORD);
  const slug = await liveConference(adminApi, 'Hostile Text Briefing');
  const browser = await launchBrowser();
  const [journalist, moderator, transcriber, reader, admin] = await Promise.all([0, 1, 2, 3, 4].map(async () => watchedPage(await openContext(browser))));

  // The journalist types markup into the application form and, once approved, into the hand.
  await journalist!.page.goto(`${url}/accreditation?c=${slug}`);
  await journalist!.page.getByLabel('Your name').fill(NAME);
  await journalist!.page.getByLabel('Email').fill('eve@wire.example');
  await journalist!.page.getByLabel('Media outlet').fill(OUTLET);
  await journalist!.page.getByRole('button', { name: 'Apply' }).click();
  await assertInert(journalist!, 'application received', [NAME, OUTLET]);
  const pending = (await adminApi.get('/api/accreditations?status=pending')).body.accreditations[0];
  const link = (await adminApi.post(`/api/accreditations/${pending.id}/approve`, { origin: 'foreign' })).body.accessLink as string;
  await journalist!.page.goto(link);
  await journalist!.page.getByLabel('Topic (optional)').fill(TOPIC);
  await journalist!.page.getByLabel(/^Question/).fill(QUESTION);
  await journalist!.page.getByRole('button', { name: 'Raise hand' }).click();
  await journalist!.page.getByText('You are number 1 of 1 in the queue.').waitFor();

  await signIn(moderator!.page, url, 'mo@press.example', PASSWORD);
  await moderator!.page.goto(`${url}/console/${slug}/moderate`);
  await assertInert(moderator!, 'moderator console queue', [NAME, OUTLET, TOPIC, QUESTION]);

  // The floor is given; the transcriber types markup into the turn.
  await reader!.page.goto(`${url}/c/${slug}`);
  await reader!.page.locator('#connection[data-state="open"]').waitFor();
  await moderator!.page.keyboard.press('p');
  await signIn(transcriber!.page, url, 'tess@press.example', PASSWORD);
  await transcriber!.page.goto(`${url}/console/${slug}/write`);
  const composer = transcriber!.page.getByRole('textbox', { name: /Text for turn #1/ });
  await composer.fill(TURN);
  await composer.press('Enter');
  await assertInert(transcriber!, 'transcriber console', [TURN, `${NAME}, ${OUTLET}`]);
  await assertInert(reader!, 'live page', [TURN, `Next question: ${NAME}, ${OUTLET}`]);
  await assertInert(moderator!, 'moderator console current turn', [TURN]);
  await assertInert(journalist!, 'journalist page', ['You have the floor']);

  await signIn(admin!.page, url, 'ada@press.example', PASSWORD);
  const adminSections = { accreditations: [NAME, OUTLET], users: [NAME], outlets: [OUTLET] };
  for (const [section, texts] of Object.entries(adminSections)) {
    await admin!.page.goto(`${url}/admin#${section}`);
    await assertInert(admin!, `admin ${section}`, texts);
  }

  // Published: the record page (server-rendered, and its raw HTML) and the archive.
  await adminApi.post(`/api/conferences/${slug}/state`, { status: 'ended' });
  await adminApi.post(`/api/conferences/${slug}/state`, { status: 'published' });
  await reader!.page.locator('nav.exports').waitFor();
  await assertInert(reader!, 'record page', [TURN, `${NAME}, ${OUTLET}`]);
  const html = await (await fetch(`${url}/c/${slug}`)).text();
  assert.ok(!html.includes('<script>alert') && !html.includes('<img src=x') && !html.includes('<svg'), 'the record page escapes what was typed');
  await reader!.page.goto(`${url}/`);
  await assertInert(reader!, 'archive', ['Hostile Text Briefing']);
});
