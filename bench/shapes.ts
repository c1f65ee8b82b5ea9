// Import speed on every published shape the importer reads (the letters are issue 10 item 1's
// shapes a–i), each from our own fixture or text (bench/shape-texts.ts): the document made into ~2 MB
// of distinct documents (numbers varied, so no two are one string), and long single documents that
// stress scaling: 100,000 and 500,000 one-line "Q:"/"A:" turns, and an operator-run call of 3,000
// exchanges; and the seed made into distinct transcripts (the 20 MB/s aim). Prints CPU time per MB
// and MB/s of CPU on one core per shape, best of four passes. With --before COMMIT, that commit's
// importer (bench/before-build.ts extracts it) is loaded beside this checkout's and the two take
// turns pass by pass on the same documents, so a busy machine slows both alike.
//   node --import tsx bench/shapes.ts [megabytes per shape] [--before COMMIT]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Importer from '../src/transcript/import.ts';
import { readSeed } from '../test/support/seed.ts';
import { checkoutOf } from './before-build.ts';
import { openingStatementText, unlabelledQuestionsHtml, unlabelledQuestionsText } from './shape-texts.ts';
import { seedVariants } from './seed-corpus.ts';

type Import = typeof Importer.importTranscript;

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const MB_PER_SHAPE = Number(process.argv[2]?.startsWith('--') ? 2 : (process.argv[2] ?? 2));
const before = option('--before');
const importers: Import[] = [((await import('../src/transcript/import.ts')) as typeof Importer).importTranscript];
if (before) {
  const path = join(checkoutOf(before), 'src/transcript/import.ts');
  importers.push(((await import(pathToFileURL(path).href)) as typeof Importer).importTranscript);
}
const fixture = (name: string) => readFileSync(new URL(`../src/transcript/fixtures/${name}`, import.meta.url), 'utf8');

// [issue 10 shape, what, the document: a fixture's file name or a text of bench/shape-texts.ts].
const SHAPES: [string, string, string | (() => string)][] = [
  ['a', 'questions unlabelled, answers "Surname:" (shape-texts.ts)', unlabelledQuestionsText],
  ['a', 'questions in bold, web page (shape-texts.ts)', unlabelledQuestionsHtml],
  ['b', 'Q. and THE PRESIDENT. (presidential-papers.txt)', 'presidential-papers.txt'],
  ['b', 'Q / capitals and colon (us-honorific.txt)', 'us-honorific.txt'],
  ['b', 'capitals and a period (caps-period.txt)', 'caps-period.txt'],
  ['c', 'colon labels, moderator (colon-labels.txt)', 'colon-labels.txt'],
  ['c', 'operator-run call, named hand-offs (operator-call.txt)', 'operator-call.txt'],
  ['c', 'telephone briefing, QUESTION: (telephone-gaggle.md)', 'telephone-gaggle.md'],
  ['d', 'joint availability, role labels (joint-availability.txt)', 'joint-availability.txt'],
  ['e', 'Chinese, outlets and 问/答 (chinese.txt)', 'chinese.txt'],
  ['e', 'Chinese numbered release (zh-numbered-release.txt)', 'zh-numbered-release.txt'],
  ['f', 'interpreted, two languages (interpreted.txt)', 'interpreted.txt'],
  ['f', 'bilingual, label twice (bilingual-briefing.txt)', 'bilingual-briefing.txt'],
  ['g', 'PDF text layer, running heads (pdftotext-caps-period.txt)', 'pdftotext-caps-period.txt'],
  ['h', 'site footers and notes (ministerial-footers.txt)', 'ministerial-footers.txt'],
  ['h', 'web page (web-page.html)', 'web-page.html'],
  ['i', 'unlabelled opening statement (shape-texts.ts)', openingStatementText],
  ['—', 'letterhead, principal runs the floor (letterhead-briefing.txt)', 'letterhead-briefing.txt'],
];
const textOf = (source: string | (() => string)) => (typeof source === 'string' ? fixture(source) : source());

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

/**
 * Best of `runs` passes over the documents for each importer, the importers taking turns pass by
 * pass: MB/s of CPU time (this process, one core), in the order of `importers`.
 */
function measure(docs: readonly Buffer[], runs = 4): { mbPerSecond: number[]; turns: number } {
  const bytes = docs.reduce((n, d) => n + d.length, 0);
  const best = importers.map(() => Infinity);
  let turns = 0;
  for (let r = 0; r < runs; r++) {
    // Each goes first in turn, as often as the other (an even number of passes): the first to run after
    // other work pays more of its garbage collection, a quarter more on some shapes.
    const order = r % 2 === 0 ? [...importers.keys()] : [...importers.keys()].reverse();
    for (const k of order) {
      const importTranscript = importers[k]!;
      turns = 0;
      const start = process.cpuUsage();
      for (const doc of docs) turns += importTranscript(doc).record.turns.length;
      const used = process.cpuUsage(start);
      best[k] = Math.min(best[k]!, (used.user + used.system) / 1e6);
    }
  }
  return { mbPerSecond: best.map((seconds) => bytes / 1024 / 1024 / seconds), turns };
}

const seedLike = seedVariants(readSeed(), MB_PER_SHAPE).map((doc) => Buffer.from(doc));
// Warm-up: the word list and the profiles load once; the JIT settles (it takes a thousand or so
// documents: the first seed-size transcripts parse two to three times slower than the later ones).
for (let pass = 0; pass < 3; pass++) {
  for (const importTranscript of importers) {
    for (const [, , source] of SHAPES) for (const doc of documentsOf(textOf(source), 0.1)) importTranscript(doc);
    for (const doc of seedLike.slice(0, 100)) importTranscript(doc);
  }
}

const rows: [string, string, number, number[]][] = [];
for (const [shape, what, source] of SHAPES) {
  const docs = documentsOf(textOf(source), MB_PER_SHAPE);
  const { mbPerSecond, turns } = measure(docs);
  rows.push([`${shape} | ${what}`, `${docs.length} documents`, turns, mbPerSecond]);
}
for (const [what, doc, runs] of [
  ['— | one-line Q:/A: turns, one document', oneLineTurns(100_000), 4],
  ['— | one-line Q:/A: turns, one document', oneLineTurns(500_000), 2],
  ['c | operator-run call, one long document', longCall(3_000), 4],
] as [string, Buffer, number][]) {
  const { mbPerSecond, turns } = measure([doc], runs);
  rows.push([what, `${(doc.length / 1024 / 1024).toFixed(1)} MB`, turns, mbPerSecond]);
}
const seedRun = measure(seedLike);
rows.push(['— | seed-like text (bench/seed-corpus.ts)', `${seedLike.length} documents`, seedRun.turns, seedRun.mbPerSecond]);

// CPU milliseconds per MB and MB/s of CPU (one core): the same figure two ways.
const cell = (mbs: number) => `${(1000 / mbs).toFixed(0)} | ${mbs.toFixed(1)}`;
console.log(
  before
    ? `| shape | document | input | turns | CPU ms/MB at ${before} | MB/s at ${before} | CPU ms/MB now | MB/s now |\n| --- | --- | --- | --- | ---: | ---: | ---: | ---: |`
    : '| shape | document | input | turns | CPU ms/MB | MB/s (CPU, one core) |\n| --- | --- | --- | --- | ---: | ---: |',
);
for (const [what, input, turns, [now, then]] of rows) {
  console.log(`| ${what} | ${input} | ${turns} |${then === undefined ? '' : ` ${cell(then)} |`} ${cell(now!)} |`);
}
