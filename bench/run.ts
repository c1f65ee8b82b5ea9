// `npm run bench`: the import benchmarks (a minute or two); with --all also the live stream and
// search benchmarks, which take half an hour each on two cores and write docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const all = process.argv.includes('--all');
const runs: [string, string[]][] = [
  ['parse + clean', [here('convert.ts')]],
  ['parse + clean by shape', [here('shapes.ts')]],
  ['into SQLite', [here('store-import.ts')]],
  ...(all
    ? ([
        ['live stream (writes the Live stream section)', [here('sse/run.ts')]],
        ['search (writes the Search section)', [here('search/run.ts'), '--write']],
      ] as [string, string[]][])
    : []),
];

for (const [what, args] of runs) {
  console.log(`\n# ${what}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (!all) console.log('\nThe live stream and search benchmarks take longer: `npm run bench -- --all`, or see bench/README.md.');
