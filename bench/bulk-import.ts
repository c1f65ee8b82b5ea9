// Bulk import, before and after in one run: distinct transcripts made from the seed are written to
// a temporary folder (outside the repository), then imported into a fresh SQLite database
//   - by importFiles in this process (many files per transaction, parsed on worker threads),
//   - by the real command, `node dist/presser.js import DIR` (start-up, progress bar and all),
//   - the store alone: the records parsed once, then stored by saveRecords in batches.
// Reported: transcripts/s and MB/s of transcript text, end to end from the files on disk, wall and
// CPU time, and the machine's load average before and after.
// With --before COMMIT, that commit's build imports the same folder too, and that commit's store
// (its sources, through tsx) stores the same records (bench/before-build.ts).
//   node --import tsx bench/bulk-import.ts [megabytes] [--before COMMIT] [--rounds N (3)]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentHash } from '../src/app/content-hash.ts';
import { systemClock } from '../src/app/context.ts';
import { BATCH_RECORDS, importFiles } from '../src/app/import-file.ts';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import { importTranscript } from '../src/transcript/import.ts';
import { readSeed } from '../test/support/seed.ts';
import { builtCli, checkoutOf } from './before-build.ts';
import { writeSeedFolder } from './seed-corpus.ts';

const beforeAt = process.argv.indexOf('--before');
const before = beforeAt > 0 ? process.argv[beforeAt + 1] : undefined;
const megabytes = Number(process.argv[2]?.startsWith('--') ? 10 : (process.argv[2] ?? 10));
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 3;
const root = fileURLToPath(new URL('..', import.meta.url));
const { work, folder, documents, files, mb } = writeSeedFolder(readSeed(), megabytes, 'presser-bulk-');
console.log(`${files.length} transcripts, ${mb.toFixed(1)} MB (seed size ${((mb * 1024) / files.length).toFixed(1)} KB each), in ${folder}`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log(`load average (1, 5, 15 min) at the start: ${load()}`);

// Wall time and CPU time (user + system, this process and its children): the machine is shared,
// so wall time counts other processes' work too; CPU time is what presser itself spent. Each form
// runs in each of `rounds` rounds (the forms interleaved, so a busy spell hits all alike); the
// best wall time and the best CPU time of the rounds are reported.
const rows = new Map<string, { wall: number; cpu: number }>();
function cpuSeconds(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6;
}
let childCpu = 0;
let round = 0;
async function timed(name: string, run: (db: string) => Promise<void> | void): Promise<void> {
  const db = join(work, `${name.replace(/\W+/g, '-')}-${round}.db`);
  const start = performance.now();
  const cpuStart = cpuSeconds();
  childCpu = 0;
  await run(db);
  const wall = (performance.now() - start) / 1000;
  const cpu = cpuSeconds() - cpuStart + childCpu;
  const best = rows.get(name);
  rows.set(name, { wall: Math.min(wall, best?.wall ?? wall), cpu: Math.min(cpu, best?.cpu ?? cpu) });
}

/** importFiles in this process: many files per transaction, parsed on worker threads. */
async function inProcess(db: string): Promise<void> {
  const store = await openSqliteStore(db);
  const results = await importFiles({ store, clock: systemClock }, files);
  if (results.some((r) => r.status !== 'created')) throw new Error('a file was not created');
  await store.close();
}

/** The real command, start-up, workers, progress bar and all. */
function presserImport(bin: string) {
  return (db: string) => {
    // GNU time (Debian's `time` package) reports the command's own CPU seconds (its threads and workers) on its last line.
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, bin, 'import', folder, '--db', db], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`presser import failed: ${run.stderr.slice(-500)}`);
    const [user, system] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    childCpu = user! + system!;
  };
}

// The store alone: the records parsed once, then stored by saveRecords in batches.
const records = documents.map((doc) => importTranscript(doc).record);
/** The records stored by a store opened by `open` (this checkout's, or the commit's); opening is not timed. */
async function storeAlone(name: string, open: typeof openSqliteStore): Promise<void> {
  const store = await open(join(work, `${name.replace(/\W+/g, '-')}-${round}-store.db`));
  await timed(name, async () => {
    for (let i = 0; i < records.length; i += BATCH_RECORDS) {
      const batch = records.slice(i, i + BATCH_RECORDS).map((record) => ({ record, options: { contentHash: contentHash(record) } }));
      const results = await store.conferences.saveRecords(batch, new Date().toISOString());
      if (results.some((r) => r.status !== 'created')) throw new Error('a record was not created');
    }
  });
  await store.close();
}

const beforeCli = before ? await builtCli(before) : null;
const openBefore = before
  ? ((await import(pathToFileURL(join(checkoutOf(before), 'src/store/sqlite/open.ts')).href)) as { openSqliteStore: typeof openSqliteStore }).openSqliteStore
  : null;
for (round = 1; round <= rounds; round++) {
  await timed(`files → SQLite, ${BATCH_RECORDS} files per transaction, parsed on worker threads (importFiles in this process)`, inProcess);
  if (beforeCli) await timed(`presser import DIR (dist at ${before}, whole command)`, presserImport(beforeCli));
  await timed('presser import DIR (dist, whole command)', presserImport(join(root, 'dist/presser.js')));
  if (openBefore) await storeAlone(`records → SQLite, saveRecords of ${BATCH_RECORDS} (store at ${before})`, openBefore);
  await storeAlone(`records → SQLite, saveRecords of ${BATCH_RECORDS} (store now)`, openSqliteStore);
}
rmSync(work, { recursive: true, force: true });

console.log(`load average (1, 5, 15 min) at the end: ${load()}`);
const rate = (seconds: number) => `${Math.round(files.length / seconds).toLocaleString('en')} | ${(mb / seconds).toFixed(1)}`;
console.log(`best of ${rounds} rounds:`);
console.log('| run | wall s | transcripts/s | MB/s | CPU s | transcripts per CPU s | MB per CPU s |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, { wall, cpu }] of rows) console.log(`| ${name} | ${wall.toFixed(2)} | ${rate(wall)} | ${cpu.toFixed(2)} | ${rate(cpu)} |`);
