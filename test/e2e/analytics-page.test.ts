// The analytics page in a real browser: every chart drawn (its canvas not empty), accessible on a
// desktop and a phone (screenshots kept), each "Download CSV" a parseable file of the chart's rows,
// the selection form, the tables without JavaScript, the Chinese interface, and markup as text.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { CSV_COLUMNS, type ChartName } from '../../src/analytics/charts.ts';
import { browserSkip, DESKTOP, launchBrowser, openContext, openWatched, PHONE, screenshot } from '../support/browser.ts';
import { injectedMarkup, pageProblems } from '../support/page-checks.ts';
import { HOSTILE_OUTLET, HOSTILE_SLUG, hostileBriefing, saveResearchPageRecords } from '../support/research-page-records.ts';
import { testServer } from '../support/server.ts';

const skip = browserSkip();

/** Waits until the script has drawn every chart box; answers how many pixels each canvas coloured. */
async function drawnCharts(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(
    () => document.querySelectorAll('.chart-box').length > 0 && document.querySelectorAll('.chart-box:not([data-drawn])').length === 0,
  );
  return page.evaluate(() => {
    const painted: Record<string, number> = {};
    for (const box of document.querySelectorAll<HTMLElement>('.chart-box')) {
      const canvas = box.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      painted[[box.dataset.chart, box.dataset.lang].filter(Boolean).join(':')] = count;
    }
    return painted;
  });
}

describe('the analytics page', { skip }, async () => {
  const { url, store } = await testServer();
  // The hostile record is added by the last test, so the screenshots show only ordinary names.
  await saveResearchPageRecords(store, { hostile: false });
  const browser = await launchBrowser();

  const open = (path: string, options: Parameters<typeof openContext>[1] = {}) => openWatched(browser, url + path, options);

  for (const [viewportName, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`on a ${viewportName}: every chart drawn, accessible, reachable by keyboard, fits the screen`, async () => {
      const watched = await open('/analytics', { viewport });
      const painted = await drawnCharts(watched.page);
      assert.deepEqual(Object.keys(painted).sort(), ['floor', 'lengths', 'mentions', 'origins', 'outlets', 'terms:en', 'terms:zh']);
      for (const [chart, pixels] of Object.entries(painted)) assert.ok(pixels > 1000, `${chart} canvas is empty (${pixels} pixels)`);
      const problems = await pageProblems(watched, `analytics (${viewportName})`, { keyboard: viewportName === 'desktop' });
      await watched.page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(watched.page, `analytics-${viewportName}`);
      await watched.context.close();
      assert.deepEqual(problems, []);
    });
  }

  test('each "Download CSV" link downloads the chart\'s rows as CSV', async () => {
    const { page, context } = await open('/analytics?from=2024-01-01');
    await drawnCharts(page);
    const report = JSON.parse((await page.locator('#page-data').textContent())!).report;
    for (const chart of Object.keys(CSV_COLUMNS) as ChartName[]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#chart-${chart} .csv-link a`).click()]);
      assert.equal(download.suggestedFilename(), `presser-${chart}.csv`);
      const csv = await readFile((await download.path())!, 'utf8');
      const [header, ...rows] = parse(csv) as string[][];
      assert.deepEqual(
        header,
        CSV_COLUMNS[chart].map(([name]) => name),
        chart,
      );
      assert.equal(rows.length, report[chart].rows.length, chart);
      assert.ok(rows.length > 0, chart);
    }
    await context.close();
  });

  test('the selection form narrows every chart and keeps the unit', async () => {
    const { page, context } = await open('/analytics');
    await drawnCharts(page);
    await page.getByText('Selection', { exact: true }).click();
    await page.getByLabel('Conferences (slugs, comma separated)').fill('2024-01-10-first');
    await page.getByLabel('Lengths in').selectOption('chars');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Conferences: 1 ·').waitFor();
    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('conference'), '2024-01-10-first');
    assert.equal(params.get('unit'), 'chars');
    await drawnCharts(page);
    assert.equal(await page.locator('#chart-outlets .csv-link a').getAttribute('href'), '/api/analytics?chart=outlets&format=csv&conference=2024-01-10-first');
    await page.locator('#chart-lengths summary').click();
    await page.locator('#chart-lengths').getByRole('columnheader', { name: 'Length (characters)' }).waitFor();
    await context.close();
  });

  test('without JavaScript the tables show and the empty canvases stay hidden', async () => {
    const { page, context } = await open('/analytics', { javaScriptEnabled: false });
    await page.getByRole('region', { name: 'The data as a table: Questions per outlet' }).getByRole('rowheader', { name: 'Harbour Daily' }).waitFor();
    assert.equal(await page.locator('table.data-table:visible').count(), await page.locator('table.data-table').count());
    assert.equal(await page.locator('.chart-box:visible').count(), 0);
    await context.close();
  });

  test('in Chinese the page and its charts draw', async () => {
    const watched = await open('/analytics', { locale: 'zh-CN' });
    await watched.page.getByRole('heading', { name: '统计分析', level: 1 }).waitFor();
    const painted = await drawnCharts(watched.page);
    for (const [chart, pixels] of Object.entries(painted)) assert.ok(pixels > 1000, chart);
    assert.deepEqual(watched.errors, []);
    await watched.context.close();
  });

  test('markup in a record is shown as text: no element, no handler, no dialog', async () => {
    await store.conferences.saveRecord(hostileBriefing(), { contentHash: HOSTILE_SLUG }, new Date().toISOString());
    const watched = await open(`/analytics?conference=${HOSTILE_SLUG}`);
    await drawnCharts(watched.page);
    await watched.page.locator('#chart-outlets summary').click();
    await watched.page.getByRole('rowheader', { name: HOSTILE_OUTLET }).waitFor();
    // Hovering a bar draws its tooltip (on the canvas, so as text) without running anything.
    const box = (await watched.page.locator('#chart-outlets canvas').boundingBox())!;
    await watched.page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    assert.deepEqual(await injectedMarkup(watched), { inlineScripts: 0, handlers: 0, javascriptLinks: 0, images: 0, bold: 0 });
    assert.deepEqual(watched.dialogs, []);
    assert.deepEqual(watched.errors, []);
    await watched.context.close();
  });
});
