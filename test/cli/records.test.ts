// The CLI as a user runs it, on a real SQLite file: main(argv) in this process, and a real child
// process where one is needed (a password on standard input, the server).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { cliMain } from '../support/cli-main.ts';
import { cli, exited, serveProcess } from '../support/process.ts';
import { wangYiSeedPath } from '../support/seed.ts';
import { tempDir } from '../support/tmp.ts';

const dir = tempDir();
const db = join(dir, 'cli.db');

test('convert prints each format to standard output without touching a database', async () => {
  const json = await cliMain(['convert', wangYiSeedPath, '--to', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const record = JSON.parse(json.stdout);
  assert.equal(record.schema, 'presser.record/1');
  assert.equal(record.conference.date, '2024-03-07');
  assert.deepEqual(
    record.turns.map((t: { kind: string }) => t.kind),
    ['narration', 'statement', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
  );
  const csv = parseCsv((await cliMain(['convert', wangYiSeedPath, '--to', 'csv'])).stdout);
  assert.equal(csv.length, 4);
  assert.match((await cliMain(['convert', wangYiSeedPath, '--to', 'md'])).stdout, /^---\n/);
  assert.match((await cliMain(['convert', wangYiSeedPath, '--to', 'txt'])).stdout, /\nRossiya Segodnya: This year marks/);
  assert.match((await cliMain(['convert', wangYiSeedPath, '--to', 'html'])).stdout, /^<!doctype html>/);
});

test('convert --report writes an audit of every cleanup change; --no-clean keeps the text as printed', async () => {
  const run = await cliMain(['convert', wangYiSeedPath, '--to', 'txt', '--report']);
  assert.equal(run.status, 0);
  assert.match(run.stderr, /rejuvenation/);
  assert.match(run.stderr, /Central/);
  const reportFile = join(dir, 'report.txt');
  assert.equal((await cliMain(['convert', wangYiSeedPath, '--report', reportFile])).status, 0);
  const raw = await cliMain(['convert', wangYiSeedPath, '--to', 'txt', '--no-clean']);
  assert.match(raw.stdout, /Gentral Gommittee/);
});

test('convert --to vtt and srt: subtitles from timed captions, a clear refusal for an untimed record', async () => {
  const captions = join(dir, 'captions.txt');
  writeFileSync(
    captions,
    'Harbour Briefing\n\n[00:00:05] Jane Roe: Good morning.\n[00:00:40] Northern Daily: When does the tunnel open?\n[00:01:10] Jane Roe: In the spring.\n',
  );
  const vtt = await cliMain(['convert', captions, '--to', 'vtt']);
  assert.equal(vtt.status, 0, vtt.stderr);
  assert.match(vtt.stdout, /^WEBVTT\n/);
  assert.match(vtt.stdout, /\n00:00:05\.000 --> 00:00:40\.000\n<v Jane Roe>Good morning\.\n/);
  const srt = await cliMain(['convert', captions, '--to', 'srt']);
  assert.match(
    srt.stdout,
    /^1\n00:00:05,000 --> 00:00:40,000\nJane Roe: Good morning\.\n\n2\n00:00:40,000 --> 00:01:10,000\nNorthern Daily: When does the tunnel open\?/,
  );
  const untimed = await cliMain(['convert', wangYiSeedPath, '--to', 'vtt']);
  assert.equal(untimed.status, 2);
  assert.equal(untimed.stdout, '');
  assert.match(untimed.stderr, /^presser: .*000_8d9db46bc23e83da\.txt: no turn has a time, and WebVTT needs them/);
});

test('bad input: one line naming the file and the reason, exit status 2, nothing written', async () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'binary.bin');
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  const prose = join(dir, 'prose.txt');
  writeFileSync(prose, 'This is a letter about harbours.\n\nIt has no speakers at all.\n');
  for (const [file, reason] of [
    [empty, /empty/],
    [binary, /binary/],
    [prose, /--as-statement/],
    [join(dir, 'missing.txt'), /no such file/],
  ] as const) {
    const run = await cliMain(['convert', file]);
    assert.equal(run.status, 2, file);
    assert.equal(run.stdout, '', 'nothing on standard output');
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.ok(lines[0]!.startsWith(`presser: ${file}: `), lines[0]);
    assert.match(lines[0]!, reason);
  }
  const statement = await cliMain(['convert', prose, '--as-statement']);
  assert.equal(statement.status, 0);
  assert.equal(JSON.parse(statement.stdout).turns[0].kind, 'statement');
  assert.equal((await cliMain(['convert', prose, '--to', 'pdf'])).status, 2, 'unknown format');
});

test('import, list, show, export, delete', async () => {
  const imported = await cliMain(['import', wangYiSeedPath, '--db', db]);
  assert.equal(imported.status, 0, imported.stderr);
  const slug = imported.stdout.split('\t')[1]!;
  assert.match(slug, /^2024-03-07-/);
  const again = await cliMain(['import', wangYiSeedPath, '--db', db]);
  assert.match(again.stdout, /^duplicate/);
  const list = await cliMain(['list', '--db', db, '--json']);
  assert.deepEqual(
    JSON.parse(list.stdout).map((c: { slug: string }) => c.slug),
    [slug],
  );
  assert.match((await cliMain(['list', '--db', db])).stdout, new RegExp(slug));
  assert.match((await cliMain(['show', slug, '--db', db])).stdout, /^Member of the Political Bureau/);
  assert.equal(JSON.parse((await cliMain(['export', slug, '--to', 'json', '--db', db])).stdout).turns.length, 8);
  const unknown = await cliMain(['show', 'nope', '--db', db]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no conference with slug "nope"/);
  assert.equal((await cliMain(['delete', slug, '--db', db])).status, 0);
  assert.equal(JSON.parse((await cliMain(['list', '--db', db, '--json'])).stdout).length, 0);
});

test('importing several files: one transaction each, failures reported, the rest kept', async () => {
  const other = join(dir, 'other.db');
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, '');
  const run = await cliMain(['import', wangYiSeedPath, bad, '--db', other]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /1 imported, 0 skipped as duplicate, 1 failed/);
  assert.match(run.stderr, new RegExp(`presser: ${bad}: `));
  assert.equal(JSON.parse((await cliMain(['list', '--db', other, '--json'])).stdout).length, 1);
});

