// The search and analytics pages over plain HTTP: server-rendered answers, escaping, the filters kept
// in every link, a bad value answered as a readable 400 page, the links to them from other pages.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { HOSTILE_OUTLET, HOSTILE_SLUG, LIGHTHOUSE_STATEMENTS, saveResearchPageRecords } from '../support/research-page-records.ts';
import { testServer } from '../support/server.ts';

const { url, store } = await testServer();
await saveResearchPageRecords(store, { hostile: true });

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(url + path, { headers: { accept: 'text/html', ...headers } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', csp: res.headers.get('content-security-policy') ?? '', body: await res.text() };
}

/** The href attributes of the links in a page, decoded as the browser would read them. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** Markup a hostile record holds must reach the page as escaped text only. */
function assertNoLiveMarkup(html: string): void {
  for (const bad of ['<script>alert', '<img src=x', 'onerror="alert', '<b>plainly', 'href="javascript:'])
    assert.ok(!html.includes(bad), `page contains ${bad}`);
}

describe('the search page', () => {
  test('without a query: the form, linked from the site navigation', async () => {
    const { status, body, csp } = await page('/search');
    assert.equal(status, 200);
    assert.match(csp, /script-src 'self'/);
    assert.match(body, /<form method="get" action="\/search" role="search"/);
    assert.match(body, /Type words to search every published record/);
    assert.ok(hrefs(body).includes('/search') && hrefs(body).includes('/analytics'), 'navigation links');
  });

  test('a Chinese query: ranked results with marked snippets linking to the turn', async () => {
    const { status, body } = await page(`/search?q=${encodeURIComponent('中美')}`);
    assert.equal(status, 200);
    assert.match(body, /Results 1–3 of 3/);
    assert.match(body, /<p class="snippet" lang="zh"><mark>中美<\/mark>两国在气候变化问题上/);
    assert.ok(hrefs(body).includes('/c/2024-03-07-spring-briefing#t5'));
  });

  test('facet links add a filter and keep the others; the selected one removes itself', async () => {
    const { body } = await page('/search?q=cooperation&kind=answer');
    const links = hrefs(body);
    assert.ok(links.includes('/search?q=cooperation&kind=answer&speaker=Mei+Lin'), links.join('\n'));
    assert.ok(links.includes('/search?q=cooperation&kind=answer&from=2024-01-01&to=2024-12-31'), 'year facet');
    const narrowed = await page('/search?q=cooperation&kind=answer&speaker=Mei+Lin');
    assert.match(narrowed.body, /aria-current="true"/);
    assert.ok(hrefs(narrowed.body).includes('/search?q=cooperation&kind=answer'), 'the selected facet removes its filter');
    assert.match(narrowed.body, /<select id="search-kind" name="kind">[^]*<option value="answer" selected="">/);
    assert.match(narrowed.body, /<details class="filters" open="">/);
  });

  test('pages keep the filters', async () => {
    const first = await page('/search?q=lighthouse&kind=statement');
    assert.match(first.body, new RegExp(`Results 1–20 of ${LIGHTHOUSE_STATEMENTS}`));
    assert.ok(hrefs(first.body).includes('/search?q=lighthouse&kind=statement&offset=20'));
    const second = await page('/search?q=lighthouse&kind=statement&offset=20');
    assert.match(second.body, new RegExp(`Results 21–${LIGHTHOUSE_STATEMENTS} of ${LIGHTHOUSE_STATEMENTS}`));
    assert.match(second.body, /<ol class="hits" start="21">/);
    assert.ok(hrefs(second.body).includes('/search?q=lighthouse&kind=statement'), 'previous page');
  });

  test('hostile text in a record is shown as text', async () => {
    const { status, body } = await page('/search?q=alert');
    assert.equal(status, 200);
    assertNoLiveMarkup(body);
    assert.match(body, /&lt;script&gt;<mark>alert<\/mark>\(&#39;turn&#39;\)&lt;\/script&gt;/);
    assert.match(body, /Lighthouse ‹quoted›/, 'literal guillemets are not taken for marks');
    assert.match(body, /&lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; Briefing/);
  });

  test('a bad filter is a 400 page with the form and what to fix', async () => {
    for (const [query, field] of [
      ['from=2024-02-30', 'from'],
      ['origin=martian', 'origin'],
      ['offset=abc', 'offset'],
      ['conference=no-such-conference', 'conference'],
    ] as const) {
      const { status, type, body } = await page(`/search?q=harbour&${query}`);
      assert.equal(status, 400, query);
      assert.match(type, /text\/html/, query);
      assert.match(body, new RegExp(`<p id="search-error" class="form-error" role="alert">Check the search: ${field}:`), query);
      assert.match(body, /<form method="get" action="\/search"/, query);
    }
    const { body } = await page('/search?q=harbour&from=2024-02-30');
    assert.match(body, /<input id="search-from" name="from" aria-invalid="true" aria-describedby="search-error" type="date" value="2024-02-30"\/>/);
  });

  test('drafts stay hidden from the public', async () => {
    const { body } = await page('/search?q=secret');
    assert.match(body, /Nothing found\./);
  });
});

describe('the analytics page', () => {
  test('a table of every chart, its data for the script, and a CSV link keeping the selection', async () => {
    const { status, body } = await page('/analytics?from=2024-01-01&origin=foreign&by=month');
    assert.equal(status, 200);
    for (const chart of ['outlets', 'origins', 'floor', 'lengths', 'mentions', 'terms']) {
      assert.match(body, new RegExp(`<section class="chart-section" id="chart-${chart}"`), chart);
      assert.ok(hrefs(body).includes(`/api/analytics?chart=${chart}&format=csv&from=2024-01-01&origin=foreign&by=month`), chart);
    }
    assert.match(body, /<script type="module" src="\/assets\/analytics-[A-Z0-9]{8}\.js"><\/script>/);
    assert.match(body, /<script type="application\/json" id="page-data">/);
    assert.match(body, /<canvas role="img" aria-label="Bar chart of questions per outlet/);
    assert.match(body, /<th scope="row">North Wire<\/th>/);
    assert.doesNotMatch(body, /<th scope="row">Harbour Daily<\/th>/, 'domestic outlets are left out by origin=foreign');
  });

  test("the CSV link answers the chart's rows for the same selection", async () => {
    const { body } = await page('/analytics?conference=2024-01-10-first,2024-01-24-second');
    const link = hrefs(body).find((h) => h.startsWith('/api/analytics?chart=outlets'))!;
    assert.equal(link, '/api/analytics?chart=outlets&format=csv&conference=2024-01-10-first%2C2024-01-24-second');
    const res = await fetch(url + link);
    assert.equal(res.status, 200);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((r) => [r.outlet, r.questions]),
      [
        ['Harbour Daily', '2'],
        ['North Wire', '1'],
      ],
    );
    assert.match(body, /Conferences: 2 · /);
  });

  test('repeated conference parameters, as the API takes them, fill the form as one list', async () => {
    const { status, body } = await page('/analytics?conference=2024-01-10-first&conference=2024-01-24-second');
    assert.equal(status, 200);
    assert.match(body, /id="sel-conference" name="conference" type="text" value="2024-01-10-first,2024-01-24-second"/);
  });

  test("hostile text in a record is shown as text, in the tables and in the script's data", async () => {
    const { body } = await page(`/analytics?conference=${HOSTILE_SLUG}`);
    assertNoLiveMarkup(body);
    assert.match(body, /<th scope="row">&lt;script&gt;alert\(&#39;outlet&#39;\)&lt;\/script&gt; Wire<\/th>/);
    const json = body.match(/<script type="application\/json" id="page-data">([^]*?)<\/script>/)![1]!;
    assert.ok(!json.includes('<'), 'no < inside the JSON can end the element');
    assert.equal(JSON.parse(json).report.outlets.rows[0].outlet, HOSTILE_OUTLET);
  });

  test('a bad selection is a 400 page with the form and what to fix', async () => {
    for (const [query, field] of [
      ['from=nope', 'from'],
      ['conference=no-such-conference', 'conference'],
      ['splitAt=2024-13-01', 'splitAt'],
      ['by=week', 'by'],
      ['origin=martian', 'origin'],
    ] as const) {
      const { status, type, body } = await page(`/analytics?${query}`);
      assert.equal(status, 400, query);
      assert.match(type, /text\/html/, query);
      assert.match(body, new RegExp(`role="alert">Check the selection: ${field}:`), query);
      assert.match(body, new RegExp(`id="sel-${field}" name="${field}" aria-invalid="true"`), query);
      assert.doesNotMatch(body, /id="page-data"/, query);
    }
  });

  test('in Chinese', async () => {
    const { body } = await page('/analytics', { 'accept-language': 'zh-CN,zh;q=0.9' });
    assert.match(body, /<h1>统计分析<\/h1>/);
    assert.match(body, /下载 CSV：各媒体的提问数/);
  });
});

describe('links to the pages', () => {
  test('the record page links to its search and analytics; the archive to both', async () => {
    const record = await page('/c/2024-03-07-spring-briefing');
    assert.ok(hrefs(record.body).includes('/analytics?conference=2024-03-07-spring-briefing'));
    assert.ok(hrefs(record.body).includes('/search?conference=2024-03-07-spring-briefing'));
    const archive = await page('/');
    assert.match(archive.body, /<a href="\/search">Search the records<\/a>/);
    assert.match(archive.body, /<a href="\/analytics">Analytics<\/a>/);
  });
});
