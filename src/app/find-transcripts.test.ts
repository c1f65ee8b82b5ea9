// What `presser import` takes: a folder, files and patterns, each file once, in the order found.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findTranscripts } from './find-transcripts.ts';

test('a file named again, or found again through its folder or a pattern, is taken once, in the order first found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'presser-find-'));
  mkdirSync(join(dir, 'sub'));
  for (const name of ['b.txt', 'a.md', 'sub/c.html', 'notes.pdf']) writeFileSync(join(dir, name), 'Q: Why?\n\nA: Because.\n');
  const b = join(dir, 'b.txt');
  const { files, missing } = await findTranscripts([b, dir, b, join(dir, '*.md'), join(dir, 'none.txt')]);
  assert.deepEqual(files, [b, join(dir, 'a.md'), join(dir, 'sub/c.html'), join(dir, 'none.txt')]);
  assert.deepEqual(missing, []);
});
