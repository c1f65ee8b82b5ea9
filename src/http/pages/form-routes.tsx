// Plain forms: staff sign-in and sign-out, the accreditation application.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { apply } from '../../app/accreditation.ts';
import { signIn, signOut } from '../../app/auth.ts';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { clientKey, SESSION_COOKIE, type HttpEnv } from '../auth.ts';
import { statusOf, validationError } from '../errors.ts';
import { startCookie } from '../session.ts';
import { AppliedPage, ApplyPage, type ApplyValues } from './apply.tsx';
import { formFields, formLimit, localPath, sameOriginForm } from './forms.ts';
import { homeOf } from './guard.ts';
import { pageScope, renderPage } from './scope.tsx';
import { SignInPage } from './signin.tsx';

const IsoDayOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')]).optional();
const ApplicationForm = z.object({
  name: z.string().min(1).max(200),
  email: z.string().email().max(320),
  outlet: z.string().min(1).max(200),
  scope: z.enum(['conference', 'period']).default('conference'),
  conference: z.string().max(200).optional(),
  validFrom: IsoDayOrEmpty,
  validUntil: IsoDayOrEmpty,
});

export function formPageRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.get('/signin', (c) => {
    const user = c.get('user');
    const next = c.req.query('next');
    if (user && !next) return c.redirect(homeOf(user), 303);
    return renderPage(c, <SignInPage next={localPath(next, '')} />);
  });

  app.post('/signin', sameOriginForm, formLimit, async (c) => {
    const { email = '', password = '', next } = await formFields(c);
    try {
      const session = await signIn(ctx, email, password, clientKey(c));
      startCookie(c, session);
      return c.redirect(localPath(next, homeOf(session.user)), 303);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const { t } = pageScope(c);
      const message = error.code === 'rate_limited' ? t.signin.tooMany : t.signin.failed;
      return renderPage(c, <SignInPage email={email} next={localPath(next, '')} error={message} />, statusOf(error.code));
    }
  });

  app.post('/signout', sameOriginForm, formLimit, async (c) => {
    const token = c.get('sessionToken');
    if (token) await signOut(ctx, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  /** Conferences a journalist can apply for: announced or running. */
  const openConferences = async () =>
    (await ctx.store.conferences.list({ status: ['scheduled', 'live'] })).map((c) => ({ slug: c.slug, title: c.title, date: c.date }));

  app.get('/accreditation', async (c) => {
    const conference = c.req.query('c');
    return renderPage(c, <ApplyPage conferences={await openConferences()} values={conference ? { conference } : {}} />);
  });

  app.post('/accreditation', sameOriginForm, formLimit, async (c) => {
    const values = (await formFields(c)) as ApplyValues;
    try {
      const parsed = ApplicationForm.safeParse(values);
      if (!parsed.success) throw validationError(parsed.error.issues);
      const form = parsed.data;
      const accreditation = await apply(
        ctx,
        {
          name: form.name,
          email: form.email,
          outlet: form.outlet,
          ...(form.scope === 'conference'
            ? { conference: form.conference || undefined }
            : { validFrom: form.validFrom || undefined, validUntil: form.validUntil || undefined }),
          lang: pageScope(c).lang,
        },
        clientKey(c),
      );
      return renderPage(c, <AppliedPage name={accreditation.name} outlet={accreditation.outletName} />, 201);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return renderPage(
        c,
        <ApplyPage conferences={await openConferences()} values={values} error={error.message} errorField={error.field} />,
        statusOf(error.code),
      );
    }
  });
}
