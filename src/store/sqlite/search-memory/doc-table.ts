// What filters, facets and bm25 need of every indexed document (one turn in one language), held in
// compact columns by slot, slots in the order of document ids (search_docs.id, the FTS5 rowid).
// About 16 bytes a document: 4 for the id, 1–2 per dictionary-coded column, 1–2 for the length.
//
// Kept exact under writes without reloading: a document id is never reused and its text never
// changes (an edited turn gets new ids, migration 0003_search), so
//   - new documents are those above the highest id loaded (`watermark`);
//   - deleted documents and changed conference status or date are logged by the triggers of
//     migration 0004_search_changes in search_changes, read from the last sequence number seen.
import type BetterSqlite3 from 'better-sqlite3';
import { hexVarintSum } from './fts5-records.ts';
import { Dictionary, NumberColumn, StringColumn } from './columns.ts';
import { seek } from './sorted-ids.ts';

/** Status code 0, the null code (a document's status is never null): the document was deleted. */
export const DEAD = 0;

const COLUMNS = `d.id, d.lang, d.kind, d.speaker, d.outlet, d.origin, d.date, d.status, hex(s.sz)`;
type Row = [
  id: number,
  lang: string,
  kind: string,
  speaker: string | null,
  outlet: string | null,
  origin: string | null,
  date: string | null,
  status: string,
  size: string,
];

export type Refresh = 'current' | 'stale';

export class DocTable {
  ids = new Uint32Array(1024);
  size = 0;
  dead = 0;
  readonly lang = new StringColumn(1024);
  readonly kind = new StringColumn(1024);
  readonly speaker = new StringColumn(1024);
  readonly outlet = new StringColumn(1024);
  readonly origin = new StringColumn(1024);
  readonly date = new StringColumn(1024);
  readonly status = new StringColumn(1024);
  /** Tokens in body and extra: bm25's document length. */
  readonly length = new NumberColumn(1024);
  /** The highest document id loaded. */
  watermark = 0;
  /** Counts compactions: slots before one mean nothing after it. */
  epoch = 0;
  /** The last search_changes sequence number applied. */
  changeSeq = 0;
  /** Deletions so far: postings keep their count of live documents as of a generation. */
  get generation(): number {
    return this.deletionsBefore + this.deletions.length;
  }
  /** The slots of the latest deletions, oldest first; `deletionsBefore` older ones are forgotten. */
  private deletions: number[] = [];
  private deletionsBefore = 0;

  private readonly statements: ReturnType<typeof prepare>;

  constructor(sqlite: BetterSqlite3.Database) {
    this.statements = prepare(sqlite);
  }

  /** Where a load starts: the highest id and change to load up to, in one snapshot. */
  start(): void {
    const [maxId, maxSeq] = this.statements.marks.get() as [number, number];
    this.watermark = 0;
    this.changeSeq = maxSeq;
    this.loadUpTo = maxId;
  }

  private loadUpTo = 0;

  /** Loads the next `count` documents up to the start's highest id; false when all are loaded. */
  loadSome(count: number): boolean {
    const rows = this.statements.range.all(this.watermark, this.loadUpTo, count) as Row[];
    for (const row of rows) this.append(row);
    if (rows.length < count) this.watermark = Math.max(this.watermark, this.loadUpTo);
    return rows.length === count;
  }

  /**
   * Brings the table up to the current snapshot: documents added since, then logged changes.
   * 'stale' when the log no longer holds every change since the last look (it keeps the latest):
   * the table must be loaded again.
   */
  refresh(): Refresh {
    const before = this.watermark;
    for (const row of this.statements.after.all(this.watermark) as Row[]) this.append(row);
    const changes = this.statements.changes.all(this.changeSeq) as [seq: number, docId: number][];
    if (changes.length === 0) return 'current';
    if (changes[0]![0] !== this.changeSeq + 1) return 'stale';
    for (const [, docId] of changes) if (docId <= before) this.reread(docId);
    this.changeSeq = changes.at(-1)![0];
    if (this.dead > 1024 && this.dead * 4 > this.size) this.compact();
    return 'current';
  }

  private append(row: Row): void {
    const [id] = row;
    if (id <= this.watermark) return;
    if (id > 0xffffffff) throw new RangeError('document ids beyond 2^32 are not supported in memory');
    if (this.size === this.ids.length) this.grow(this.size * 2);
    const slot = this.size++;
    this.ids[slot] = id;
    this.write(slot, row);
    this.length.set(slot, hexVarintSum(row[8]));
    this.watermark = id;
  }

