// Import speed on the real corpus: every document of the manifest found in DIR, imported
// in-process as `presser convert` does, CPU time (user + system) per document, best of five after
// every document has been imported five times (so the code is compiled for all shapes, as in a
// bulk import). The fixtures of bench/shapes.ts are 0.4–1.7 KB, where a document's fixed costs
// weigh; these are real documents at their real size. Prints MB/s of one core per format and
// language, and every document below the aim.
//
//   node --import tsx bench/corpus/speed.ts DIR [--aim MB/s (10)] [--src OTHER/src]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Manifest } from './schema.ts';

type Importer = (input: Uint8Array, options: { fileName?: string }) => unknown;

const WARM_ROUNDS = 5;
const TIMED_ROUNDS = 5;

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { aim: { type: 'string', default: '10' }, src: { type: 'string' } } });
const dir = positionals[0];
if (!dir || !existsSync(dir)) {
  console.error('usage: node --import tsx bench/corpus/speed.ts DIR [--aim MB/s] [--src OTHER/src]  (DIR: the folder of corpus texts)');
  process.exit(2);
}
const aim = Number(values.aim);
const srcRoot = values.src ? resolve(values.src) : resolve(here, '../../src');
const { importTranscript } = (await import(pathToFileURL(join(srcRoot, 'transcript/import.ts')).href)) as { importTranscript: Importer };
const manifest = Manifest.parse(JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8')));

const documents = manifest.documents.flatMap((entry) => {
  const file = join(dir, entry.file);
  return existsSync(file) ? [{ entry, bytes: readFileSync(file) }] : [];
});
for (let round = 0; round < WARM_ROUNDS; round++) for (const { entry, bytes } of documents) importTranscript(bytes, { fileName: entry.file });

/** Best CPU microseconds of a few imports of one document. */
function cpuOf(bytes: Buffer, fileName: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    const start = process.cpuUsage();
    importTranscript(bytes, { fileName });
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

const groups = new Map<string, { documents: number; bytes: number; micros: number }>();
const slow: string[] = [];
let totalBytes = 0;
let totalMicros = 0;
for (const { entry, bytes } of documents) {
  const micros = cpuOf(bytes, entry.file);
  const key = `${entry.shape}, ${entry.language}`;
  const group = groups.get(key) ?? { documents: 0, bytes: 0, micros: 0 };
  group.documents++;
  group.bytes += bytes.length;
  group.micros += micros;
  groups.set(key, group);
  totalBytes += bytes.length;
  totalMicros += micros;
  // Bytes per microsecond is MB/s.
  const rate = bytes.length / micros;
  if (rate < aim)
    slow.push(`| ${entry.id} | ${entry.shape}, ${entry.language} | ${(bytes.length / 1024).toFixed(1)} | ${(micros / 1000).toFixed(2)} | ${rate.toFixed(1)} |`);
}

console.log(`${documents.length} documents of ${dir}, ${(totalBytes / 1048576).toFixed(2)} MB, best of ${TIMED_ROUNDS} after ${WARM_ROUNDS} rounds over all\n`);
console.log('| format, language | documents | average KB | MB/s (one core) |');
console.log('|---|---:|---:|---:|');
for (const [key, g] of [...groups].sort()) {
  console.log(`| ${key} | ${g.documents} | ${(g.bytes / g.documents / 1024).toFixed(1)} | ${(g.bytes / g.micros).toFixed(1)} |`);
}
console.log(`| all | ${documents.length} | ${(totalBytes / documents.length / 1024).toFixed(1)} | ${(totalBytes / totalMicros).toFixed(1)} |`);
console.log(`\n${slow.length} of ${documents.length} documents below ${aim} MB/s${slow.length ? ':' : ''}`);
if (slow.length) {
  console.log('\n| document | format, language | KB | CPU ms | MB/s |\n|---|---|---:|---:|---:|');
  for (const line of slow) console.log(line);
}
