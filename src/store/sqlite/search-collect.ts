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

export class SearchCollector {
  private total = 0;
  private keep = 0;
  private facetSize = 0;
  private top: Ranked[] = [];
  /** The rank a match must beat once `top` holds `keep` documents. */
  private worst = Infinity;
  private readonly speakers = new Map<string, number>();
  private readonly outlets = new Map<string, number>();
  private readonly years = new Map<string, number>();

  add(rank: number, id: number, speaker: string | null, outlet: string | null, date: string | null, keep: number, facetSize: number): void {
    this.total++;
    this.keep = keep;
    this.facetSize = facetSize;
    if (speaker !== null) this.speakers.set(speaker, (this.speakers.get(speaker) ?? 0) + 1);
    if (outlet !== null) this.outlets.set(outlet, (this.outlets.get(outlet) ?? 0) + 1);
    if (date !== null) {
      const year = date.slice(0, 4);
      this.years.set(year, (this.years.get(year) ?? 0) + 1);
    }
    if (keep > 0 && (rank <= this.worst || this.top.length < keep)) {
      this.top.push([rank, id]);
      // Sort and cut only now and then: amortized, a match costs one push.
      if (this.top.length >= 2 * keep + 64) this.prune();
    }
  }

  private prune(): void {
    this.top.sort(byRank);
    this.top.length = Math.min(this.top.length, this.keep);
    if (this.keep > 0 && this.top.length === this.keep) this.worst = this.top[this.keep - 1]![0];
  }

  result(): string {
    this.prune();
    const most = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, this.facetSize);
    const collected: Collected = { total: this.total, top: this.top, speakers: most(this.speakers), outlets: most(this.outlets), years: [...this.years].sort((a, b) => b[0].localeCompare(a[0])) };
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
