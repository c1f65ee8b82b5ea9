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

/** Runs an admin action, reporting its failure in the interface's words. */
export function useAction(failed: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <R,>(action: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(failed.replace('{message}', (e as Error).message));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
