// The one-time set-up: on a database without staff, /setup creates the first admin (as self-hosted
// tools do), and every page says where it is. Once any staff account exists, /setup is gone (404).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { FC } from 'hono/jsx';
import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { setUpFirstAdmin } from '../../app/staff.ts';
import type { HttpEnv } from '../auth.ts';
import { statusOf, validationError } from '../errors.ts';
import { startCookie } from '../session.ts';
import { formFields, formLimit, sameOriginForm } from './forms.ts';
import { Layout } from './layout.tsx';
import { renderPage, usePage } from './scope.tsx';
import { markSetUp, SETUP_PATH, setupPending } from './setup-state.ts';

const SetupPage: FC<{ values?: Record<string, string>; error?: string; errorField?: string | undefined }> = ({ values = {}, error, errorField }) => {
  const { t } = usePage();
  const invalid = (name: string) => (errorField === name ? { 'aria-invalid': 'true' as const, 'aria-describedby': 'setup-error' } : {});
  return (
    <Layout title={t.setup.title}>
      <main id="main" class="page narrow" tabindex={-1}>
        <h1>{t.setup.title}</h1>
        <p>{t.setup.intro}</p>
        {error ? (
          <p id="setup-error" class="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <form method="post" action={SETUP_PATH} class="stacked">
          <label for="setup-name">{t.setup.name}</label>
          <input id="setup-name" name="name" type="text" autocomplete="name" value={values.name ?? ''} {...invalid('name')} />
          <label for="setup-email">{t.setup.email}</label>
          <input id="setup-email" name="email" type="email" autocomplete="username" required value={values.email ?? ''} {...invalid('email')} />
          <label for="setup-password">{t.setup.password}</label>
          <input id="setup-password" name="password" type="password" autocomplete="new-password" required minlength={8} {...invalid('password')} />
          <button type="submit" class="primary">
            {t.setup.submit}
          </button>
        </form>
      </main>
    </Layout>
  );
};

const SetupForm = z.object({
  name: z.string().max(200).optional(),
  email: z.string().email().max(320),
  password: z.string().max(1000),
});

export function setupRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  const gone = () => new AppError('not_found', 'presser is set up already: sign in instead');

  app.get(SETUP_PATH, async (c) => {
    if (!(await setupPending(ctx))) throw gone();
    return renderPage(c, <SetupPage />);
  });

  app.post(SETUP_PATH, sameOriginForm, formLimit, async (c) => {
    if (!(await setupPending(ctx))) throw gone();
    const values = await formFields(c);
    try {
      const parsed = SetupForm.safeParse(values);
      if (!parsed.success) throw validationError(parsed.error.issues);
      const session = await setUpFirstAdmin(ctx, parsed.data);
      markSetUp(ctx);
      startCookie(c, session);
      return c.redirect('/admin#users', 303);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return renderPage(
        c,
        <SetupPage values={{ name: values.name ?? '', email: values.email ?? '' }} error={error.message} errorField={error.field} />,
        statusOf(error.code),
      );
    }
  });
}
