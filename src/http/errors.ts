// One error shape for every route: {"error":{"code","message","field"?}} with a stable code and the right status.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';

import { AppError, type ErrorCode } from '../app/errors.ts';
import { isUniqueViolation } from '../store/store.ts';

const STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  cross_site: 403,
  not_found: 404,
  conflict: 409,
  wrong_state: 409,
  near_duplicate: 409,
  payload_too_large: 413,
  headers_too_large: 431,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'no conference with slug "x"' }),
      field: z.string().optional().openapi({ example: 'title' }),
    }),
  })
  .openapi('Error');

export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
}

export function errorResponse(c: Context, error: AppError): Response {
  const headers: Record<string, string> = error.retryAfter ? { 'retry-after': String(error.retryAfter) } : {};
  // The unread rest of an oversized body would be taken for the next request on this connection.
  if (error.code === 'payload_too_large') headers.connection = 'close';
  return c.json(errorBody(error), statusOf(error.code), headers);
}

/** Maps anything thrown in a route to the shared shape; unexpected errors are logged and hidden. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) return errorResponse(c, error);
  if (error instanceof HTTPException) return errorResponse(c, fromHttpException(error));
  if (isUniqueViolation(error)) return errorResponse(c, new AppError('conflict', 'this exists already (a request at the same moment created it)'));
  console.error(`presser: ${c.req.method} ${c.req.path} failed:`, error);
  return errorResponse(c, new AppError('internal', 'internal error'));
}

function fromHttpException(error: HTTPException): AppError {
  if (error.status === 413) return new AppError('payload_too_large', 'request body too large');
  if (error.status === 415) return new AppError('unsupported_media_type', 'send the body as application/json');
  if (error.status === 400 && /json/i.test(error.message)) return new AppError('invalid_json', 'malformed JSON in request body');
  if (error.status === 401) return new AppError('unauthenticated', error.message || 'sign in first');
  return new AppError('bad_request', error.message || 'bad request');
}

/** Zod validation failures name the first offending field. */
export function validationError(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const first = issues[0];
  const field = first ? first.path.map(String).join('.') : undefined;
  return new AppError('validation_failed', first ? `${field || 'body'}: ${first.message}` : 'invalid request', field || undefined);
}
