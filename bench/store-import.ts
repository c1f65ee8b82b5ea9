// Turns per second into SQLite: the synthetic corpus made from the seed is parsed once, then stored
// record by record through the store (one transaction per transcript, as `presser import` does).
//   node --import tsx bench/store-import.ts [megabytes]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from '../src/app/content-hash.ts';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import { importTranscript } from '../src/transcript/import.ts';
import { readSeed } from '../test/support/seed.ts';
import { seedVariants } from './seed-corpus.ts';

const megabytes = Number(process.argv[2] ?? 30);
const records = seedVariants(readSeed(), megabytes).map((doc) => importTranscript(doc).record);
const turns = records.reduce((n, r) => n + r.turns.length, 0);
const dir = mkdtempSync(join(tmpdir(), 'presser-bench-'));
const store = await openSqliteStore(join(dir, 'bench.db'));
const start = performance.now();
const cpuStart = process.cpuUsage();
for (const record of records) await store.conferences.saveRecord(record, { contentHash: contentHash(record) }, new Date().toISOString());
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const size = ['bench.db', 'bench.db-wal'].reduce((n, f) => n + (statSync(join(dir, f), { throwIfNoEntry: false })?.size ?? 0), 0);
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log(`${records.length} transcripts, ${turns} turns stored in ${seconds.toFixed(2)} s wall (${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU)`);
console.log(
  `into SQLite: ${Math.round(turns / seconds)} turns/s, ${Math.round(records.length / seconds)} transcripts/s (one transaction each, synchronous=FULL); database ${(size / 1048576).toFixed(1)} MB`,
);
