import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { assetRoutes, webAssets } from './assets.ts';
import type { HttpEnv } from './auth.ts';
import { consolePageRoutes } from './pages/console-routes.tsx';
import { embedPageRoutes } from './pages/embed.tsx';
import { formPageRoutes } from './pages/form-routes.tsx';
import { publicPageRoutes } from './pages/public-routes.tsx';
import { researchPageRoutes } from './pages/research-routes.tsx';
import { setupRoutes } from './pages/setup.tsx';
import { setupState } from './pages/setup-state.ts';

/**
 * The web front end: server-rendered pages (complete without JavaScript where they can be), the
 * built browser assets, and the forms. docs/web.md lists the pages.
 */
export function pageRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  assetRoutes(app, webAssets());
  app.use('*', setupState(ctx));
  setupRoutes(app, ctx);
  publicPageRoutes(app, ctx);
  embedPageRoutes(app, ctx);
  researchPageRoutes(app, ctx);
  formPageRoutes(app, ctx);
  consolePageRoutes(app, ctx);
}
