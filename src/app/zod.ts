// The zod that app/'s request and response schemas are built with: extended for OpenAPI, so http/
// can name and document them whichever module a program happens to load first (zod 4 gives a
// schema its methods when it is made, not afterwards).
export { z } from '@hono/zod-openapi';
