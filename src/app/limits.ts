// Limits the API and the CLI both state (in help text and OpenAPI), in a module of their own so a
// command's --help can name them without loading search or analytics.

/** Search results per page. */
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

/** Rows the ranked analytics charts keep at most. */
export const MAX_TOP = 500;
