// Reading and parsing one transcript file for a bulk import, in this thread or a worker's: what
// the store needs (the record and its content hash), or why the file is left out.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ConferenceRecord } from '../domain/record.ts';
import { importTranscript, TranscriptError, type ImportOptions } from '../transcript/import.ts';
import { contentHash } from './content-hash.ts';

export interface ParseRequest {
  id: number;
  file: string;
  options: Omit<ImportOptions, 'fileName'>;
  draft: boolean;
}

export type Parsed =
  | { id: number; status: 'parsed'; record: ConferenceRecord; contentHash: string; bytes: number }
  | { id: number; status: 'failed'; reason: string; bytes: number }
  /** Not a problem of the file: an internal error, thrown again where the import runs. */
  | { id: number; status: 'error'; message: string };

export async function parseFile({ id, file, options, draft }: ParseRequest): Promise<Parsed> {
  let bytes: Buffer;
  try {
    // Read synchronously: parsing blocks this thread anyway, and fs/promises' readFile (open,
    // stat, read, close, each a trip to the thread pool) cost a fifth as much CPU as parsing.
    bytes = readFileSync(file);
  } catch (error) {
    return { id, status: 'failed', reason: readFailure(error), bytes: 0 };
  }
  try {
    const { record } = importTranscript(bytes, { ...options, fileName: basename(file) });
    if (draft) record.conference.status = 'ended';
    return { id, status: 'parsed', record, contentHash: contentHash(record), bytes: bytes.length };
  } catch (error) {
    if (error instanceof TranscriptError) return { id, status: 'failed', reason: error.message, bytes: bytes.length };
    return { id, status: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
