// A browser that opens a page address gets an HTML page when something fails, never the API's JSON.
import type { FC } from 'hono/jsx';
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { HttpEnv } from '../auth.ts';
import { Layout } from './layout.tsx';
import { renderPage, usePage } from './scope.tsx';

export const ErrorPage: FC<{ status: number; message?: string | undefined }> = ({ status, message }) => {
  const { t, user } = usePage();
  const title = status === 404 ? t.errors.notFound : status === 401 ? t.errors.unauthenticated : status === 403 ? t.errors.forbidden : t.errors.other;
  return (
    <Layout title={title}>
      <main id="main" class="page narrow" tabindex={-1}>
        <h1>{title}</h1>
        {message ? <p class="error-detail">{message}</p> : null}
        <p>
          {status === 401 && !user ? (
            <>
              <a href="/signin">{t.common.signIn}</a> ·{' '}
            </>
          ) : null}
          <a href="/">{t.errors.backHome}</a>
        </p>
      </main>
    </Layout>
  );
};

function wantsHtml(accept: string | undefined): boolean {
  return /\btext\/html\b/.test(accept ?? '');
}

/**
 * Turns the API's JSON errors into HTML pages on page addresses (anything outside /api/) when the
 * caller asked for HTML. Registered before the routes, so it sees every answer they give.
 */
export const htmlErrorPages: MiddlewareHandler<HttpEnv> = async (c, next) => {
  await next();
  if (c.req.path.startsWith('/api/') || !wantsHtml(c.req.header('accept'))) return;
  const res = c.res;
  if (res.status < 400 || !(res.headers.get('content-type') ?? '').includes('application/json')) return;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { error?: { message?: string } } | null;
  const retryAfter = res.headers.get('retry-after');
  c.res = undefined;
  c.res = renderPage(c, <ErrorPage status={res.status} message={body?.error?.message} />, res.status as ContentfulStatusCode);
  if (retryAfter) c.res.headers.set('retry-after', retryAfter);
};
