import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Store } from '../store/store.ts';
import type { Clock } from './context.ts';
import { importTranscript, TranscriptError, type ImportOptions } from '../transcript/import.ts';
import { contentHash } from './content-hash.ts';

export type ImportFileResult =
  | { file: string; status: 'created' | 'duplicate'; slug: string; turns: number }
  | { file: string; status: 'failed'; reason: string };

/** Reads, parses, cleans and stores one transcript: one transaction, all or nothing. */
export interface ImportFileOptions extends Omit<ImportOptions, 'fileName'> {
  /** Keep the record for review (status "ended": staff see it, the public does not) instead of publishing it at once. */
  draft?: boolean;
}

export async function importFile({ store, clock }: { store: Store; clock: Clock }, file: string, options: ImportFileOptions = {}): Promise<ImportFileResult> {
  const { draft, ...importOptions } = options;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, status: 'failed', reason: readFailure(error) };
  }
  try {
    const { record } = importTranscript(bytes, { ...importOptions, fileName: basename(file) });
    if (draft) record.conference.status = 'ended';
    const saved = await store.conferences.saveRecord(record, { contentHash: contentHash(record), source: basename(file) }, clock.now().toISOString());
    return { file, status: saved.status, slug: saved.slug, turns: record.turns.length };
  } catch (error) {
    if (error instanceof TranscriptError) return { file, status: 'failed', reason: error.message };
    throw error;
  }
}

export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
