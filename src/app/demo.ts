import type { AppContext } from './context.ts';
import { importFile } from './import-file.ts';
import { packageFile } from './package-files.ts';

export const DEMO_TRANSCRIPT = packageFile('samples', 'demo-press-conference.txt');

/** On an empty database, imports the bundled sample so a first start has something to show. */
export async function seedDemoIfEmpty(ctx: Pick<AppContext, 'store' | 'clock'>): Promise<string | null> {
  if ((await ctx.store.conferences.list({ limit: 1 })).length > 0) return null;
  const result = await importFile(ctx, DEMO_TRANSCRIPT);
  if (result.status === 'failed') throw new Error(`demo transcript ${DEMO_TRANSCRIPT}: ${result.reason}`);
  // Another node starting on the same empty database stored it first.
  if (result.status === 'duplicate') return null;
  const info = await ctx.store.conferences.info(result.slug);
  if (info) await ctx.store.conferences.markDemo(info.id);
  return result.slug;
}
