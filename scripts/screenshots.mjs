#!/usr/bin/env node
// npm run screenshots: refreshes docs/screenshots/ by running the browser tests that take them with
// PRESSER_SCREENSHOTS=1. `npm test` runs the same tests without writing any tracked file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['test/e2e/pages.test.ts', 'test/e2e/search-page.test.ts', 'test/e2e/analytics-page.test.ts', 'test/e2e/embed.test.ts'];
const run = spawnSync(process.execPath, [fileURLToPath(new URL('test.mjs', import.meta.url)), ...files], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, PRESSER_SCREENSHOTS: '1' },
});
process.exit(run.status ?? 1);
