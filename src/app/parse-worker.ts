// A worker thread of `presser import`: reads and parses transcripts (parse-pool.ts sends the
// files), so parsing runs on other cores while the main thread stores the records before them.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parse-file.ts';

parentPort?.on('message', async (request: ParseRequest) => {
  parentPort?.postMessage(await parseFile(request));
});
