import type { FC } from 'hono/jsx';
import { fill } from '../../i18n/index.ts';
import { Layout } from './layout.tsx';
import { usePage } from './scope.tsx';

export interface OpenConference {
  slug: string;
  title: string;
  date: string | null;
}

export interface ApplyValues {
  name?: string;
  email?: string;
  outlet?: string;
  scope?: string;
  conference?: string;
  validFrom?: string;
  validUntil?: string;
}

const Field: FC<{
  id: keyof ApplyValues;
  label: string;
  type?: string;
  values: ApplyValues;
  errorField?: string | undefined;
  required?: boolean;
  autocomplete?: string;
}> = ({ id, label, type, values, errorField, required, autocomplete }) => (
  <>
    <label for={id}>{label}</label>
    <input
      id={id}
      name={id}
      type={type ?? 'text'}
      value={values[id] ?? ''}
      required={required}
      autocomplete={autocomplete}
      aria-invalid={errorField === id ? 'true' : undefined}
      aria-describedby={errorField === id ? 'apply-error' : undefined}
    />
  </>
);

/** The application form: a plain POST to /accreditation, no JavaScript needed. */
export const ApplyPage: FC<{ conferences: OpenConference[]; values: ApplyValues; error?: string | undefined; errorField?: string | undefined }> = ({
  conferences,
  values,
  error,
  errorField,
}) => {
  const { t } = usePage();
  const scope = values.scope ?? (conferences.length > 0 ? 'conference' : 'period');
  return (
    <Layout title={t.apply.title}>
      <main id="main" class="page narrow" tabindex={-1}>
        <h1>{t.apply.title}</h1>
        <p>{t.apply.intro}</p>
        {error ? (
          <p id="apply-error" class="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <form method="post" action="/accreditation" class="stacked">
          <Field id="name" label={t.apply.name} values={values} errorField={errorField} required autocomplete="name" />
          <Field id="email" label={t.apply.email} type="email" values={values} errorField={errorField} required autocomplete="email" />
          <Field id="outlet" label={t.apply.outlet} values={values} errorField={errorField} required autocomplete="organization" />
          <fieldset>
            <legend>{t.apply.scope}</legend>
            <label class="choice">
              <input type="radio" name="scope" value="conference" checked={scope === 'conference'} disabled={conferences.length === 0} />{' '}
              {t.apply.oneConference}
            </label>
            {conferences.length > 0 ? (
              <div class="indent">
                <label for="conference">{t.apply.conference}</label>
                <select id="conference" name="conference" aria-invalid={errorField === 'conference' ? 'true' : undefined}>
                  {conferences.map((c) => (
                    <option value={c.slug} selected={values.conference === c.slug}>
                      {c.date ? `${c.date} · ${c.title}` : c.title}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <p class="hint">{t.apply.noConferences}</p>
            )}
            <label class="choice">
              <input type="radio" name="scope" value="period" checked={scope === 'period'} /> {t.apply.period}
            </label>
            <div class="indent two-fields">
              <span>
                <Field id="validFrom" label={t.apply.from} type="date" values={values} errorField={errorField} />
              </span>
              <span>
                <Field id="validUntil" label={t.apply.until} type="date" values={values} errorField={errorField} />
              </span>
            </div>
          </fieldset>
          <button type="submit" class="primary">
            {t.apply.submit}
          </button>
        </form>
      </main>
    </Layout>
  );
};

export const AppliedPage: FC<{ name: string; outlet: string }> = ({ name, outlet }) => {
  const { t } = usePage();
  return (
    <Layout title={t.apply.thanksTitle}>
      <main id="main" class="page narrow" tabindex={-1}>
        <h1>{t.apply.thanksTitle}</h1>
        <p role="status">{fill(t.apply.thanks, { name, outlet })}</p>
        <p>
          <a href="/">{t.errors.backHome}</a>
        </p>
      </main>
    </Layout>
  );
};
