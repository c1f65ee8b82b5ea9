// The postings of recently searched phrases, least recently used dropped first beyond a budget in
// bytes. Common words are both the costly ones to read from FTS5 and the ones searched most.
import type { Postings } from './postings.ts';

export class PostingsCache {
  private readonly entries = new Map<string, Postings>();
  private used = 0;

  constructor(readonly budget: number) {}

  get(key: string): Postings | undefined {
    const p = this.entries.get(key);
    if (p) {
      this.entries.delete(key);
      this.entries.set(key, p);
    }
    return p;
  }

  set(key: string, p: Postings): void {
    const old = this.entries.get(key);
    if (old) {
      this.used -= bytesOf(old);
      this.entries.delete(key);
    }
    if (bytesOf(p) > this.budget) return;
    this.entries.set(key, p);
    this.used += bytesOf(p);
    for (const [k, v] of this.entries) {
      if (this.used <= this.budget) break;
      this.entries.delete(k);
      this.used -= bytesOf(v);
    }
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }
}

function bytesOf(p: Postings): number {
  return p.slots.byteLength + p.f2.byteLength;
}
