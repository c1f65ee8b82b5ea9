// The record as the API documents it (docs/record-format.md describes the same shape).
import { z } from '@hono/zod-openapi';
import { CONFERENCE_STATUSES, ORIGINS, PERSON_ROLES, TURN_KINDS } from '../domain/record.ts';

export const PersonSchema = z.object({ name: z.string(), titles: z.array(z.string()), role: z.enum(PERSON_ROLES) }).openapi('Person');

export const OutletSchema = z
  .object({ name: z.string(), aliases: z.array(z.string()), country: z.string().nullable(), origin: z.enum(ORIGINS) })
  .openapi('Outlet');

export const TurnSchema = z
  .object({
    seq: z.number().int().positive(),
    kind: z.enum(TURN_KINDS),
    speaker: PersonSchema.nullable(),
    outlet: OutletSchema.nullable(),
    replyTo: z.number().int().nullable(),
    label: z.string().nullable(),
    text: z.record(z.string(), z.string()).openapi({ example: { en: 'First paragraph.\n\nSecond paragraph.' } }),
    startsAt: z.number().nullable().optional(),
    endsAt: z.number().nullable().optional(),
  })
  .openapi('Turn');

export const ConferenceSchema = z
  .object({
    id: z.string().nullable(),
    slug: z.string(),
    title: z.string(),
    date: z.string().nullable().openapi({ example: '2024-03-07' }),
    time: z.string().nullable(),
    timeZone: z.string().nullable(),
    venue: z.string().nullable(),
    occasion: z.string().nullable(),
    host: z.string().nullable(),
    hostCountry: z.string().nullable(),
    topic: z.string().nullable(),
    languages: z.array(z.string()),
    status: z.enum(CONFERENCE_STATUSES),
  })
  .openapi('Conference');

export const RecordSchema = z
  .object({
    schema: z.literal('presser.record/1'),
    conference: ConferenceSchema,
    people: z.array(PersonSchema),
    outlets: z.array(OutletSchema),
    turns: z.array(TurnSchema),
  })
  .openapi('Record');

export const ConferenceSummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    venue: z.string().nullable(),
    occasion: z.string().nullable(),
    status: z.enum(CONFERENCE_STATUSES),
    languages: z.array(z.string()),
    turnCount: z.number().int(),
    updatedAt: z.string(),
    startsAt: z.string().nullable(),
    timeZone: z.string().nullable(),
  })
  .openapi('ConferenceSummary');
