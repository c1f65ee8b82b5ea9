// Each export of a record, followed from the record page in the browser as a researcher would:
// every language in the text and the CSV, outlets in the Markdown, subtitles from real times only.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { browserSkip, launchBrowser, openWatched } from '../support/browser.ts';
import { buildScenario } from '../support/scenario.ts';
import { testServer } from '../support/server.ts';

describe('the record page and its exports in a browser', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  const world = await buildScenario(ctx, url);
  const browser = await launchBrowser();

  test('every export linked from the record page is right', async () => {
    const { page, errors, context } = await openWatched(browser, `${url}/c/${world.published}`);
    await page.getByText('Yes, the same dues, for all.').waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    const hrefs = await page.locator(`a[href^="/c/${world.published}."]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const byExtension = new Map(hrefs.map((href) => [href.slice(href.lastIndexOf('.') + 1), href]));
    for (const ext of ['json', 'md', 'txt', 'csv', 'vtt', 'srt']) assert.ok(byExtension.has(ext), `the record page links the .${ext} export`);
    const fetched = async (ext: string) => {
      const res = await context.request.get(url + byExtension.get(ext)!);
      assert.equal(res.status(), 200, ext);
      return res.text();
    };

    const text = await fetched('txt');
    for (const words of [
      'Good morning. The new quay opens in June.',
      '早上好。新码头六月启用。',
      'Will foreign carriers pay the same dues?',
      '外国承运人是否缴纳同样的费用？',
    ])
      assert.ok(text.includes(words), `the text export has "${words}"`);

    const rows: Record<string, string>[] = parse(await fetched('csv'), { columns: true });
    assert.equal(rows.length, 1, 'one question and its answer');
    assert.equal(rows[0]!.question, 'Will foreign carriers pay the same dues?');
    assert.equal(rows[0]!.question_zh, '外国承运人是否缴纳同样的费用？');
    assert.equal(rows[0]!.answer_zh, '是的，一视同仁。');

    assert.match(await fetched('md'), /North Wire/);
    assert.equal(JSON.parse(await fetched('json')).schema, 'presser.record/1');

    for (const ext of ['vtt', 'srt']) {
      const cues = (await fetched(ext)).match(/\d\d:\d\d:\d\d[.,]\d{3} --> \d\d:\d\d:\d\d[.,]\d{3}/g) ?? [];
      // Turns written within the same instant share a time and are left out rather than stacked.
      assert.ok(cues.length >= 1, `${ext}: cues from the turns' real times`);
      const starts = cues.map((cue) => cue.slice(0, 12));
      assert.equal(new Set(starts).size, starts.length, `${ext}: no cues stacked at one time`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});
