// Times on public pages: beside each start shown in the conference's zone, the same instant in the
// reader's own zone (when it differs), and a countdown before a start that ticks every second.
import { fill } from '../../src/i18n/fill.ts';
import { countdown, formatInZone } from '../../src/i18n/time.ts';

export interface TimeLabels {
  yourTime: string;
  countdown: string;
  countdownDays: string;
}

const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Adds "your time: …" after every <time class="starts-at" data-zone> whose zone is not the reader's offset. */
export function showReaderTimes(labels: TimeLabels, lang = document.documentElement.lang || 'en'): void {
  const zone = readerZone();
  for (const el of document.querySelectorAll<HTMLTimeElement>('time.starts-at[data-zone]')) {
    if (el.nextElementSibling?.classList.contains('reader-time')) continue;
    const iso = el.dateTime;
    const theirs = formatInZone(iso, lang, el.dataset.zone ?? 'UTC');
    const mine = formatInZone(iso, lang, zone);
    if (theirs === mine) continue;
    const span = document.createElement('span');
    span.className = 'reader-time';
    span.textContent = ` (${fill(labels.yourTime, { when: mine })})`;
    el.after(span);
  }
}

/**
 * Ticks every [data-countdown] element (an ISO instant) each second until the start, then calls
 * onStart once. The page's clock is corrected by the server's (serverNow), so a wrong phone clock
 * does not move the start.
 */
export function startCountdowns(labels: TimeLabels, clockOffsetMs: number, onStart: () => void): void {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-countdown]')];
  if (elements.length === 0) return;
  let started = false;
  const tick = () => {
    const now = Date.now() + clockOffsetMs;
    for (const el of elements) {
      const left = Date.parse(el.dataset.countdown ?? '') - now;
      const parts = countdown(left);
      const pad = (n: number) => String(n).padStart(2, '0');
      const clock = `${parts.hours}:${pad(parts.minutes)}:${pad(parts.seconds)}`;
      el.hidden = left <= 0;
      el.textContent = parts.days > 0 ? fill(labels.countdownDays, { days: parts.days, time: clock }) : fill(labels.countdown, { time: clock });
      if (left <= 0 && !started) {
        started = true;
        onStart();
      }
    }
  };
  tick();
  window.setInterval(tick, 250);
}
