// The origins whose pages may frame the embed page (/embed/SLUG): a site-wide list the admin keeps.
import { checkEmbedOrigin, MAX_EMBED_ORIGINS } from '../domain/embed-origin.ts';
import type { AppContext } from './context.ts';
import { z } from './zod.ts';

const KEY = 'embed.origins';

/** The list as an admin sends it: each origin checked and put in its normal form, duplicates dropped. */
export const EmbedOriginsSchema = z
  .object({
    origins: z
      .array(z.string().max(300))
      .max(MAX_EMBED_ORIGINS)
      .transform((values, zctx) => {
        const origins: string[] = [];
        values.forEach((value, i) => {
          const checked = checkEmbedOrigin(value);
          if (!checked.ok) zctx.addIssue({ code: 'custom', message: checked.reason, path: [i] });
          else if (!origins.includes(checked.origin)) origins.push(checked.origin);
        });
        return origins;
      })
      .openapi({
        description: `Origins (scheme, host, port; https, or http on localhost) whose pages may frame /embed/SLUG; at most ${MAX_EMBED_ORIGINS}, no paths or wildcards`,
        example: ['https://www.example.gov'],
      }),
  })
  .openapi('EmbedOrigins');

export type EmbedOrigins = z.infer<typeof EmbedOriginsSchema>;

/** The listed origins; anything stored that no longer passes the check is left out rather than sent in a header. */
export async function embedOrigins(ctx: AppContext): Promise<string[]> {
  const stored = await ctx.store.settings.get(KEY);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const checked = typeof value === 'string' ? checkEmbedOrigin(value) : null;
    return checked?.ok ? [checked.origin] : [];
  });
}

export async function setEmbedOrigins(ctx: AppContext, origins: readonly string[]): Promise<string[]> {
  await ctx.store.settings.set(KEY, origins, ctx.clock.now().toISOString());
  return embedOrigins(ctx);
}
