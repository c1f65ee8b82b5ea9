import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Synthetic transcripts built from the seed: many conferences, each with its own names, numbers,
// outlets and dates so no two are one string.
const FIRST_NAMES = ['Wang', 'Lena', 'Ilario', 'Marta', 'Tomas', 'Aiko', 'Kwame', 'Sofia', 'Ravi', 'Noor'];
const LAST_NAMES = ['Yi', 'Ferreiro', 'Venn', 'Okafor', 'Lindqvist', 'Sato', 'Mensah', 'Petrova', 'Iyer', 'Haddad'];
const OUTLETS = ['Harbor Daily', 'Northern Television', 'Coastal Times', 'Meridian Radio', 'Kestrel News Agency', 'Vostok Panorama', 'Pacific Herald'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** One conference: the seed with the principal, outlets, numbers and date changed. */
function variant(seed: string, n: number): string {
  const principal = `${pick(FIRST_NAMES, n)} ${pick(LAST_NAMES, n * 7 + 3)}`;
  const outlets = [pick(OUTLETS, n), pick(OUTLETS, n + 2), pick(OUTLETS, n + 4)];
  let text = seed
    .replaceAll('Wang Yi', principal)
    .replace('China Central Television:', `${outlets[0]}:`)
    .replace('Rossiya Segodnya:', `${outlets[1]}:`)
    .replace('People’s Daily:', `${outlets[2]}:`)
    .replace('March 7, 2024', `${pick(MONTHS, n)} ${1 + (n % 28)}, ${2000 + (n % 40)}`)
    .replace(/\b\d{2,3}\b/g, (d) => String((Number(d) + n) % 997));
  if (n % 3 === 0) text = text.replaceAll('\n\n', '\n\n\f');
  return text;
}

/** About `megabytes` of distinct transcripts made from the seed. */
export function seedVariants(seed: string, megabytes: number): string[] {
  const documents: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < megabytes * 1024 * 1024; n++) {
    const doc = variant(seed, n);
    documents.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  return documents;
}

/** A fresh temporary folder (outside the repository) holding `transcripts/` with about `megabytes` of seed variants. */
export function writeSeedFolder(
  seed: string,
  megabytes: number,
  prefix: string,
): { work: string; folder: string; documents: string[]; files: string[]; mb: number } {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const folder = join(work, 'transcripts');
  mkdirSync(folder);
  const documents = seedVariants(seed, megabytes);
  const files = documents.map((doc, i) => {
    const file = join(folder, `t${String(i).padStart(6, '0')}.txt`);
    writeFileSync(file, doc);
    return file;
  });
  const mb = documents.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1048576;
  return { work, folder, documents, files, mb };
}
