/** @jsxImportSource preact */
// The shapes every admin tab shares: a list as a table, and a form that creates one more.
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import { ErrorLine, TableWrap } from '../lib/components.tsx';

/** "Loading…" in the interface's language, for every list of the admin page (AdminApp provides it). */
export const LoadingText = createContext('Loading…');

/** A table of items with a header per column; "Loading…" until the list arrives, `emptyText` when it is loaded and empty. */
export function ListTable<T>({
  label,
  headers,
  items,
  row,
  emptyText,
}: {
  label: string;
  headers: string[];
  items: T[] | null;
  row: (item: T) => JSX.Element;
  emptyText?: string;
}) {
  const loading = useContext(LoadingText);
  return (
    <>
      {items === null ? (
        <p class="loading" role="status">
          {loading}
        </p>
      ) : null}
      {emptyText && items?.length === 0 ? <p>{emptyText}</p> : null}
      <TableWrap label={label}>
        <table aria-busy={items === null ? 'true' : undefined}>
          <thead>
            <tr>
              {headers.map((header) => (
                <th scope="col">{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>{(items ?? []).map(row)}</tbody>
        </table>
      </TableWrap>
    </>
  );
}

/** A form of fields in a grid, one submit button, and the error of the last attempt. */
export function CreateForm({
  onSubmit,
  busy,
  error,
  submitLabel,
  children,
}: {
  onSubmit: (e: Event) => void;
  busy: boolean;
  error: string | null;
  submitLabel: string;
  children: ComponentChildren;
}) {
  return (
    <form class="stacked" onSubmit={onSubmit}>
      <div class="grid-form">{children}</div>
      <button type="submit" class="primary" disabled={busy}>
        {submitLabel}
      </button>
      <ErrorLine message={error} />
    </form>
  );
}
