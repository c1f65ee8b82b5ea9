import { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/store.ts';
import { conferenceRoutes } from './conferences.ts';
import { ApiError, errorResponse, handleError, validationError } from './errors.ts';
import { pageRoutes } from './pages.tsx';

export interface AppDeps {
  store: Store;
}

export function createApp({ store }: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, validationError(result.error.issues));
    },
  });
  app.onError(handleError);
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `no route for ${c.req.method} ${c.req.path}`)));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  conferenceRoutes(app, store);
  pageRoutes(app, store);

  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'presser', version: '1' } });
  return app;
}
