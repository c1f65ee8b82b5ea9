// Throughput of parse + clean: ~30 MB of synthetic transcripts made from the seed — many
// conferences, each with its own names, numbers, outlets and dates so no two are one string —
// run through importTranscript one by one. Prints MB/s on one core.
//   node --import tsx bench/convert.ts [megabytes]
import { readSeed } from '../test/support/seed.ts';
import { importTranscript } from '../src/transcript/import.ts';

const TARGET_MB = Number(process.argv[2] ?? 30);
const FIRST_NAMES = ['Wang', 'Lena', 'Ilario', 'Marta', 'Tomas', 'Aiko', 'Kwame', 'Sofia', 'Ravi', 'Noor'];
const LAST_NAMES = ['Yi', 'Ferreiro', 'Venn', 'Okafor', 'Lindqvist', 'Sato', 'Mensah', 'Petrova', 'Iyer', 'Haddad'];
const OUTLETS = ['Harbor Daily', 'Northern Television', 'Coastal Times', 'Meridian Radio', 'Kestrel News Agency', 'Vostok Panorama', 'Pacific Herald'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** One conference: the seed with the principal, outlets, numbers and date changed. */
function variant(seed: string, n: number): string {
  const principal = `${pick(FIRST_NAMES, n)} ${pick(LAST_NAMES, n * 7 + 3)}`;
  const outlets = [pick(OUTLETS, n), pick(OUTLETS, n + 2), pick(OUTLETS, n + 4)];
  let text = seed
    .replaceAll('Wang Yi', principal)
    .replace('China Central Television:', `${outlets[0]}:`)
    .replace('Rossiya Segodnya:', `${outlets[1]}:`)
    .replace('People’s Daily:', `${outlets[2]}:`)
    .replace('March 7, 2024', `${pick(MONTHS, n)} ${1 + (n % 28)}, ${2000 + (n % 40)}`)
    .replace(/\b\d{2,3}\b/g, (d) => String((Number(d) + n) % 997));
  if (n % 3 === 0) text = text.replaceAll('\n\n', '\n\n\f');
  return text;
}

const seed = readSeed();
const documents: string[] = [];
let bytes = 0;
for (let n = 0; bytes < TARGET_MB * 1024 * 1024; n++) {
  const doc = variant(seed, n);
  documents.push(doc);
  bytes += Buffer.byteLength(doc);
}
const encoded = documents.map((d) => Buffer.from(d));

// Warm-up: loads the word list and lets the JIT settle; not part of the timing.
for (const doc of encoded.slice(0, 200)) importTranscript(doc);
const start = performance.now();
const cpuStart = process.cpuUsage();
let turns = 0;
let changes = 0;
for (const doc of encoded) {
  const { record, report } = importTranscript(doc);
  turns += record.turns.length;
  changes += report.length;
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = bytes / 1024 / 1024;
console.log(`${documents.length} transcripts, ${mb.toFixed(1)} MB, ${turns} turns, ${changes} cleanup changes`);
// Wall time suffers when other jobs share the machine; CPU time is this process's own work.
console.log(`parse + clean: ${seconds.toFixed(2)} s wall, ${(mb / seconds).toFixed(1)} MB/s; ${cpuSeconds.toFixed(2)} s CPU, ${(mb / cpuSeconds).toFixed(1)} MB/s per core`);
