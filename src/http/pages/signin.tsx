import type { FC } from 'hono/jsx';
import { Layout } from './layout.tsx';
import { usePage } from './scope.tsx';

/** Staff sign in with email and password; a plain form that works without JavaScript. */
export const SignInPage: FC<{ email?: string; next?: string; error?: string }> = ({ email, next, error }) => {
  const { t } = usePage();
  return (
    <Layout title={t.signin.title}>
      <main id="main" class="page narrow" tabindex={-1}>
        <h1>{t.signin.title}</h1>
        {error ? (
          <p id="signin-error" class="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <form method="post" action="/signin" class="stacked">
          <input type="hidden" name="next" value={next ?? ''} />
          <label for="email">{t.signin.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={email ?? ''}
            aria-describedby={error ? 'signin-error' : undefined}
          />
          <label for="password">{t.signin.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <button type="submit" class="primary">
            {t.signin.submit}
          </button>
        </form>
        <p class="hint">{t.signin.journalists}</p>
      </main>
    </Layout>
  );
};
