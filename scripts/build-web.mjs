#!/usr/bin/env node
// Bundles the browser code under web/ into web/dist/ with esbuild: one script per page and the
// site stylesheet, each named by its content hash, and web/dist/manifest.json mapping
// "live.js" → "live-HASH.js". Run by scripts/build.mjs (`npm ci` through prepare, `npm run build`,
// the test command) and `npm run build:web`; never by the server.
//
// Several processes may build at once (parallel test files): every file is written under a temporary
// name and renamed into place, and the manifest last, so a reader never sees half a build.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Entry points by output name. */
export const ENTRIES = {
  live: 'web/live/main.ts',
  journalist: 'web/journalist/main.tsx',
  moderate: 'web/moderate/main.tsx',
  write: 'web/write/main.tsx',
  admin: 'web/admin/main.tsx',
  analytics: 'web/analytics/main.ts',
  times: 'web/times/main.ts',
  forms: 'web/forms/main.ts',
  site: 'web/styles/site.css',
};

const MANIFEST = 'manifest.json';

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else yield path;
  }
}

/** True when web/dist has no manifest, or a source of the last build (or anything under web/) changed since. */
export function webIsStale(root = ROOT) {
  const manifestPath = join(root, 'web/dist', MANIFEST);
  if (!existsSync(manifestPath)) return true;
  const builtAt = statSync(manifestPath).mtimeMs;
  let inputs = [];
  try {
    inputs = JSON.parse(readFileSync(manifestPath, 'utf8')).inputs ?? [];
  } catch {
    return true;
  }
  const watched = [...sourceFiles(join(root, 'web')), ...inputs.map((p) => join(root, p)), join(root, 'scripts/build-web.mjs')];
  return watched.some((file) => !existsSync(file) || statSync(file).mtimeMs > builtAt);
}

function writeAtomically(path, contents) {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/** Builds every entry; returns the manifest. */
export function buildWeb(root = ROOT, { quiet = false } = {}) {
  // Loaded here, not at the top: webIsStale() alone needs no bundler.
  const { buildSync } = createRequire(import.meta.url)('esbuild');
  const outdir = join(root, 'web/dist');
  mkdirSync(outdir, { recursive: true });
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    entryNames: '[name]-[hash]',
    outdir,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: quiet ? 'silent' : 'warning',
  });
  const files = {};
  for (const file of result.outputFiles) {
    const name = basename(file.path);
    writeAtomically(file.path, file.contents);
    const logical = name.replace(/-[A-Z0-9]{8}(\.\w+)$/, '$1');
    files[logical] = name;
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules'))
    .map((p) => relative(root, join(root, p)));
  const manifest = { files, inputs };
  writeAtomically(join(outdir, MANIFEST), JSON.stringify(manifest, null, 2));
  pruneOldFiles(outdir, new Set(Object.values(files)));
  if (!quiet) console.error(`presser: built ${Object.keys(files).length} web assets into web/dist`);
  return manifest;
}

/** Removes outputs of earlier builds, leaving recent ones a server that started a moment ago may still read. */
function pruneOldFiles(outdir, keep) {
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(outdir)) {
    if (name === MANIFEST || keep.has(name)) continue;
    const path = join(outdir, name);
    try {
      if (statSync(path).mtimeMs < hourAgo) unlinkSync(path);
    } catch {
      // Another build removed it first.
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildWeb();
}
