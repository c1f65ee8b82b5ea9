// The SQL aggregate presser_search_collect(rank, id, speaker, outlet, date, keep, facetSize): one
// pass over a search's matches gathers the best `keep` documents by rank, the total and the counts
// per speaker, outlet and year. SQLite would sort the whole match set once per GROUP BY and once
// for ORDER BY rank; counting in a Map costs one call per match instead.

/** Best first: lower bm25 rank, then lower id, so paging is stable. */
type Ranked = [rank: number, id: number];

export interface Collected {
  total: number;
  top: Ranked[];
  speakers: [string, number][];
  outlets: [string, number][];
  years: [string, number][];
}

const byRank = (a: Ranked, b: Ranked) => a[0] - b[0] || a[1] - b[1];

/** The best `keep` of many (rank, id) pairs: lower rank first, then lower id, so paging is stable. */
export class TopRanks {
  private top: Ranked[] = [];
  /** The rank a pair must beat once `top` holds `keep` of them. */
  private worst = Infinity;

  /** `idsAscending`: pairs come in ascending id order, so one only tying the worst kept can never get in. */
  constructor(
    private keep: number,
    private readonly idsAscending = false,
  ) {}

  add(rank: number, id: number, keep = this.keep): void {
    this.keep = keep;
    if (keep > 0 && (rank < this.worst || (rank === this.worst && !this.idsAscending) || this.top.length < keep)) {
      this.top.push([rank, id]);
      // Sort and cut only now and then: amortized, a pair costs one push.
      if (this.top.length >= 2 * keep + 64) this.prune();
    }
  }

  private prune(): void {
    this.top.sort(byRank);
    this.top.length = Math.min(this.top.length, this.keep);
    if (this.keep > 0 && this.top.length === this.keep) this.worst = this.top[this.keep - 1]![0];
  }

  result(): Ranked[] {
    this.prune();
    return this.top;
  }
}

/** The `size` most frequent values, ties in alphabetical order (localeCompare, as ever). */
export function mostFrequent(counts: [string, number][], size: number): [string, number][] {
  // Sorting by count alone first keeps the slower string comparisons to the values that may be listed.
  counts.sort((a, b) => b[1] - a[1]);
  if (counts.length > size) {
    const cut = counts[size - 1]?.[1] ?? 0;
    let end = size;
    while (end < counts.length && counts[end]![1] === cut) end++;
    counts.length = end;
  }
  return counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, size);
}

/** Years, latest first. */
export function latestFirst(years: [string, number][]): [string, number][] {
  return years.sort((a, b) => b[0].localeCompare(a[0]));
}

export class SearchCollector {
  private total = 0;
  private facetSize = 0;
  private readonly top = new TopRanks(0);
  private readonly speakers = new Map<string, number>();
  private readonly outlets = new Map<string, number>();
  private readonly years = new Map<string, number>();

  add(rank: number, id: number, speaker: string | null, outlet: string | null, date: string | null, keep: number, facetSize: number): void {
    this.total++;
    this.facetSize = facetSize;
    if (speaker !== null) this.speakers.set(speaker, (this.speakers.get(speaker) ?? 0) + 1);
    if (outlet !== null) this.outlets.set(outlet, (this.outlets.get(outlet) ?? 0) + 1);
    if (date !== null) {
      const year = date.slice(0, 4);
      this.years.set(year, (this.years.get(year) ?? 0) + 1);
    }
    this.top.add(rank, id, keep);
  }

  result(): string {
    const collected: Collected = {
      total: this.total,
      top: this.top.result(),
      speakers: mostFrequent([...this.speakers], this.facetSize),
      outlets: mostFrequent([...this.outlets], this.facetSize),
      years: latestFirst([...this.years]),
    };
    return JSON.stringify(collected);
  }
}

/** Registration options for better-sqlite3's aggregate(). */
export const searchCollectAggregate = {
  start: () => new SearchCollector(),
  step: (c: SearchCollector, rank: number, id: number, speaker: string | null, outlet: string | null, date: string | null, keep: number, facetSize: number) => {
    c.add(rank, id, speaker, outlet, date, keep, facetSize);
  },
  result: (c: SearchCollector) => c.result(),
};
