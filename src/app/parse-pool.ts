// Parsing for a bulk import on worker threads, the files handed out ahead of the store so that
// every core has work: the main thread stores batch N while workers parse the files after it.
// Results come back in file order. Few files, or one core, parse in this thread (a worker costs
// the importer's start-up again).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseFile, type Parsed, type ParseRequest } from './parse-file.ts';

/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;
const MAX_WORKERS = 4;
/**
 * Files handed out and not yet taken by the store: enough to keep workers busy while the main
 * thread stores a whole batch (import-file.ts stores 500 records at a time, ~0.3 s): with fewer,
 * the worker ran dry in the middle of every batch and both threads stood idle a third of the
 * time. Two batches' worth, parsed records held until the store takes them (tens of MB).
 */
const AHEAD = 1024;

// The worker's module: beside this one in the sources; at the top of dist/ in the build, whose
// chunks (this code) sit in dist/chunks (scripts/build.mjs builds it as an entry point).
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = FROM_SOURCES ? new URL('./parse-worker.ts', import.meta.url) : new URL('../parse-worker.js', import.meta.url);

function startWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER_URL);
  // From the sources (tests, npm run dev) the worker reads TypeScript as this thread does, through tsx.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`, { eval: true });
}

export function workerCount(files: number): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/** The parsed files, in order, parsed `workers` at a time on worker threads (0: in this thread). */
export async function* parseInOrder(requests: readonly Omit<ParseRequest, 'id'>[], workers: number): AsyncGenerator<Parsed> {
  if (workers === 0) {
    for (const [id, request] of requests.entries()) yield await parseFile({ ...request, id });
    return;
  }
  const pool = Array.from({ length: workers }, () => startWorker());
  const waiting = new Map<number, (parsed: Parsed) => void>();
  const results = new Map<number, Promise<Parsed>>();
  let failure: Error | null = null;
  for (const worker of pool) {
    worker.on('message', (parsed: Parsed) => waiting.get(parsed.id)?.(parsed));
    worker.on('error', (error) => {
      failure = error;
      for (const [id, resolve] of waiting) resolve({ id, status: 'error', message: error.stack ?? error.message });
    });
  }
  let sent = 0;
  const sendUpTo = (limit: number) => {
    for (; sent < Math.min(limit, requests.length); sent++) {
      const id = sent;
      results.set(id, new Promise<Parsed>((resolve) => waiting.set(id, resolve)));
      pool[id % workers]!.postMessage({ ...requests[id]!, id });
    }
  };
  try {
    for (let id = 0; id < requests.length; id++) {
      sendUpTo(id + AHEAD);
      if (failure) throw failure;
      const parsed = await results.get(id)!;
      results.delete(id);
      waiting.delete(id);
      yield parsed;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
