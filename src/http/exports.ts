// Research exports of a selection (ConvoKit, TEI, Q&A CSV), a conference's subtitles, and the Atom
// feed of newly published records. The public gets what it may see: live and published conferences
// (the feed: published only); staff get every conference.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../app/context.ts';
import { corpusExport, feedEntries, FEED_SIZE, subtitles } from '../app/exports.ts';
import { toAtom } from '../transcript/export/research/atom.ts';
import { MEDIA_TYPES, type CorpusFormat } from '../transcript/export/research/index.ts';
import { zipFolder } from '../transcript/export/research/zip.ts';
import { siteOrigin, type HttpEnv } from './auth.ts';
import { errors, SlugParam } from './openapi.ts';
import { attachment, SelectionQuery, statusesFor } from './selection-query.ts';

/** The folder a ConvoKit zip unpacks into. */
export const CONVOKIT_FOLDER = 'presser-corpus';

const body = (description: string, mediaType: string) => ({
  description,
  content: { [mediaType]: { schema: z.string().openapi({ format: mediaType === MEDIA_TYPES.zip ? 'binary' : 'text' }) } },
});

const LangQuery = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'a language tag such as en or zh')
    .optional()
    .openapi({ description: "The language of the subtitles; default: the record's first language each turn has" }),
});

async function selectionFile(
  c: Context<HttpEnv>,
  ctx: AppContext,
  format: Exclude<CorpusFormat, 'convokit' | 'vtt' | 'srt'>,
  query: Record<string, unknown>,
): Promise<Response> {
  const { output } = await corpusExport(ctx.store, query, format, statusesFor(c));
  if (output.kind !== 'file') throw new Error(`${format} export must be one file`);
  return c.body(output.file.content, 200, { 'content-type': MEDIA_TYPES[format], 'content-disposition': attachment(output.file.path) });
}

export function exportRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/exports/convokit',
      summary: 'A ConvoKit corpus of the selection: a .zip of the folder (utterances.jsonl, speakers.json, conversations.json, corpus.json, index.json)',
      request: { query: SelectionQuery },
      responses: { 200: body('The zipped corpus folder', MEDIA_TYPES.zip), ...errors(400) },
    }),
    async (c) => {
      const { output } = await corpusExport(ctx.store, c.req.valid('query'), 'convokit', statusesFor(c));
      const files = output.kind === 'folder' ? output.files : [output.file];
      return c.body(new Uint8Array(zipFolder(CONVOKIT_FOLDER, files)), 200, {
        'content-type': MEDIA_TYPES.zip,
        'content-disposition': attachment(`${CONVOKIT_FOLDER}.zip`),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/exports/tei',
      summary: 'TEI XML of the selection in the manner of ParlaMint: a teiCorpus with one TEI per conference',
      request: { query: SelectionQuery },
      responses: { 200: body('The corpus as TEI XML', MEDIA_TYPES.tei), ...errors(400) },
    }),
    (c) => selectionFile(c, ctx, 'tei', c.req.valid('query')),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/exports/qa.csv',
      summary: 'One CSV row per question with its answer, for the whole selection (columns as GET /c/{slug}.csv)',
      request: { query: SelectionQuery },
      responses: { 200: body('Question and answer pairs', MEDIA_TYPES['qa-csv']), ...errors(400) },
    }),
    (c) => selectionFile(c, ctx, 'qa-csv', c.req.valid('query')),
  );

  for (const format of ['vtt', 'srt'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/conferences/{slug}/subtitles.${format}`,
        summary: `${format === 'vtt' ? 'WebVTT' : 'SRT'} subtitles from the turns that have times (conferences recorded live)`,
        request: { params: SlugParam, query: LangQuery },
        responses: { 200: body('Subtitles', MEDIA_TYPES[format]), ...errors(400, 404, 409) },
      }),
      async (c) => {
        const { slug } = c.req.valid('param');
        const { lang } = c.req.valid('query');
        const text = await subtitles(ctx.store, slug, format, statusesFor(c), lang);
        return c.body(text, 200, { 'content-type': MEDIA_TYPES[format], 'content-disposition': `inline; filename="${slug}.${format}"` });
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feed.atom',
      summary: `Atom feed of the ${FEED_SIZE} most recently published records`,
      responses: { 200: body('The feed', MEDIA_TYPES.atom) },
    }),
    async (c) => {
      const baseUrl = siteOrigin(c);
      return c.body(toAtom(await feedEntries(ctx.store), { baseUrl }), 200, { 'content-type': MEDIA_TYPES.atom });
    },
  );
}
