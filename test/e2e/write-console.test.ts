// The transcriber's and the interpreter's consoles, by keyboard: nothing typed is lost when the
// connection drops, and the interpreter writes beside the source text, turn by turn.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip, launchBrowser, openContext, signIn, watchedPage } from '../support/browser.ts';
import { liveConference, PASSWORD, staff } from '../support/people.ts';
import { relayTo } from '../support/proxy.ts';
import { testServer } from '../support/server.ts';

describe('the writing consoles', { skip: browserSkip() }, async () => {
  const { url, ctx, server } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const transcriberApi = await staff(ctx, url, 'transcriber', 'Tess Transcriber');
  await staff(ctx, url, 'interpreter', 'Ian Interpreter');
  const browser = await launchBrowser();

  test('words typed while the connection is down come back to the composer', async () => {
    const slug = await liveConference(admin, 'Wifi Briefing');
    const relay = await relayTo(server.port);
    const { page } = await watchedPage(await openContext(browser));
    await signIn(page, relay.url, 'tess.transcriber@press.example', PASSWORD);
    await page.goto(`${relay.url}/console/${slug}/write`);
    const composer = page.locator('#composer');
    await composer.press('Control+Enter');
    await page.getByLabel(/Text for turn #1: Lena Marsh/).waitFor();
    await composer.fill('The quay opens');
    await composer.press('Enter');
    await page.locator('#w1').filter({ hasText: 'The quay opens' }).waitFor();

    relay.cut();
    await composer.fill('in June.');
    await composer.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'That did not work' }).waitFor();
    assert.equal(await composer.inputValue(), 'in June.');
    relay.restore();
    await page.locator('.connection[data-state="open"]').waitFor();
    await composer.press('Enter');
    await page.locator('#w1').filter({ hasText: 'The quay opens in June.' }).waitFor();
    assert.equal(await composer.inputValue(), '');
  });

  test('the interpreter sees both languages and moves between turns by keyboard', async () => {
    const slug = await liveConference(admin, 'Interpreted Briefing');
    for (const text of ['The quay opens in June.', 'Dredging starts on Monday.']) {
      const turn = (await transcriberApi.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn;
      await transcriberApi.post(`/api/conferences/${slug}/turns/${turn.seq}/text`, { lang: 'en', append: text });
    }
    const { page } = await watchedPage(await openContext(browser));
    await signIn(page, url, 'ian.interpreter@press.example', PASSWORD);
    await page.goto(`${url}/console/${slug}/write?lang=zh`);
    const composer = page.getByLabel('Interpreting turn #2');
    await composer.fill('疏浚周一开始。');
    await composer.press('Enter');
    await page.locator('#w2 [lang="zh"]').filter({ hasText: '疏浚周一开始。' }).waitFor();
    assert.match((await page.locator('#w2 [lang="en"]').textContent()) ?? '', /Dredging starts on Monday\./);

    await composer.press('Alt+ArrowUp');
    const first = page.getByLabel('Interpreting turn #1');
    await first.fill('码头六月启用。');
    await first.press('Enter');
    await page.locator('#w1 [lang="zh"]').filter({ hasText: '码头六月启用。' }).waitFor();
    const record = (await admin.get(`/api/conferences/${slug}`)).body;
    assert.deepEqual(
      record.turns.map((t: { text: Record<string, string> }) => t.text.zh),
      ['码头六月启用。', '疏浚周一开始。'],
    );
  });
});
