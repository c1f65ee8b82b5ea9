// A page opened before the start: the countdown ticks, and the page asks the server for the
// conference's state (every 15 s before the start, every second from the start on) so it turns
// into the live page within a second of the moderator starting it, without a reload by the reader.
import type { LivePageData } from '../../src/http/pages/page-data.ts';
import { startCountdowns } from '../times/local-times.ts';

const BEFORE_START_MS = 15_000;
const AFTER_START_MS = 1_000;

export function awaitStart(data: LivePageData, onLive: () => void): void {
  const clockOffset = Date.parse(data.serverNow) - Date.now();
  let timer = 0;
  const startsAt = data.startsAt ? Date.parse(data.startsAt) : null;
  const due = () => startsAt !== null && Date.now() + clockOffset >= startsAt - AFTER_START_MS;
  const poll = async () => {
    try {
      const res = await fetch(`/api/conferences/${encodeURIComponent(data.slug)}/status`, { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (res.ok) {
        const state = (await res.json()) as { status: LivePageData['status'] };
        if (state.status !== 'scheduled' && state.status !== 'draft') return onLive();
      }
    } catch {
      // Offline for a moment: the next poll tries again.
    }
    timer = window.setTimeout(poll, due() ? AFTER_START_MS : BEFORE_START_MS);
  };
  startCountdowns(data.times, clockOffset, () => {
    window.clearTimeout(timer);
    void poll();
  });
  timer = window.setTimeout(poll, due() ? AFTER_START_MS : BEFORE_START_MS);
}
