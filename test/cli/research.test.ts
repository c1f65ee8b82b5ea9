// presser stats and presser export-corpus as a user runs them: a real child process, a real SQLite file.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { cliMain } from '../support/cli-main.ts';
import { wangYiSeedPath } from '../support/seed.ts';
import { tempDir } from '../support/tmp.ts';

const dir = tempDir();
const db = join(dir, 'research.db');
const demo = fileURLToPath(new URL('../../samples/demo-press-conference.txt', import.meta.url));
const imported = await cliMain(['import', wangYiSeedPath, demo, '--db', db]);
assert.equal(imported.status, 0, imported.stderr);

async function failsWith(args: string[], message: RegExp): Promise<void> {
  const run = await cliMain([...args, '--db', db]);
  assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.ok(lines[0]!.startsWith('presser: ') || lines[0]!.startsWith('error: '), run.stderr);
  assert.match(run.stderr, message);
}

test('stats: every chart for people, the JSON of the API, one chart as CSV', async () => {
  const text = await cliMain(['stats', '--db', db]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^2 conferences, 2019-09-14 to 2024-03-07: 18 turns, 7 questions, 7 answers/);
  for (const heading of [
    'Questions per outlet',
    'Questions per origin',
    'The floor by year',
    'Turn lengths',
    'Countries and organisations mentioned',
    'Terms rising and falling from 2024-03-07',
  ])
    assert.ok(text.stdout.includes(heading), heading);
  assert.match(text.stdout, /China \(中国\)/);

  const json = JSON.parse((await cliMain(['stats', '--db', db, '--json', '--chart', 'outlets', '--from', '2024-01-01', '--to', '2024-12-31'])).stdout);
  assert.deepEqual(Object.keys(json), ['selection', 'outlets']);
  assert.equal(json.selection.conferences, 1);
  assert.deepEqual(
    json.outlets.rows.map((r: { outlet: string }) => r.outlet),
    ['China Central Television', 'People’s Daily', 'Rossiya Segodnya'],
  );

  const csv: string[][] = parse((await cliMain(['stats', '--db', db, '--csv', 'mentions', '--top', '3'])).stdout);
  assert.deepEqual(csv[0], ['id', 'kind', 'name', 'name_zh', 'mentions', 'turns', 'questions', 'answers', 'conferences']);
  assert.equal(csv.length, 4);
  assert.equal(csv[1]![0], 'CN');
});

test('stats: a bad selection is one line and exit status 2', async () => {
  await failsWith(['stats', '--origin', 'martian'], /^presser: origin: unknown origin "martian"/);
  await failsWith(['stats', '--from', '2024-02-30'], /^presser: from: "2024-02-30" is not a date/);
  await failsWith(['stats', '--conference', 'no-such-conference'], /^presser: conference: no conference with slug "no-such-conference"/);
  await failsWith(['stats', '--csv', 'pie'], /argument 'pie' is invalid/);
});

test('export-corpus: a ConvoKit folder or zip, a TEI file, the Q&A CSV on standard output', async () => {
  const folder = join(dir, 'convokit');
  const run = await cliMain(['export-corpus', '--format', 'convokit', '--out', folder, '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /wrote 5 files to .*convokit \(2 conferences\)/);
  assert.deepEqual(readdirSync(folder).sort(), ['conversations.json', 'corpus.json', 'index.json', 'speakers.json', 'utterances.jsonl']);
  const utterances = readFileSync(join(folder, 'utterances.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(utterances.length, 18);
  assert.ok(utterances.every((u) => ['id', 'speaker', 'conversation_id', 'reply_to', 'timestamp', 'text', 'meta'].every((k) => k in u)));

  const zip = join(dir, 'out', 'corpus.zip');
  assert.equal((await cliMain(['export-corpus', '--format', 'convokit', '--out', zip, '--lang', 'en', '--db', db])).status, 0);
  assert.ok(Object.keys(unzipSync(readFileSync(zip))).includes('corpus/utterances.jsonl'));

  const tei = join(dir, 'corpus.xml');
  assert.equal((await cliMain(['export-corpus', '--format', 'tei', '--out', tei, '--db', db])).status, 0);
  assert.equal(XMLValidator.validate(readFileSync(tei, 'utf8')), true);

  const qa: string[][] = parse((await cliMain(['export-corpus', '--format', 'qa-csv', '--out', '-', '--db', db])).stdout);
  assert.equal(qa.length, 1 + 7);
});

test('export-corpus: refuses what it cannot do, writing nothing', async () => {
  await failsWith(['export-corpus', '--format', 'vtt', '--out', join(dir, 'subs')], /no selected conference has timed turns/);
  assert.equal(existsSync(join(dir, 'subs')), false);
  const full = join(dir, 'full');
  writeFileSync(join(dir, 'taken.txt'), 'x');
  await failsWith(['export-corpus', '--format', 'convokit', '--out', dir], /the folder is not empty/);
  await failsWith(['export-corpus', '--format', 'convokit', '--out', '-'], /makes a folder/);
  await failsWith(['export-corpus', '--format', 'pdf', '--out', full], /argument 'pdf' is invalid/);
  await failsWith(['export-corpus', '--format', 'tei', '--out', full, '--to', 'last week'], /^presser: to: /);
});
