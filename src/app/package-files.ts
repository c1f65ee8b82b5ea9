// Files shipped with the package (samples/, web/dist/), found from this module whether it runs from
// src/ (development, tests) or from the bundle in dist/: the nearest folder above with package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`presser: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot();

export function packageFile(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
