// What `presser import` takes: files, folders (searched for transcripts) and glob patterns.
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** The endings taken from a folder; a file named on its own is always tried, whatever its ending. */
export const TRANSCRIPT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm'];

export interface FoundTranscripts {
  files: string[];
  /** Arguments that matched nothing, with why. */
  missing: { argument: string; reason: string }[];
}

export async function findTranscripts(args: readonly string[]): Promise<FoundTranscripts> {
  const files: string[] = [];
  // Each file once however it is spelt, in the order first found (an array's includes() made a
  // large folder quadratic).
  const taken = new Set<string>();
  const missing: FoundTranscripts['missing'] = [];
  for (const argument of args) {
    const info = await stat(argument).catch(() => null);
    let found: string[];
    if (info?.isDirectory()) {
      found = await glob(`**/*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`, { cwd: argument, absolute: false, dot: false, caseSensitiveMatch: false });
      found = found.sort().map((f) => `${argument.replace(/\/$/, '')}/${f}`);
      if (found.length === 0) missing.push({ argument, reason: `no ${TRANSCRIPT_EXTENSIONS.map((e) => `.${e}`).join(' ')} files in this folder` });
    } else if (info) {
      found = [argument];
    } else if (isDynamicPattern(argument)) {
      found = (await glob(argument, { dot: false, onlyFiles: true, absolute: isAbsolute(argument) })).sort();
      if (found.length === 0) missing.push({ argument, reason: 'the pattern matches no file' });
    } else {
      found = [argument]; // reported as "no such file" by the import itself
    }
    for (const f of found) {
      const path = resolve(f);
      if (taken.has(path)) continue;
      taken.add(path);
      files.push(f);
    }
  }
  return { files, missing };
}