test('user add: flags, --password-stdin, bad role and short password', async () => {
  const users = join(dir, 'users.db');
  assert.equal((await cliMain(['user', 'add', '--email', 'desk@press.example', '--role', 'admin', '--password', 'long enough', '--db', users])).status, 0);
  assert.equal(cli(['user', 'add', '--email', 'mod@press.example', '--role', 'moderator', '--password-stdin', '--db', users], 'from stdin 123\n').status, 0);
  const dup = await cliMain(['user', 'add', '--email', 'desk@press.example', '--role', 'admin', '--password', 'long enough', '--db', users]);
  assert.equal(dup.status, 2);
  assert.match(dup.stderr, /exists already/);
  assert.equal((await cliMain(['user', 'add', '--email', 'x@press.example', '--role', 'boss', '--password', 'long enough', '--db', users])).status, 2);
  assert.match((await cliMain(['user', 'add', '--email', 'y@press.example', '--role', 'admin', '--password', 'short', '--db', users])).stderr, /at least 8/);
  assert.match(cli(['user', 'add', '--email', 'z@press.example', '--role', 'admin', '--db', users]).stderr, /no password given/);
});

test('serve: an empty database gets the demo conference; /healthz, the API and the page answer', async () => {
  const fresh = join(dir, 'serve.db');
  const server = await serveProcess(fresh, []);
  try {
    assert.deepEqual(await (await fetch(`${server.url}/healthz`)).json(), { status: 'ok' });
    const list = await (await fetch(`${server.url}/api/conferences`)).json();
    assert.equal(list.conferences.length, 1, server.output());
    const slug = list.conferences[0].slug;
    const record = await (await fetch(`${server.url}/api/conferences/${slug}`)).json();
    assert.ok(record.turns.some((t: { kind: string }) => t.kind === 'question'));
    const page = await fetch(`${server.url}/c/${slug}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /id="t1"/);
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
});

test('bulk import of folders and globs: duplicates by content whatever the name, failures with their reason', async () => {
  const { mkdirSync, readFileSync } = await import('node:fs');
  const archive = join(dir, 'archive');
  mkdirSync(join(archive, '2024', 'march'), { recursive: true });
  const seed = readFileSync(wangYiSeedPath, 'utf8');
  writeFileSync(join(archive, '2024', 'march', 'wang-yi.txt'), seed);
  writeFileSync(join(archive, '2024', 'copy with another name.TXT'), seed.replace(/\n/g, '\r\n'));
  writeFileSync(join(archive, 'broken.md'), '');
  writeFileSync(join(archive, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  const bulk = join(dir, 'bulk.db');
  const run = await cliMain(['import', archive, '--db', bulk]);
  assert.equal(run.status, 2, 'a failed file makes the exit status 2');
  assert.match(run.stderr, /1 imported, 1 skipped as duplicate, 1 failed/);
  assert.match(run.stderr, /broken\.md: .*empty/);
  assert.doesNotMatch(run.stderr + run.stdout, /photo\.jpg/, 'folders are searched for transcripts only');
  assert.equal(JSON.parse((await cliMain(['list', '--db', bulk, '--json'])).stdout).length, 1);

  const byGlob = await cliMain(['import', `${archive}/**/*.[tT][xX][tT]`, '--db', join(dir, 'glob.db')]);
  assert.equal(byGlob.status, 0, byGlob.stderr);
  assert.match(byGlob.stderr, /1 imported, 1 skipped as duplicate, 0 failed/);
  const nothing = await cliMain(['import', `${archive}/**/*.nothing`, '--db', join(dir, 'glob.db')]);
  assert.equal(nothing.status, 2);
  assert.match(nothing.stderr, /matches no file/);
});
