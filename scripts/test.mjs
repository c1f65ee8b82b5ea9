#!/usr/bin/env node
// The one test command (npm test, .ci/run): type-check, build (the CLI tests run dist/presser.js,
// the server serves web/dist), then every *.test.ts under src/ and test/ through node's own runner.
// Extra arguments narrow the run to files whose path contains them (and skip the type-check);
// --unit runs only the unit tier: tests beside the code in src/, no processes, no browser.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const unit = process.argv.includes('--unit');
const filters = process.argv.slice(2).filter((a) => a !== '--unit');

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (name.endsWith('.test.ts')) found.push(relative(root, path));
  }
  return found;
}

const files = (unit ? ['src'] : ['src', 'test'])
  .flatMap((dir) => findTests(join(root, dir)))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();

if (filters.length === 0 && !unit) {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
if (!unit) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=900000', ...files], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(run.status ?? 1);
