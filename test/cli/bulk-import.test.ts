// presser import of a folder big enough to be parsed on worker threads: every file stored once,
// in file order, a bad file reported and skipped, a duplicate recognised, the search index kept.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { workerCount } from '../../src/app/parse-pool.ts';
import { search } from '../../src/app/search.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { seedVariants } from '../../bench/seed-corpus.ts';
import { cliMain } from '../support/cli-main.ts';
import { cli } from '../support/process.ts';
import { readSeed } from '../support/seed.ts';
import { tempDir } from '../support/tmp.ts';

const dir = tempDir();
const folder = join(dir, 'archive');
mkdirSync(folder);
const documents = seedVariants(readSeed(), 0.8).slice(0, 78);
assert.equal(documents.length, 78);
for (const [i, doc] of documents.entries()) writeFileSync(join(folder, `t${String(i).padStart(3, '0')}.txt`), doc);
writeFileSync(join(folder, 't040-empty.txt'), '');
writeFileSync(join(folder, 't050-copy.txt'), documents[50]!);

test('a folder of 80 transcripts: workers parse, the store keeps file order, failures are per file', async (t) => {
  if (workerCount(80) === 0) t.diagnostic('one core: parsed in this thread');
  const db = join(dir, 'bulk.db');
  const run = await cliMain(['import', folder, '--db', db]);
  assert.equal(run.status, 2, run.stderr.slice(0, 2000));
  assert.match(run.stderr, /78 imported, 1 skipped as duplicate, 1 failed/);
  assert.match(run.stderr, /t040-empty\.txt: .*empty/);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 79);
  const files = lines.map((line) => line.split('\t')[3]!.replace(`${folder}/`, ''));
  assert.deepEqual(files, [...files].sort(), 'results in file order');
  // t050-copy.txt sorts before t050.txt: the first is stored, the second is its duplicate.
  assert.match(lines.find((l) => l.endsWith('t050-copy.txt'))!, /^imported\t/);
  assert.match(lines.find((l) => l.endsWith('/t050.txt'))!, /^duplicate\t/);

  const store = await openSqliteStore(db);
  try {
    assert.equal((await store.conferences.list()).length, 78);
    assert.ok((await search(store, 'cooperation', {})).facets.years.length >= 30, 'every stored turn is in the search index');
  } finally {
    await store.close();
  }
});

test('the built command finds its worker (dist/parse-worker.js) and imports the same folder', () => {
  const run = cli(['import', folder, '--db', join(dir, 'built.db')]);
  assert.equal(run.status, 2, run.stderr.slice(0, 2000));
  assert.match(run.stderr, /78 imported, 1 skipped as duplicate, 1 failed/);
});
