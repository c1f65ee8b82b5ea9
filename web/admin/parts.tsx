/** @jsxImportSource preact */
// The shapes every admin tab shares: a list as a table, and a form that creates one more.
import type { ComponentChildren, JSX } from 'preact';
import { ErrorLine, TableWrap } from '../lib/components.tsx';

/** A table of items with a header per column; `emptyText` shows when the list is loaded and empty. */
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
  return (
    <>
      {emptyText && items?.length === 0 ? <p>{emptyText}</p> : null}
      <TableWrap label={label}>
        <table>
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
