// The parse side of a bulk import, per file: seed-size transcripts written to a temporary folder
// (outside the repository) are read and parsed by the build's parse worker (dist/parse-worker.js,
// as `presser import DIR` runs it on a worker thread), in a fresh process each time so that
// everything a worker pays once counts: its start, loading the importer, the profiles and the word
// list, the JIT warming up. Reported: CPU per file of the whole process (all threads: the worker
// reads, parses and hashes; the main thread posts the files and receives the records) and wall
// time. With --before COMMIT, that commit's build parses the same files, the forms taking turns.
//   npm run build && node --import tsx bench/parse-files.ts [megabytes] [--before COMMIT] [--runs N]
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSeed } from '../test/support/seed.ts';
import { builtCli } from './before-build.ts';
import { writeSeedFolder } from './seed-corpus.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const megabytes = Number(process.argv[2]?.startsWith('--') ? 5 : (process.argv[2] ?? 5));
const before = option('--before');
const runs = Number(option('--runs') ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));

const { work, files, mb } = writeSeedFolder(readSeed(), megabytes, 'presser-parse-');
writeFileSync(join(work, 'files.json'), JSON.stringify(files));

// The child: one worker of the build, every file sent to it (parse-pool.ts keeps 256 ahead; all at
// once changes nothing for one worker), the records received in the main thread.
const CHILD = `
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const [workerFile, list] = process.argv.slice(1);
const files = JSON.parse(readFileSync(list, 'utf8'));
const wall = performance.now();
const cpu = process.cpuUsage();
const worker = new Worker(workerFile, { execArgv: [] });
let left = files.length, failed = 0;
await new Promise((resolve, reject) => {
  worker.on('error', reject);
  worker.on('message', (parsed) => { if (parsed.status !== 'parsed') failed++; if (--left === 0) resolve(); });
  files.forEach((file, id) => worker.postMessage({ id, file, options: {}, draft: false }));
});
const used = process.cpuUsage(cpu);
await worker.terminate();
console.log(JSON.stringify({ cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000, failed }));
`;

function parseAll(workerFile: string): { cpu: number; wall: number } {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, workerFile, join(work, 'files.json')], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${workerFile}: ${child.stderr.slice(-800)}`);
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as { cpu: number; wall: number; failed: number };
  if (result.failed > 0) throw new Error(`${workerFile}: ${result.failed} files not parsed`);
  return result;
}

try {
  const forms: [string, string][] = [['dist (this checkout)', join(root, 'dist/parse-worker.js')]];
  if (before) forms.push([`dist at ${before}`, join(dirname(await builtCli(before)), 'parse-worker.js')]);
  const results = new Map<string, { cpu: number; wall: number }[]>(forms.map(([name]) => [name, []]));
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? forms : [...forms].reverse();
    for (const [name, workerFile] of order) results.get(name)!.push(parseAll(pathToFileURL(workerFile).pathname));
  }
  console.log(`${files.length} transcripts of seed size, ${mb.toFixed(1)} MB; median of ${runs} fresh processes each\n`);
  console.log('| form | CPU ms per file | CPU s | wall s | MB per CPU s |\n| --- | ---: | ---: | ---: | ---: |');
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const [name] of forms.reverse()) {
    const cpu = median(results.get(name)!.map((r) => r.cpu));
    const wall = median(results.get(name)!.map((r) => r.wall));
    console.log(`| ${name} | ${((cpu * 1000) / files.length).toFixed(2)} | ${cpu.toFixed(2)} | ${wall.toFixed(2)} | ${(mb / cpu).toFixed(1)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
