/** @jsxImportSource preact */
// The shapes every admin tab shares: a list as a table, and a form that creates one more.
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import { ErrorLine, TableWrap } from '../lib/components.tsx';

/** "Loading…" in the interface's language, for every list of the admin page (AdminApp provides it). */
export const LoadingText = createContext('Loading…');

/**
 * A table of items with a header per column; "Loading…" until the list arrives (not once loading
 * has failed: the tab shows the error instead), `emptyText` when it is loaded and empty.
 */
export function ListTable<T>({
  label,
  headers,
  items,
  row,
  emptyText,
  failed = false,
}: {
  label: string;
  headers: string[];
  items: T[] | null;
  row: (item: T) => JSX.Element;
  emptyText?: string;
  failed?: boolean;
}) {
  const loading = useContext(LoadingText);
  const waiting = items === null && !failed;
  return (
    <>
      {waiting ? (
        <p class="loading" role="status">
          {loading}
        </p>
      ) : null}
      {emptyText && items?.length === 0 ? <p>{emptyText}</p> : null}
      <TableWrap label={label}>
        <table aria-busy={waiting ? 'true' : undefined}>
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
