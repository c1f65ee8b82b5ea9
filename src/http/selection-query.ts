// The selection as query parameters, shared by GET /api/analytics and the research exports. Zod
// checks the types for the OpenAPI document; src/app/selection.ts checks the values, for the CLI too.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { CONFERENCE_STATUSES, ORIGINS, type ConferenceStatus } from '../domain/record.ts';
import type { HttpEnv } from './auth.ts';
import { visibleStatuses } from './conferences.ts';

const text = (description: string, example?: string) =>
  z
    .string()
    .max(2000)
    .optional()
    .openapi({ description, ...(example ? { example } : {}) });

export const SelectionQuery = z.object({
  conference: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({
      description: 'Conference slugs: repeat the parameter or separate them with commas. None: every conference you may see (the public: live and published).',
    }),
  from: text('Conferences on or after this date, YYYY-MM-DD', '2024-01-01'),
  to: text('Conferences on or before this date, YYYY-MM-DD', '2024-12-31'),
  outlet: text("Only this outlet's questions with their answers (name or alias, case-insensitive)"),
  origin: z.enum(ORIGINS).optional().openapi({ description: 'Only questions from outlets of this origin, with their answers' }),
  speaker: text('Only turns by this speaker, and the questions they answered (case-insensitive)'),
  lang: text('Only text in this language (en, zh, …)', 'en'),
});

/** Every status for staff, the public ones otherwise. */
export function statusesFor(c: Context<HttpEnv>): readonly ConferenceStatus[] {
  return visibleStatuses(c) ?? CONFERENCE_STATUSES;
}

/** A download's Content-Disposition, with a name safe for the header. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/[^\w.-]+/g, '-')}"`;
}
