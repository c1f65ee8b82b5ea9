import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ConferenceRecord } from '../domain/record.ts';
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

/** Records per transaction, and text per transaction: one commit (one fsync) for each batch. */
export const BATCH_RECORDS = 500;
export const BATCH_BYTES = 16 * 1024 * 1024;

export interface ImportProgress {
  files: number;
  bytes: number;
}

/**
 * Imports many files, many records per transaction. Each file is still all or nothing: one that
 * cannot be read or parsed is reported and never reaches the store, one the database refuses is
 * rolled back alone (a savepoint), and the others of its batch are stored. Results are in file order.
 */
export async function importFiles(
  { store, clock }: { store: Store; clock: Clock },
  files: readonly string[],
  options: ImportFileOptions = {},
  onProgress?: (done: ImportProgress) => void,
): Promise<ImportFileResult[]> {
  const { draft, ...importOptions } = options;
  const results: ImportFileResult[] = [];
  const done: ImportProgress = { files: 0, bytes: 0 };
  let batch: { index: number; file: string; record: ConferenceRecord }[] = [];
  let batchBytes = 0;
  let pending = 0; // failures parsed in this batch, reported with it so progress stays in order

  const flush = async () => {
    const saved = await store.conferences.saveRecords(
      batch.map(({ file, record }) => ({ record, options: { contentHash: contentHash(record), source: basename(file) } })),
      clock.now().toISOString(),
    );
    for (const [i, { index, file, record }] of batch.entries()) {
      const result = saved[i]!;
      results[index] =
        result.status === 'failed'
          ? { file, status: 'failed', reason: result.reason }
          : { file, status: result.status, slug: result.slug, turns: record.turns.length };
    }
    done.files += batch.length + pending;
    done.bytes += batchBytes;
    onProgress?.({ ...done });
    batch = [];
    batchBytes = 0;
    pending = 0;
  };

  for (const file of files) {
    const index = results.length;
    results.push({ file, status: 'failed', reason: 'not imported' });
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      results[index] = { file, status: 'failed', reason: readFailure(error) };
      pending++;
      continue;
    }
    try {
      const { record } = importTranscript(bytes, { ...importOptions, fileName: basename(file) });
      if (draft) record.conference.status = 'ended';
      batch.push({ index, file, record });
      batchBytes += bytes.length;
    } catch (error) {
      if (!(error instanceof TranscriptError)) throw error;
      results[index] = { file, status: 'failed', reason: error.message };
      batchBytes += bytes.length;
      pending++;
    }
    if (batch.length >= BATCH_RECORDS || batchBytes >= BATCH_BYTES) await flush();
  }
  if (batch.length > 0 || pending > 0) await flush();
  return results;
}
