// Every command that takes --db takes a PostgreSQL URL the same way; a URL is never a path.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { BIN, cli } from '../support/process.ts';
import { freshDatabase, postgresMissing } from '../support/postgres.ts';
import { wangYiSeedPath } from '../support/seed.ts';
import { tempDir } from '../support/tmp.ts';

const missing = await postgresMissing();

test('a URL other than postgres:// is refused, not taken for a folder', () => {
  const cwd = tempDir();
  const run = spawnSync(process.execPath, [BIN, 'list', '--db', 'mysql://db.example/presser'], { cwd, encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /unsupported database URL "mysql:\/\/db.example\/presser"/);
  assert.deepEqual(readdirSync(cwd), []);
});

test('migrate, import, list, search, stats, export-corpus, user add, delete on a postgres:// URL', { skip: missing ?? false }, async () => {
  const db = await freshDatabase();
  const cwd = mkdtempSync(join(tmpdir(), 'presser-pgcli-'));
  const run = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args, '--db', db], { cwd, encoding: 'utf8', input: input ?? '' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const migrated = run(['migrate']);
  assert.equal(migrated.status, 0, migrated.stderr);
  assert.match(migrated.stderr, /up to date/);
  const imported = run(['import', wangYiSeedPath]);
  assert.equal(imported.status, 0, imported.stderr);
  const slug = imported.stdout.split('\t')[1]!;
  assert.match(run(['import', wangYiSeedPath]).stdout, /^duplicate/);
  assert.deepEqual(
    JSON.parse(run(['list', '--json']).stdout).map((c: { slug: string }) => c.slug),
    [slug],
  );
  const found = run(['search', 'rejuvenation', '--json']);
  assert.equal(found.status, 0, found.stderr);
  assert.ok(JSON.parse(found.stdout).total >= 1);
  const stats = run(['stats', '--json']);
  assert.equal(stats.status, 0, stats.stderr);
  const out = join(cwd, 'corpus');
  assert.equal(run(['export-corpus', '--format', 'convokit', '--out', out]).status, 0);
  assert.ok(existsSync(join(out, 'utterances.jsonl')));
  assert.equal(run(['user', 'add', '--email', 'desk@press.example', '--role', 'admin', '--password-stdin'], 'long enough pw\n').status, 0);
  assert.equal(run(['delete', slug]).status, 0);
  assert.deepEqual(JSON.parse(run(['list', '--json']).stdout), []);
  assert.deepEqual(readdirSync(cwd).sort(), ['corpus'], 'no folder named postgres: and no SQLite file');
  assert.equal(cli(['list', '--db', db.replace(/\/[^/]*$/, '/presser_no_such_db')]).status, 1);
});
