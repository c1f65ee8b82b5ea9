// The fields of the plain GET forms (search, analytics): a label, an input or a select keeping the
// reader's value, and the mark of the field an error names.
import type { FC } from 'hono/jsx';

export interface FieldProps<F extends string> {
  name: F;
  label: string;
  values: Partial<Record<F, string>>;
  errorField: string | undefined;
}

/** Fields whose ids start with `idPrefix` and whose error message has the id `errorId`. */
export function formFields<F extends string>(idPrefix: string, errorId: string) {
  /** What every field shares: its id and name, and the error it may be marked with. */
  const attributes = (name: F, errorField: string | undefined) => {
    const wrong = errorField === name;
    return { id: `${idPrefix}-${name}`, name, 'aria-invalid': wrong ? 'true' : undefined, 'aria-describedby': wrong ? errorId : undefined };
  };

  const TextField: FC<FieldProps<F> & { type?: string }> = ({ name, label, values, errorField, type }) => (
    <div class="field">
      <label for={`${idPrefix}-${name}`}>{label}</label>
      <input {...attributes(name, errorField)} type={type ?? 'text'} value={values[name] ?? ''} />
    </div>
  );

  /** `blank` is the first option, the empty value: "any", or the default the address leaves out. */
  const SelectField: FC<FieldProps<F> & { options: readonly [string, string][]; blank: string }> = ({ name, label, values, errorField, options, blank }) => (
    <div class="field">
      <label for={`${idPrefix}-${name}`}>{label}</label>
      <select {...attributes(name, errorField)}>
        <option value="">{blank}</option>
        {options.map(([value, text]) => (
          <option value={value} selected={values[name] === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return { attributes, TextField, SelectField };
}
