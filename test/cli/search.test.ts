import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { autumnBriefing, draftBriefing, springBriefing } from '../support/search-records.ts';
import { cliMain } from '../support/cli-main.ts';
import { tempDir } from '../support/tmp.ts';

const db = join(tempDir(), 'cli.db');
const store = await openSqliteStore(db);
await store.conferences.saveRecord(springBriefing(), { contentHash: 'spring' }, new Date().toISOString());
await store.conferences.saveRecord(autumnBriefing(), { contentHash: 'autumn' }, new Date().toISOString());
await store.conferences.saveRecord(draftBriefing(), { contentHash: 'draft' }, new Date().toISOString());
await store.close();

const presser = (...args: string[]) => cliMain(['search', ...args, '--db', db]);

describe('presser search', () => {
  test('prints one line per hit, its snippet, then the facet counts', async () => {
    const run = await presser('中美');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^3 turns match "中美"/);
    assert.match(run.stdout, /2024-03-07 {2}2024-03-07-spring-briefing#t2 {2}Mei Lin {2}\[zh\]\n {4}«中美»关系/);
    assert.match(run.stdout, /speakers: Ivo Brandt \(1\), Mei Lin \(1\)/);
    assert.match(run.stdout, /years: 2024 \(3\)/);
  });

  test('words after the command make one query; filters narrow it', async () => {
    const run = await presser('trade', 'cooperation', '--kind', 'question');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^1 turn match "trade cooperation"/);
    assert.match(run.stdout, /Ada Holt, Harbour Daily/);
  });

  test('the operator searches every conference, drafts too', async () => {
    assert.match((await presser('secret')).stdout, /2025-01-15-draft-briefing#t1/);
  });

  test('--json prints what the API answers', async () => {
    const run = await presser('cooperation', '--json', '--limit', '2');
    assert.equal(run.status, 0, run.stderr);
    const body = JSON.parse(run.stdout);
    assert.equal(body.total, 5);
    assert.equal(body.results.length, 2);
    assert.ok(body.facets.speakers.length > 0);
  });

  test('an unknown filter value exits 2 with one line naming it', async () => {
    for (const args of [
      ['--origin', 'martian'],
      ['--from', '2024-13-01'],
      ['--conference', 'nope'],
      ['--limit', 'many'],
    ]) {
      const run = await presser('cooperation', ...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, /^presser: /);
    }
  });

  test('a query with nothing to search for says so and exits 0', async () => {
    const run = await presser('OR', '(');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /note: nothing to search for/);
  });
});
