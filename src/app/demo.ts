import { fileURLToPath } from 'node:url';
import type { Store } from '../store/store.ts';
import { importFile } from './import-file.ts';

export const DEMO_TRANSCRIPT = fileURLToPath(new URL('../../samples/demo-press-conference.txt', import.meta.url));

/** On an empty database, imports the bundled sample so a first start has something to show. */
export async function seedDemoIfEmpty(store: Store): Promise<string | null> {
  if ((await store.conferences.list({ limit: 1 })).length > 0) return null;
  const result = await importFile(store, DEMO_TRANSCRIPT);
  if (result.status === 'failed') throw new Error(`demo transcript ${DEMO_TRANSCRIPT}: ${result.reason}`);
  return result.slug;
}
