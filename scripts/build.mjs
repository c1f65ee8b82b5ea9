#!/usr/bin/env node
// Builds what the package runs, so that no presser command compiles anything at run time:
//   dist/      the server and CLI, bundled from src/ by esbuild into dist/presser.js (the bin) and
//              ESM chunks, so a command loads only what it imports; libraries stay imports of
//              node_modules, but for the few in BUNDLED;
//   web/dist/  the browser code (build-web.mjs).
// Types are checked separately (`npm run typecheck`, tsc --noEmit). Run by `npm ci` (prepare),
// `npm run build`, and by the test command before the tests.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildWeb, ROOT } from './build-web.mjs';

// Bundled into the chunks instead of imported from node_modules: kysely is some 400 small ES
// modules, which cost every database command ~0.2 s of CPU to load; bundled, ~15 ms. The slug
// libraries are small ES modules the importer always loads (each file read and resolved costs
// start-up time). CommonJS packages that require Node's built-ins (commander) stay external: an
// ESM bundle cannot require them.
const BUNDLED = new Set(['kysely', '@sindresorhus/slugify', '@sindresorhus/transliterate', 'escape-string-regexp']);

/** A bare import ("pkg", "@scope/pkg/sub", "node:fs") stays an import unless its package is in BUNDLED. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, kind }) => {
      if (kind === 'entry-point') return undefined;
      const name = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0];
      return BUNDLED.has(name) ? undefined : { path, external: true };
    });
  },
};

export async function buildServer(root = ROOT, { quiet = false } = {}) {
  const outdir = join(root, 'dist');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    // parse-worker: the worker threads of a bulk import (src/app/parse-pool.ts finds it at dist/).
    entryPoints: { presser: join(root, 'src/cli/bin.ts'), 'parse-worker': join(root, 'src/app/parse-worker.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20.10',
    format: 'esm',
    plugins: [externalPackages],
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: quiet ? 'silent' : 'warning',
  });
  // The shipped publisher profiles are read at run time (src/transcript/profiles/profile.ts).
  cpSync(join(root, 'src/transcript/profiles'), join(outdir, 'profiles'), { recursive: true, filter: (f) => !/\.ts$/.test(f) });
  await writeShippedProfiles(root, outdir);
  if (!quiet) console.error('presser: built the server and CLI into dist');
}

/**
 * dist/profiles/shipped.json: the shipped profiles validated here, once, by the sources' own
 * code (profile.ts bundled for the occasion), so that the built CLI reads them as JSON without
 * loading YAML and zod (~0.1 s of CPU per command, and per worker thread of a bulk import).
 */
async function writeShippedProfiles(root, outdir) {
  const reader = join(outdir, '.profiles-reader.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/transcript/profiles/profile.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20.10',
    format: 'esm',
    plugins: [externalPackages],
    outfile: reader,
    logLevel: 'silent',
  });
  try {
    const { shippedSpecs, SHIPPED_JSON } = await import(pathToFileURL(reader).href);
    const specs = shippedSpecs(pathToFileURL(join(root, 'src/transcript/profiles/')));
    writeFileSync(join(outdir, 'profiles', SHIPPED_JSON), JSON.stringify(specs));
  } finally {
    rmSync(reader, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildServer();
  buildWeb();
}
