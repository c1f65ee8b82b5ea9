// Throughput of parse + clean: ~30 MB of synthetic transcripts made from the seed — many
// conferences, each with its own names, numbers, outlets and dates so no two are one string —
// run through importTranscript one by one. Prints MB/s on one core.
//   node --import tsx bench/convert.ts [megabytes]
import { readSeed } from '../test/support/seed.ts';
import { importTranscript } from '../src/transcript/import.ts';
import { seedVariants } from './seed-corpus.ts';

const TARGET_MB = Number(process.argv[2] ?? 30);
const documents = seedVariants(readSeed(), TARGET_MB);
const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d), 0);
const encoded = documents.map((d) => Buffer.from(d));

// Warm-up: loads the word list and lets the JIT settle (about 60 functions were still being
// compiled on V8's background threads after 200 documents); not part of the timing.
for (const doc of encoded.slice(0, 1000)) importTranscript(doc);
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
console.log(
  `parse + clean: ${seconds.toFixed(2)} s wall, ${(mb / seconds).toFixed(1)} MB/s; ${cpuSeconds.toFixed(2)} s CPU, ${(mb / cpuSeconds).toFixed(1)} MB/s per core`,
);
