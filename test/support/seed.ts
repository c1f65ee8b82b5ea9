// The seed transcripts live beside the checkout (../shared/seeds), never inside it, and only there:
// a test that needs one fails with that path when it is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_NAME = '000_8d9db46bc23e83da.txt';

/** <checkout>/../shared/seeds: this file is <checkout>/test/support/seed.ts. */
export const seedDir = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
export const wangYiSeedPath = join(seedDir, SEED_NAME);

export function readSeed(): string {
  if (!existsSync(wangYiSeedPath)) {
    throw new Error(`seed transcript missing at ${wangYiSeedPath}: keep shared/seeds beside the checkout`);
  }
  return readFileSync(wangYiSeedPath, 'utf8');
}

export function seedFiles(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(seedDir, f));
}
