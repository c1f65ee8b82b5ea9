import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ConferenceRecord } from '../domain/record.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from './context.ts';
import { importTranscript, TranscriptError, type ImportOptions } from '../transcript/import.ts';
import { contentHash } from './content-hash.ts';
import { readFailure } from './parse-file.ts';
import { parseInOrder, workerCount } from './parse-pool.ts';

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

export { readFailure };

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
 * rolled back alone (a savepoint), and the others of its batch are stored. Results are in file
 * order. Many files are parsed on worker threads while this thread stores (parse-pool.ts). The
 * store may still be opening (a promise): the workers start parsing meanwhile.
 */
export async function importFiles(
  { store: opening, clock }: { store: Store | Promise<Store>; clock: Clock },
  files: readonly string[],
  options: ImportFileOptions = {},
  onProgress?: (done: ImportProgress) => void,
): Promise<ImportFileResult[]> {
  const { draft, ...importOptions } = options;
  const results: ImportFileResult[] = [];
  const done: ImportProgress = { files: 0, bytes: 0 };
  let batch: { index: number; file: string; record: ConferenceRecord; contentHash: string }[] = [];
  let batchBytes = 0;
  let pending = 0; // failures parsed in this batch, reported with it so progress stays in order

  const flush = async () => {
    const store = await opening;
    const saved = await store.conferences.saveRecords(
      batch.map(({ file, record, contentHash }) => ({ record, options: { contentHash, source: basename(file) } })),
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

  // A store that cannot be opened stops the import at once, not at the first batch.
  let openFailed = false;
  Promise.resolve(opening).catch(() => (openFailed = true));

  const requests = files.map((file) => ({ file, options: importOptions, draft: draft ?? false }));
  for await (const parsed of parseInOrder(requests, workerCount(files.length))) {
    if (openFailed) await opening;
    const file = files[parsed.id]!;
    const index = results.length;
    if (parsed.status === 'error') throw new Error(parsed.message);
    if (parsed.status === 'failed') {
      results.push({ file, status: 'failed', reason: parsed.reason });
      pending++;
    } else {
      results.push({ file, status: 'failed', reason: 'not imported' });
      batch.push({ index, file, record: parsed.record, contentHash: parsed.contentHash });
    }
    batchBytes += parsed.bytes;
    if (batch.length >= BATCH_RECORDS || batchBytes >= BATCH_BYTES) await flush();
  }
  if (batch.length > 0 || pending > 0) await flush();
  return results;
}
