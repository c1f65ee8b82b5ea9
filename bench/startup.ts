// Start-up cost of the presser command, beside bare node in the same run: `presser --help` and
// `presser convert` of the seed transcript, run from the build (dist/presser.js, what `npm start`
// and the installed bin run) and from the sources through tsx (how presser ran before the build).
// Runs are interleaved so a busy machine slows every form alike; prints the median and the ratio
// to `node -e 0`. Needs `npm run build` first. With --before COMMIT, that commit's build runs in
// the same rounds (bench/before-build.ts builds it).
//   node --import tsx bench/startup.ts [runs] [--before COMMIT]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wangYiSeedPath } from '../test/support/seed.ts';
import { builtCli } from './before-build.ts';

const beforeAt = process.argv.indexOf('--before');
const before = beforeAt > 0 ? process.argv[beforeAt + 1] : undefined;
const RUNS = Number(process.argv[2]?.startsWith('--') ? 15 : (process.argv[2] ?? 15));
const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/presser.js`;
const sources = `${root}src/cli/bin.ts`;
if (!existsSync(built)) throw new Error('dist/presser.js is missing: run npm run build first');

const forms: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['presser --help (dist)', [built, '--help']],
  ['presser --help (tsx)', ['--import', 'tsx', sources, '--help']],
  ['presser convert seed (dist)', [built, 'convert', wangYiSeedPath]],
  ['presser convert seed (tsx)', ['--import', 'tsx', sources, 'convert', wangYiSeedPath]],
];
if (before) {
  const old = await builtCli(before);
  forms.splice(1, 0, [`presser --help (dist at ${before})`, [old, '--help']]);
  forms.splice(4, 0, [`presser convert seed (dist at ${before})`, [old, 'convert', wangYiSeedPath]]);
}

const times = new Map<string, number[]>(forms.map(([name]) => [name, []]));
for (let i = 0; i < RUNS + 1; i++) {
  for (const [name, args] of forms) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
    if (i > 0) times.get(name)!.push(ms); // the first round warms the file cache
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(times.get('node -e 0')!);
console.log(`${RUNS} runs each, interleaved; median wall time`);
console.log('| command | median ms | × node -e 0 |');
console.log('|---|---:|---:|');
for (const [name] of forms) {
  const m = median(times.get(name)!);
  console.log(`| ${name} | ${m.toFixed(0)} | ${(m / base).toFixed(2)} |`);
}
