// The browser's files: web/dist as the build wrote it (`npm run build`; the server never builds),
// plus the record stylesheet shared with the HTML export. Held in memory with a gzip copy, served
// under content-hashed names with a year-long cache.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { packageFile } from '../app/package-files.ts';
import { RECORD_CSS } from '../transcript/export/html.tsx';

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}

export interface Assets {
  /** The address of a logical asset: "live.js" → "/assets/live-HASH.js". */
  url(name: string): string;
  get(file: string): Asset | undefined;
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', map: 'application/json' };

function asset(body: Buffer, file: string): Asset {
  return { body, gzipped: gzipSync(body, { level: 9 }), type: TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' };
}

/** web/dist/manifest.json: logical names ("live.js") to built files ("live-HASH.js"). */
interface WebManifest {
  files: Record<string, string>;
}

function readManifest(): WebManifest {
  const path = packageFile('web', 'dist', 'manifest.json');
  if (!existsSync(path)) throw new Error(`presser: the web assets are not built (${path} is missing): run npm run build`);
  return JSON.parse(readFileSync(path, 'utf8')) as WebManifest;
}

export function loadAssets(): Assets {
  const manifest = readManifest();
  const byFile = new Map<string, Asset>();
  const names = new Map<string, string>();
  for (const [logical, file] of Object.entries(manifest.files)) {
    byFile.set(file, asset(readFileSync(packageFile('web', 'dist', file)), file));
    names.set(logical, file);
  }
  const recordCss = Buffer.from(RECORD_CSS);
  const recordFile = `record-${createHash('sha256').update(recordCss).digest('hex').slice(0, 10)}.css`;
  byFile.set(recordFile, asset(recordCss, recordFile));
  names.set('record.css', recordFile);
  return {
    url(name) {
      const file = names.get(name);
      if (!file) throw new Error(`no web asset "${name}": is it an entry in scripts/build-web.mjs?`);
      return `/assets/${file}`;
    },
    get: (file) => byFile.get(file),
  };
}

let loaded: Assets | null = null;
/** One set per process: every server in it serves the same files. */
export function webAssets(): Assets {
  loaded ??= loadAssets();
  return loaded;
}

/** The site's icon: a speech mark on the accent blue, readable at 16 px. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57d0"/><path d="M8 9h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8l-5 4v-4H8a2 2 0 0 1-2-2v-9a2 2 0 0 1 2-2z" fill="#fff"/><rect x="10" y="13" width="12" height="2" fill="#0b57d0"/><rect x="10" y="17" width="8" height="2" fill="#0b57d0"/></svg>`;

export function assetRoutes(app: Hono<any>, assets: Assets): void {
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, (c) =>
      c.body(FAVICON_SVG, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' }),
    );
  }
  app.get('/assets/:file', (c) => {
    const found = assets.get(c.req.param('file'));
    if (!found) return c.text('no such asset', 404);
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const headers: Record<string, string> = {
      'content-type': found.type,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    };
    return c.body(new Uint8Array(gzip ? found.gzipped : found.body), 200, headers);
  });
}
