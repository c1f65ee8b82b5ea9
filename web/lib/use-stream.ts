// The live stream as a Preact hook: events go to the latest handler, the connection state is
// returned for a visible "reconnecting" badge.
import { useEffect, useRef, useState } from 'preact/hooks';
import { openStream, type StreamState } from './stream.ts';

export function useStream(slug: string, lastEventId: number, types: readonly string[], onEvent: (type: string, data: any, id: number) => void): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const stream = openStream({ slug, lastEventId, types, onEvent: (type, data, id) => handler.current(type, data, id), onState: setState });
    return () => stream.close();
    // One stream per page and conference: it resumes by itself from the last event it saw.
  }, [slug]);
  return state;
}
