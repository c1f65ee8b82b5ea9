// The state of a button's action: busy while it runs, and the error it ended with.
import { useState } from 'preact/hooks';
import { fill } from '../../src/i18n/fill.ts';

/** Runs an action against the API, one at a time, reporting its failure in the interface's words. */
export function useAction(failed: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <R>(action: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(fill(failed, { message: (e as Error).message }));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