  private write(slot: number, [, lang, kind, speaker, outlet, origin, date, status]: Row): void {
    this.lang.set(slot, lang);
    this.kind.set(slot, kind);
    this.speaker.set(slot, speaker);
    this.outlet.set(slot, outlet);
    this.origin.set(slot, origin);
    this.date.set(slot, date);
    this.status.set(slot, status);
  }

  private reread(id: number): void {
    const slot = this.slotOf(id);
    if (slot < 0 || this.status.codes.values[slot] === DEAD) return;
    const row = this.statements.one.get(id) as Row | undefined;
    if (row) {
      this.write(slot, row);
    } else {
      this.status.codes.set(slot, DEAD);
      this.dead++;
      this.deletions.push(slot);
      if (this.deletions.length > 65536) {
        this.deletionsBefore += 32768;
        this.deletions = this.deletions.slice(32768);
      }
    }
  }

  /** The slots deleted since `generation`, or null when they are no longer all known. */
  deletedSince(generation: number): number[] | null {
    return generation < this.deletionsBefore ? null : this.deletions.slice(generation - this.deletionsBefore);
  }

  isLive(slot: number): boolean {
    return this.status.codes.values[slot] !== DEAD;
  }

  /** The years (a date's first four characters, as the facets count them), and the year of each date code. */
  years(): { names: string[]; ofDate: Uint32Array } {
    const dates = this.date.dictionary.values;
    if (this.yearsOfDates.ofDate.length < dates.length) {
      const ofDate = new Uint32Array(dates.length);
      ofDate.set(this.yearsOfDates.ofDate);
      for (let code = this.yearsOfDates.ofDate.length; code < dates.length; code++) ofDate[code] = this.yearDictionary.code(dates[code]?.slice(0, 4) ?? null);
      this.yearsOfDates = { names: this.yearDictionary.values as string[], ofDate };
    }
    return this.yearsOfDates;
  }

  private readonly yearDictionary = new Dictionary();
  private yearsOfDates = { names: [] as string[], ofDate: new Uint32Array(0) };

  /**
   * The slots of ascending document ids that are all in the table (FTS5 has no row the table
   * lacks once refreshed in the same snapshot).
   */
  slotsOf(ids: ArrayLike<number>): Uint32Array {
    const slots = new Uint32Array(ids.length);
    const all = this.ids.subarray(0, this.size);
    let slot = 0;
    for (let i = 0; i < ids.length; i++) {
      slot = seek(all, ids[i]!, slot);
      if (all[slot] !== ids[i]) throw new Error(`search: document ${ids[i]} is in the index but not in search_docs`);
      slots[i] = slot;
    }
    return slots;
  }

  /** The slot of a document id, or -1 when it is not in the table. */
  slotOf(id: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.ids[mid]!;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Drops deleted documents' slots; slots change, so the epoch does. */
  private compact(): void {
    const live: number[] = [];
    for (let slot = 0; slot < this.size; slot++) if (this.status.codes.values[slot] !== DEAD) live.push(slot);
    const slots = Uint32Array.from(live);
    for (let i = 0; i < slots.length; i++) this.ids[i] = this.ids[slots[i]!]!;
    for (const column of this.columns()) column.keep(slots);
    this.size = slots.length;
    this.dead = 0;
    this.epoch++;
    this.deletionsBefore = this.generation;
    this.deletions = [];
  }

  private grow(capacity: number): void {
    const ids = new Uint32Array(capacity);
    ids.set(this.ids.subarray(0, this.size));
    this.ids = ids;
    for (const column of this.columns()) column.resize(capacity);
  }

  private columns(): NumberColumn[] {
    return [this.lang.codes, this.kind.codes, this.speaker.codes, this.outlet.codes, this.origin.codes, this.date.codes, this.status.codes, this.length];
  }

  get bytes(): number {
    return this.ids.byteLength + this.columns().reduce((sum, c) => sum + c.bytes, 0);
  }
}

function prepare(sqlite: BetterSqlite3.Database) {
  const from = `FROM search_docs d JOIN search_fts_docsize s ON s.id = d.id`;
  return {
    marks: sqlite.prepare(`SELECT (SELECT ifnull(max(id), 0) FROM search_docs), (SELECT ifnull(max(seq), 0) FROM search_changes)`).raw(),
    range: sqlite.prepare(`SELECT ${COLUMNS} ${from} WHERE d.id > ? AND d.id <= ? ORDER BY d.id LIMIT ?`).raw(),
    after: sqlite.prepare(`SELECT ${COLUMNS} ${from} WHERE d.id > ? ORDER BY d.id`).raw(),
    one: sqlite.prepare(`SELECT ${COLUMNS} ${from} WHERE d.id = ?`).raw(),
    changes: sqlite.prepare(`SELECT seq, doc_id FROM search_changes WHERE seq > ? ORDER BY seq`).raw(),
  };
}
