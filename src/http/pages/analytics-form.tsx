// The selection as a plain GET form to /analytics: the same parameters as GET /api/analytics, plus
// the unit the lengths are shown in.
import type { FC } from 'hono/jsx';
import { FLOOR_BUCKETS } from '../../analytics/floor.ts';
import { LENGTH_UNITS } from '../../analytics/lengths.ts';
import { ORIGINS } from '../../domain/record.ts';
import { formFields } from './form-fields.tsx';
import { usePage } from './scope.tsx';

export const SELECTION_PARAMS = ['conference', 'from', 'to', 'outlet', 'origin', 'speaker', 'lang', 'by', 'splitAt'] as const;
export const ANALYTICS_FIELDS = [...SELECTION_PARAMS, 'unit'] as const;
export type AnalyticsField = (typeof ANALYTICS_FIELDS)[number];
export type AnalyticsFormValues = Partial<Record<AnalyticsField, string>>;

export const ANALYTICS_ERROR_ID = 'analytics-error';

const { TextField, SelectField } = formFields<AnalyticsField>('sel', ANALYTICS_ERROR_ID);

export const AnalyticsForm: FC<{ values: AnalyticsFormValues; errorField: string | undefined }> = ({ values, errorField }) => {
  const { t } = usePage();
  const a = t.analytics;
  const props = { values, errorField };
  const open = SELECTION_PARAMS.some((name) => values[name] !== undefined) || errorField !== undefined;
  return (
    <form method="get" action="/analytics" class="selection-form" data-busy-text={t.common.loading}>
      <details class="filters" open={open}>
        <summary>{a.selection}</summary>
        <div class="field-grid">
          <TextField name="conference" label={a.conference} {...props} />
          <TextField name="from" label={a.from} type="date" {...props} />
          <TextField name="to" label={a.to} type="date" {...props} />
          <TextField name="outlet" label={a.outlet} {...props} />
          <SelectField name="origin" label={a.origin} blank={a.any} options={ORIGINS.map((o) => [o, t.origins[o]])} {...props} />
          <TextField name="speaker" label={a.speaker} {...props} />
          <TextField name="lang" label={a.lang} {...props} />
          {/* The defaults (automatic periods, words) are the empty value, so they stay out of the address. */}
          <SelectField
            name="by"
            label={a.by}
            blank={a.byOptions.auto}
            options={FLOOR_BUCKETS.filter((b) => b !== 'auto').map((b) => [b, a.byOptions[b]])}
            {...props}
          />
          <TextField name="splitAt" label={a.splitAt} type="date" {...props} />
          <SelectField
            name="unit"
            label={a.unit}
            blank={a.units.words}
            options={LENGTH_UNITS.filter((u) => u !== 'words').map((u) => [u, a.units[u]])}
            {...props}
          />
        </div>
        <button type="submit" class="primary">
          {a.submit}
        </button>
      </details>
    </form>
  );
};
