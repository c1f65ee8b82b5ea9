// Import speed on every published shape the importer reads, each from our own fixture: the
// fixture made into ~2 MB of distinct documents (numbers varied, so no two are one string), and
// two long single documents that stress scaling: 100,000 one-line "Q:"/"A:" turns, and an
// operator-run call of 3,000 exchanges; and the seed made into distinct transcripts (the 20 MB/s
// aim). Prints MB/s of CPU on one core per shape. With --before COMMIT, that commit's importer reads
// the same documents first, in a child process (bench/before-build.ts extracts it), and the table
// has both.
//   node --import tsx bench/shapes.ts [megabytes per shape] [--before COMMIT]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Importer from '../src/transcript/import.ts';
import { readSeed } from '../test/support/seed.ts';
import { checkoutOf } from './before-build.ts';
import { seedVariants } from './seed-corpus.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const MB_PER_SHAPE = Number(process.argv[2]?.startsWith('--') ? 2 : (process.argv[2] ?? 2));
const before = option('--before');
// --importer (internal, for --before): the importer module to measure instead of this checkout's.
const importerPath = option('--importer');
const { importTranscript } = (await import(importerPath ? pathToFileURL(importerPath).href : '../src/transcript/import.ts')) as typeof Importer;
const fixture = (name: string) => readFileSync(new URL(`../src/transcript/fixtures/${name}`, import.meta.url), 'utf8');

const SHAPES: [string, string][] = [
  ['colon labels, moderator (colon-labels.txt)', 'colon-labels.txt'],
  ['Q / capitals and colon (us-honorific.txt)', 'us-honorific.txt'],
  ['capitals and a period (caps-period.txt)', 'caps-period.txt'],
  ['PDF text layer, running heads (pdftotext-caps-period.txt)', 'pdftotext-caps-period.txt'],
  ['Chinese, outlets and 问/答 (chinese.txt)', 'chinese.txt'],
  ['interpreted, two languages (interpreted.txt)', 'interpreted.txt'],
  ['letterhead, principal runs the floor (letterhead-briefing.txt)', 'letterhead-briefing.txt'],
  ['operator-run call, named hand-offs (operator-call.txt)', 'operator-call.txt'],
  ['joint availability, role labels (joint-availability.txt)', 'joint-availability.txt'],
  ['web page (web-page.html)', 'web-page.html'],
];

/** The text with every number shifted by n: a distinct document of the same shape. */
function variant(text: string, n: number): string {
  return text.replace(/\b\d{1,3}\b/g, (d) => String((Number(d) + n) % 997));
}

function documentsOf(text: string, megabytes: number): Buffer[] {
  const docs: Buffer[] = [];
  let bytes = 0;
  for (let n = 0; bytes < megabytes * 1024 * 1024; n++) {
    const doc = Buffer.from(variant(text, n));
    docs.push(doc);
    bytes += doc.length;
  }
  return docs;
}

function oneLineTurns(lines: number): Buffer {
  let text = 'Harbour Board Questions and Answers\n\n';
  for (let i = 0; i < lines; i++) text += i % 2 === 0 ? `Q: Why ${i}?\n` : `A: Yes, ${i}.\n`;
  return Buffer.from(text);
}

function longCall(exchanges: number): Buffer {
  const parts = [
    'Larkspur Mills Results Call\n',
    'Operator: Good day, and welcome to the call.\n',
    'Tobias Renner: Thank you. It was a steady quarter, and we will add a fourth line at the river plant.\n',
  ];
  for (let i = 0; i < exchanges; i++) {
    parts.push(`Operator: Our next question comes from Analyst${i % 50} Person with Firm${i % 30} Capital.\n`);
    parts.push(`Analyst${i % 50} Person: Tobias, what will line ${i} cost, and when will it run?\n`);
    parts.push(`Tobias Renner: About ${i % 90} million, and it should run by the autumn of next year, once the permits are in.\n`);
  }
  return Buffer.from(parts.join('\n'));
}

/** Best of `runs` passes over the documents: MB/s of CPU time (this process, one core). */
function measure(docs: readonly Buffer[], runs = 3): { mbPerSecond: number; turns: number } {
  const bytes = docs.reduce((n, d) => n + d.length, 0);
  let best = Infinity;
  let turns = 0;
  for (let r = 0; r < runs; r++) {
    turns = 0;
    const start = process.cpuUsage();
    for (const doc of docs) turns += importTranscript(doc).record.turns.length;
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { mbPerSecond: bytes / 1024 / 1024 / best, turns };
}

// Warm-up: the word list and the profiles load once; the JIT settles.
for (const [, file] of SHAPES) for (const doc of documentsOf(fixture(file), 0.2)) importTranscript(doc);

const rows: [string, string, number, number][] = [];
for (const [what, file] of SHAPES) {
  const docs = documentsOf(fixture(file), MB_PER_SHAPE);
  const { mbPerSecond, turns } = measure(docs);
  rows.push([what, `${docs.length} documents`, turns, mbPerSecond]);
}
for (const [what, doc] of [
  ['one-line Q:/A: turns, one document', oneLineTurns(100_000)],
  ['operator-run call, one long document', longCall(3_000)],
] as [string, Buffer][]) {
  const { mbPerSecond, turns } = measure([doc]);
  rows.push([what, `${(doc.length / 1024 / 1024).toFixed(1)} MB`, turns, mbPerSecond]);
}
const seedLike = seedVariants(readSeed(), MB_PER_SHAPE).map((doc) => Buffer.from(doc));
const seedRun = measure(seedLike);
rows.push(['seed-like text (bench/seed-corpus.ts)', `${seedLike.length} documents`, seedRun.turns, seedRun.mbPerSecond]);

if (importerPath) console.log(JSON.stringify(rows));
else {
  const beforeRows = new Map<string, number>();
  if (before) {
    const script = fileURLToPath(import.meta.url);
    const importer = join(checkoutOf(before), 'src/transcript/import.ts');
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, String(MB_PER_SHAPE), '--importer', importer], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`the importer at ${before} failed: ${child.stderr.slice(-1000)}`);
    for (const [what, , , mbs] of JSON.parse(child.stdout.trim().split('\n').pop()!) as typeof rows) beforeRows.set(what, mbs);
  }
  const head = before
    ? `| shape | input | turns | MB/s at ${before} | MB/s now |\n| --- | --- | --- | --- | --- |`
    : '| shape | input | turns | MB/s (CPU, one core) |\n| --- | --- | --- | --- |';
  console.log(head);
  for (const [what, input, turns, mbs] of rows) {
    const old = beforeRows.get(what);
    console.log(`| ${what} | ${input} | ${turns} |${before ? ` ${old === undefined ? '—' : old.toFixed(1)} |` : ''} ${mbs.toFixed(1)} |`);
  }
}
