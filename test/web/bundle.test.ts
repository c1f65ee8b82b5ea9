// The public live page must stay light for phones in a crowded hall: its script under 60 KB gzipped.
// The analytics page carries Chart.js (its core is most of the weight): under 80 KB gzipped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../scripts/build-web.mjs';
import { webAssets } from '../../src/http/assets.ts';

const LIVE_BUDGET = 60 * 1024;
const ANALYTICS_BUDGET = 80 * 1024;

function gzippedSize(name: string): number {
  const path = webAssets().url(name).replace('/assets/', '');
  return gzipSync(readFileSync(join(ROOT, 'web/dist', path)), { level: 9 }).length;
}

test('the live page script is under 60 KB gzipped', () => {
  const gzipped = gzippedSize('live.js');
  console.log(`live page script: ${gzipped} bytes gzipped`);
  assert.ok(gzipped < LIVE_BUDGET, `${gzipped} bytes`);
});

test('the analytics page script is under 80 KB gzipped', () => {
  const gzipped = gzippedSize('analytics.js');
  console.log(`analytics page script: ${gzipped} bytes gzipped`);
  assert.ok(gzipped < ANALYTICS_BUDGET, `${gzipped} bytes`);
});

test('every page script is built with a content hash', () => {
  for (const name of ['live', 'journalist', 'moderate', 'write', 'admin', 'analytics'])
    assert.match(webAssets().url(`${name}.js`), new RegExp(`^/assets/${name}-[A-Z0-9]{8}\\.js$`));
  assert.match(webAssets().url('site.css'), /^\/assets\/site-[A-Z0-9]{8}\.css$/);
});
