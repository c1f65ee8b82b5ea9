// The shape of GET /api/analytics for the OpenAPI document; docs/research.md explains each chart.
import { z } from '@hono/zod-openapi';
import { FLOOR_BUCKETS } from '../analytics/floor.ts';
import { LENGTH_KINDS, LENGTH_UNITS } from '../analytics/lengths.ts';
import { ORIGINS } from '../domain/record.ts';

const Origin = z.enum(ORIGINS);

const Outlets = z.object({
  rows: z.array(
    z.object({
      outlet: z.string(),
      origin: Origin,
      country: z.string().nullable(),
      questions: z.number().int(),
      share: z.number(),
      conferences: z.number().int(),
    }),
  ),
  questions: z.number().int(),
  unattributed: z.number().int(),
});

const Origins = z.object({ rows: z.array(z.object({ origin: Origin, questions: z.number().int(), share: z.number() })), questions: z.number().int() });

const Floor = z.object({
  by: z.enum(FLOOR_BUCKETS.filter((b) => b !== 'auto') as ['month', 'year', 'conference']),
  periods: z.array(z.object({ key: z.string(), label: z.string() })),
  series: z.array(z.object({ outlet: z.string(), origin: Origin, counts: z.array(z.number().int()), total: z.number().int() })),
  others: z.array(z.number().int()),
  unattributed: z.array(z.number().int()),
  rows: z.array(
    z.object({
      period: z.string(),
      group: z.enum(['outlet', 'other', 'unattributed']),
      outlet: z.string().nullable(),
      origin: Origin.nullable(),
      questions: z.number().int(),
    }),
  ),
});

const Kind = z.enum(LENGTH_KINDS);
const Unit = z.enum(LENGTH_UNITS);
const Lengths = z.object({
  binWidth: z.object({ words: z.number().int(), chars: z.number().int() }),
  summary: z.array(
    z.object({
      kind: Kind,
      lang: z.string(),
      unit: Unit,
      turns: z.number().int(),
      mean: z.number(),
      median: z.number(),
      p90: z.number(),
      max: z.number(),
      total: z.number(),
    }),
  ),
  rows: z.array(z.object({ kind: Kind, lang: z.string(), unit: Unit, from: z.number().int(), to: z.number().int(), turns: z.number().int() })),
});

const Mentions = z.object({
  rows: z.array(
    z.object({
      id: z.string().openapi({ description: 'ISO 3166-1 alpha-2 for a country or territory, a lowercase id for an organisation', example: 'CN' }),
      kind: z.enum(['country', 'organisation']),
      name: z.string(),
      nameZh: z.string(),
      mentions: z.number().int(),
      turns: z.number().int(),
      questions: z.number().int(),
      answers: z.number().int(),
      conferences: z.number().int(),
    }),
  ),
});

const Period = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  conferences: z.number().int(),
  words: z.record(z.string(), z.number().int()),
});
const Terms = z.object({
  splitAt: z.string().nullable(),
  before: Period,
  after: Period,
  rows: z.array(
    z.object({
      lang: z.string(),
      term: z.string(),
      direction: z.enum(['rising', 'falling']),
      before: z.number().int(),
      after: z.number().int(),
      beforeRate: z.number(),
      afterRate: z.number(),
      logOdds: z.number(),
      z: z.number(),
      g2: z.number(),
    }),
  ),
  notice: z.string().optional(),
});

export const AnalyticsReportSchema = z
  .object({
    selection: z.object({
      filters: z.object({
        conferences: z.array(z.string()),
        from: z.string().optional(),
        to: z.string().optional(),
        outlet: z.string().optional(),
        origin: Origin.optional(),
        speaker: z.string().optional(),
        lang: z.string().optional(),
      }),
      conferences: z.number().int(),
      turns: z.number().int(),
      questions: z.number().int(),
      answers: z.number().int(),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
    outlets: Outlets.optional(),
    origins: Origins.optional(),
    floor: Floor.optional(),
    lengths: Lengths.optional(),
    mentions: Mentions.optional(),
    terms: Terms.optional(),
  })
  .openapi('AnalyticsReport');
