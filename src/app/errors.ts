// Errors a use case raises on purpose. Each has a stable code; the HTTP layer maps codes to statuses
// and the CLI to exit status 2.

export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'cross_site'
  | 'not_found'
  | 'conflict'
  | 'wrong_state'
  /** A new outlet resembles registered ones: the admin picks one or confirms a new outlet. */
  | 'near_duplicate'
  | 'payload_too_large'
  | 'headers_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The request field at fault, when one is. */
    readonly field?: string,
    /** Seconds until a rate-limited caller may try again. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}
