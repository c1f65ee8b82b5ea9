// The seed transcripts live beside the repository (../shared/seeds), never inside it.
// A clean clone elsewhere (CI in a temporary folder) finds them through PRESSER_SEED_DIR,
// any ancestor's shared/seeds, or the workplace's /work/shared/seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_NAME = '000_8d9db46bc23e83da.txt';

function locateSeedDir(): string {
  const candidates: string[] = [];
  if (process.env.PRESSER_SEED_DIR) candidates.push(process.env.PRESSER_SEED_DIR);
  let dir = fileURLToPath(new URL('../..', import.meta.url));
  for (;;) {
    const parent = dirname(dir);
    candidates.push(join(parent, 'shared', 'seeds'));
    if (parent === dir) break;
    dir = parent;
  }
  candidates.push('/work/shared/seeds');
  return candidates.find((c) => existsSync(join(c, SEED_NAME))) ?? candidates[0]!;
}

export const seedDir = locateSeedDir();
export const wangYiSeedPath = join(seedDir, SEED_NAME);

export function readSeed(): string {
  if (!existsSync(wangYiSeedPath)) {
    throw new Error(`seed transcript missing at ${wangYiSeedPath}: set PRESSER_SEED_DIR or keep ../shared/seeds beside the repository`);
  }
  return readFileSync(wangYiSeedPath, 'utf8');
}

export function seedFiles(): string[] {
  return readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => join(seedDir, f));
}
