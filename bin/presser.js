#!/usr/bin/env node
// presser runs its TypeScript directly through tsx: one source of truth, no stale build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
