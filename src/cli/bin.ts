#!/usr/bin/env node
// The presser command. Bundled by scripts/build.mjs into dist/presser.js (the package's bin);
// `npm run dev` runs this source under tsx watch.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
