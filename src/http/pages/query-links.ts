// Addresses for the GET forms' links (facets, paging, downloads): the filters in use and nothing else.

export type QueryValues = Record<string, string | number | undefined | null>;

/** PATH?a=1&b=2 with empty and missing values left out; PATH alone when nothing is left. */
export function hrefWith(path: string, params: QueryValues): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A GET form sends every field, empty ones too: keep only those with a value, trimmed. */
export function filledFields<K extends string>(raw: Record<string, string | undefined>, names: readonly K[]): Partial<Record<K, string>> {
  const fields: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = raw[name]?.trim();
    if (value) fields[name] = value;
  }
  return fields;
}
