// The seed transcripts live beside the repository (../shared/seeds), never inside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const seedDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const wangYiSeedPath = `${seedDir}000_8d9db46bc23e83da.txt`;

export function seedAvailable(): boolean {
  return existsSync(wangYiSeedPath);
}

export function readSeed(): string {
  if (!seedAvailable()) throw new Error(`seed transcript missing at ${wangYiSeedPath}: tests need ../shared/seeds beside the repository`);
  return readFileSync(wangYiSeedPath, 'utf8');
}

export function seedFiles(): string[] {
  return readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => seedDir + f);
}
