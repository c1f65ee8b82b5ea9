// A fresh install as a press office meets it: records imported for review stay unpublished, and the
// server's start-up log says where to create the first admin.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliMain } from '../support/cli-main.ts';
import { exited, serveProcess } from '../support/process.ts';
import { tempDir } from '../support/tmp.ts';

const fixture = fileURLToPath(new URL('../../src/transcript/fixtures/spokesperson-en.txt', import.meta.url));

test('import --draft keeps a record for review; serve points at /setup while there is no staff', async () => {
  const db = join(tempDir(), 'first-run.db');
  const run = await cliMain(['import', '--draft', '--db', db, fixture]);
  assert.equal(run.status, 0, run.stderr);
  const slug = /imported for review\t(\S+)/.exec(run.stdout)?.[1];
  assert.ok(slug, run.stdout);
  const server = await serveProcess(db, ['--no-demo']);
  try {
    assert.match(server.output(), new RegExp(`open ${server.url.replace(/[.]/g, '\\.')}/setup to create the first admin`));
    const home = await (await fetch(`${server.url}/`)).text();
    assert.doesNotMatch(home, new RegExp(`/c/${slug}"`), 'the public archive does not list a record under review');
    assert.match(home, /href="\/setup"/);
    assert.equal((await fetch(`${server.url}/c/${slug}.json`)).status, 404);
    const page = await fetch(`${server.url}/c/${slug}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /will be published at this address/);
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
});
