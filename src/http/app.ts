import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { accreditationRoutes } from './accreditations.ts';
import { analyticsRoutes } from './analytics.ts';
import { identify, identifyClient, SESSION_COOKIE, type HttpEnv } from './auth.ts';
import { conferenceRoutes } from './conferences.ts';
import { embedRoutes } from './embed.ts';
import { errorResponse, handleError, validationError } from './errors.ts';
import { exportRoutes } from './exports.ts';
import { floorRoutes } from './floor.ts';
import { meRoutes } from './me.ts';
import { outletRoutes } from './outlets.ts';
import { pageRoutes } from './pages.tsx';
import { sameOriginOnly } from './same-origin.ts';
import { searchRoutes } from './search.ts';
import { htmlErrorPages } from './pages/errors.tsx';
import { sessionRoutes } from './session.ts';
import { turnRoutes } from './turns.ts';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from './settings.ts';
import { userRoutes } from './users.ts';

/** The largest JSON body any route accepts. */
export const MAX_BODY_BYTES = 256 * 1024;

/** No response is ever to be read as another type than it says (exports are user text). */
const noSniff: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('x-content-type-options')) c.res.headers.set('x-content-type-options', 'nosniff');
};

/**
 * No other site frames presser (clickjacking): every answer says DENY unless it names who may frame
 * it in its own CSP, as the embed page does. Pages also carry frame-ancestors 'none' (scope.tsx).
 */
const noFraming: MiddlewareHandler = async (c, next) => {
  await next();
  if (/frame-ancestors (?!'none')/.test(c.res.headers.get('content-security-policy') ?? '')) return;
  if (!c.res.headers.has('x-frame-options')) c.res.headers.set('x-frame-options', 'DENY');
};

export function createApp(ctx: AppContext, settings: HttpSettings = DEFAULT_HTTP_SETTINGS): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, validationError(result.error.issues));
    },
  });
  app.onError(handleError);
  app.notFound((c) => errorResponse(c, new AppError('not_found', `no route for ${c.req.method} ${c.req.path}`)));

  app.use('*', identifyClient(settings.trustProxy));
  app.use('*', noSniff);
  app.use('*', noFraming);
  app.use('*', sameOriginOnly(settings));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError('payload_too_large', `request body over ${MAX_BODY_BYTES / 1024} KB`);
      },
    }),
  );
  app.use('*', identify(ctx));
  app.use('*', htmlErrorPages);

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  sessionRoutes(app, ctx);
  outletRoutes(app, ctx);
  accreditationRoutes(app, ctx);
  conferenceRoutes(app, ctx);
  floorRoutes(app, ctx);
  turnRoutes(app, ctx);
  searchRoutes(app, ctx);
  analyticsRoutes(app, ctx);
  exportRoutes(app, ctx);
  userRoutes(app, ctx);
  meRoutes(app, ctx);
  embedRoutes(app, ctx);
  pageRoutes(app, ctx);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'presser',
      version: '1',
      description:
        'Press conferences: run them live, keep the record, search the archive. Errors: {"error":{"code","message","field"?}}. The live stream is GET /api/conferences/{slug}/events (Server-Sent Events).',
    },
  });
  return app;
}
