// A list loaded from the API, with reload after a change and the error to show.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.ts';

export function useList<T>(path: string, key: string): { items: T[] | null; reload(): Promise<void>; error: string | null } {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const body = await api<Record<string, T[]>>('GET', path);
      setItems(body[key] ?? []);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [path, key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, reload, error };
}
