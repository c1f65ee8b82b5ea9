// A list loaded from the API, with reload after a change and the error to show. A load that fails
// (the network dropped, the server restarting, a rate limit) shows its error and tries again on
// its own, waiting longer each time, so a tab never stays empty until the admin reloads the page.
// Only the latest request counts: an older answer arriving late never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../lib/api.ts';

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

export function useList<T>(path: string, key: string): { items: T[] | null; reload(): Promise<void>; error: string | null } {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | null; wait: number }>({ timer: null, wait: FIRST_RETRY_MS });
  const reload = useCallback(async () => {
    const request = ++latest.current;
    if (retry.current.timer) clearTimeout(retry.current.timer);
    retry.current.timer = null;
    try {
      const body = await api<Record<string, T[]>>('GET', path);
      if (request !== latest.current) return;
      setItems(body[key] ?? []);
      setError(null);
      retry.current.wait = FIRST_RETRY_MS;
    } catch (e) {
      if (request !== latest.current) return;
      setError((e as Error).message);
      const wait = retry.current.wait;
      retry.current.wait = Math.min(wait * 2, LAST_RETRY_MS);
      retry.current.timer = setTimeout(() => void reload(), wait);
    }
  }, [path, key]);
  useEffect(() => {
    void reload();
    return () => {
      // Unmounted or another path: no answer or retry of this one may land.
      latest.current++;
      if (retry.current.timer) clearTimeout(retry.current.timer);
      retry.current = { timer: null, wait: FIRST_RETRY_MS };
    };
  }, [reload]);
  return { items, reload, error };
}
