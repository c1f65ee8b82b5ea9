// The conference a live stream asks for, read once for every stream asking at the same time and
// reused for a second: a reconnect storm of thousands of viewers on a node costs a few reads of the
// conference, not one per viewer. A second-old answer is good enough for who may watch; the head
// of the log is checked against the hub's own, and read again when a viewer is ahead of both.
import type { ConferenceInfo } from '../store/store.ts';

interface Entry {
  /** When the read started (performance.now()). */
  at: number;
  info: Promise<ConferenceInfo | null>;
}

export class StreamConferences {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly read: (slug: string) => Promise<ConferenceInfo | null>,
    private readonly maxAgeMs = 1000,
  ) {}

  /**
   * The conference with this slug. `startedSince` asks for a read that started at or after that
   * moment (performance.now()): a stream ahead of the last answer waits for a newer one, which the
   * streams asking together still share.
   */
  get(slug: string, startedSince?: number): Promise<ConferenceInfo | null> {
    const now = performance.now();
    const entry = this.entries.get(slug);
    if (entry && now - entry.at < this.maxAgeMs && (startedSince === undefined || entry.at >= startedSince)) return entry.info;
    const info = this.read(slug);
    const fresh = { at: now, info };
    this.entries.set(slug, fresh);
    // Only conferences that exist stay in memory (a stranger's invented slugs do not pile up), and
    // a failed read is not kept for the next stream.
    const forget = () => {
      if (this.entries.get(slug) === fresh) this.entries.delete(slug);
    };
    info.then((found) => found ?? forget(), forget);
    if (this.entries.size > 10_000) for (const [key, old] of this.entries) if (now - old.at >= this.maxAgeMs) this.entries.delete(key);
    return info;
  }
}
