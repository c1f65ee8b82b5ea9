// One error shape for every route: {"error":{"code","message","field"?}} with a stable code and the right status.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';

export const ERROR_CODES = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  wrong_state: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
  get status(): ContentfulStatusCode {
    return ERROR_CODES[this.code];
  }
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

export function errorResponse(c: Context, error: ApiError): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
  return c.json(body, error.status, error.headers);
}

/** Maps anything thrown in a route to the shared shape; unexpected errors are logged and hidden. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException) return errorResponse(c, fromHttpException(error));
  console.error(`presser: ${c.req.method} ${c.req.path} failed:`, error);
  return errorResponse(c, new ApiError('internal', 'internal error'));
}

function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 413) return new ApiError('payload_too_large', 'request body too large');
  if (error.status === 415) return new ApiError('unsupported_media_type', 'send the body as application/json');
  if (error.status === 400 && /json/i.test(error.message)) return new ApiError('invalid_json', 'malformed JSON in request body');
  if (error.status === 401) return new ApiError('unauthenticated', error.message || 'sign in first');
  return new ApiError('bad_request', error.message || 'bad request');
}

/** Zod validation failures name the first offending field. */
export function validationError(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiError {
  const first = issues[0];
  const field = first ? first.path.map(String).join('.') : undefined;
  return new ApiError('validation_failed', first ? `${field || 'body'}: ${first.message}` : 'invalid request', field || undefined);
}
