// Import speed on every published shape the importer reads, each from our own fixture: the
// fixture made into ~2 MB of distinct documents (numbers varied, so no two are one string), and
// two long single documents that stress scaling: 100,000 one-line "Q:"/"A:" turns, and an
// operator-run call of 3,000 exchanges. Prints MB/s of CPU on one core per shape.
//   node --import tsx bench/shapes.ts [megabytes per shape]
import { readFileSync } from 'node:fs';
import { importTranscript } from '../src/transcript/import.ts';

const MB_PER_SHAPE = Number(process.argv[2] ?? 2);
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
console.log('| shape | input | turns | MB/s (CPU, one core) |\n| --- | --- | --- | --- |');
for (const [what, input, turns, mbs] of rows) console.log(`| ${what} | ${input} | ${turns} | ${mbs.toFixed(1)} |`);
