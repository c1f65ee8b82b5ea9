// A phrase's postings: every document that has it, as ascending slots of the document table, with
// its occurrences weighted as the rank weighs them (body 1, extra 0.5; kept doubled as whole
// numbers). Queries combine and score them in memory; FTS5 is asked once per phrase, and again
// only for documents added since.
//
// Asking FTS5: `SELECT rowid FROM search_fts WHERE MATCH` walks a phrase's rows in ~0.05 µs each,
// but what bm25 needs per row comes only through an auxiliary function, ~0.6 µs a row (it reads
// the row's docsize record). Two ways around it:
//   - a single word (plain letters and digits, or Chinese characters: tokens that unicode61
//     leaves as they are, so the indexed term is known) is read from the fts5vocab table, one
//     row per occurrence with its column, ~0.16 µs a document;
//   - any other phrase (several words, a prefix, a column, other scripts) from FTS5's rank in a
//     query of that phrase alone: with one phrase, rank = -idf * g(f, D) and f is read back
//     (bm25.ts), ~1 µs a document.
import type BetterSqlite3 from 'better-sqlite3';
import { phraseExpression, type Phrase } from '../../../search/match.ts';
import { averageLength, idfOf, idfRatio, occurrencesFromScore } from './bm25.ts';
import type { DocTable } from './doc-table.ts';
import type { IndexTotals } from './fts5-records.ts';
import { seek } from './sorted-ids.ts';

export interface Postings {
  /** Ascending slots of the document table, as of its `epoch`. */
  slots: Uint32Array;
  /** Occurrences in the document of the same index, doubled (body counts 2, extra 1). */
  f2: Uint16Array | Uint32Array;
  epoch: number;
  /** Documents up to this id are covered. */
  watermark: number;
  /** Documents of `slots` not deleted, as of the table's deletion count `countedAt`. */
  live: number;
  countedAt: number;
}

type Found = { slots: Uint32Array; f2: Uint16Array | Uint32Array };

/**
 * Tokens unicode61 (remove_diacritics 2) indexes unchanged once ASCII letters are lower-cased:
 * ASCII letters and digits, or Han characters that Unicode 6.1 (unicode61's tables) already had.
 */
const PLAIN_TOKEN = /^(?:[a-z0-9]+|[\u3400-\u4db5\u4e00-\u9fcc]+)$/;

export class PostingsSource {
  private readonly statements: ReturnType<typeof prepare>;

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly table: DocTable,
  ) {
    this.statements = prepare(sqlite);
  }

  /** All of a phrase's documents now. */
  read(phrase: Phrase, totals: IndexTotals): Postings {
    const term = phrase.text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
    const fromVocab = !phrase.prefix && !phrase.bodyOnly && PLAIN_TOKEN.test(term);
    const { slots, f2 } = fromVocab ? this.fromVocab(term) : this.fromRank(phrase, 0, 0, totals);
    const { epoch, watermark, generation } = this.table;
    return { slots, f2, epoch, watermark, live: slots.length, countedAt: generation };
  }

  /** The postings with the documents added since they were read. */
  extend(phrase: Phrase, old: Postings, totals: IndexTotals): Postings {
    this.countLive(old);
    // Most writes add no document with the phrase; finding that out costs no rank (see fromRank).
    if (this.statements.newer.get(phraseExpression(phrase), old.watermark) === undefined) return { ...old, watermark: this.table.watermark };
    const added = this.fromRank(phrase, old.watermark, old.live, totals);
    const slots = new Uint32Array(old.slots.length + added.slots.length);
    slots.set(old.slots);
    slots.set(added.slots, old.slots.length);
    const f2 = old.f2 instanceof Uint32Array || added.f2 instanceof Uint32Array ? new Uint32Array(slots.length) : new Uint16Array(slots.length);
    f2.set(old.f2);
    f2.set(added.f2, old.f2.length);
    return { ...old, slots, f2, watermark: this.table.watermark, live: old.live + added.slots.length };
  }

  /** Brings `live` up to date with the deletions since it was counted. */
  countLive(p: Postings): void {
    if (p.countedAt === this.table.generation) return;
    const deleted = this.table.deletedSince(p.countedAt);
    if (deleted === null) {
      p.live = 0;
      for (const slot of p.slots) if (this.table.isLive(slot)) p.live++;
    } else {
      for (const slot of deleted) {
        const at = seek(p.slots, slot, 0);
        if (p.slots[at] === slot) p.live--;
      }
    }
    p.countedAt = this.table.generation;
  }

  /** Occurrences per document from fts5vocab: one row per occurrence, in document order. */
  private fromVocab(term: string): Found {
    const list = (this.statements.vocab.get(term) as string | null) ?? '';
    const ids: number[] = [];
    const f2: number[] = [];
    let value = 0;
    for (let i = 0; i <= list.length && list.length > 0; i++) {
      const c = i < list.length ? list.charCodeAt(i) : 44;
      if (c !== 44) {
        value = value * 10 + (c - 48);
        continue;
      }
      // doc * 2 + 1 for an occurrence in extra, doc * 2 in body.
      const extra = value % 2;
      const id = (value - extra) / 2;
      const weight = extra ? 1 : 2;
      if (ids[ids.length - 1] === id) f2[f2.length - 1] = f2[f2.length - 1]! + weight;
      else {
        ids.push(id);
        f2.push(weight);
      }
      value = 0;
    }
    return { slots: this.table.slotsOf(ids), f2: narrow(f2) };
  }

  /**
   * Documents above `after` with the phrase, and their occurrences read back from the rank of a
   * query of this phrase alone. `liveBefore` is how many documents up to `after` have it: the
   * idf FTS5 used counts every row with the phrase. (Ranking always walks all the phrase's rows
   * once, for that idf. FTS5 walks in ascending rowid order from the first row whatever the lower
   * bound, but stops at it going down: hence descending order.)
   */
  private fromRank(phrase: Phrase, after: number, liveBefore: number, totals: IndexTotals): Found {
    const list = (this.statements.ranked.get(phraseExpression(phrase), after) as string | null) ?? '';
    const parts = list === '' ? [] : list.split(' ');
    const count = parts.length / 2;
    const pairs = Array.from({ length: count }, (_, i) => [Number(parts[2 * i]), Number(parts[2 * i + 1])] as const);
    // SQLite feeds the aggregate in the subquery's order (descending); nothing here depends on it.
    const descending = pairs.every((p, i) => i === 0 || pairs[i - 1]![0] > p[0]);
    if (descending) pairs.reverse();
    else pairs.sort((a, b) => a[0] - b[0]);
    const ids = pairs.map((p) => p[0]);
    const ranks = pairs.map((p) => p[1]);
    const slots = this.table.slotsOf(ids);
    const idf = idfOf(this.statements.ln.get(idfRatio(totals, liveBefore + count)) as number);
    const avgdl = averageLength(totals);
    const f2: number[] = [];
    for (let i = 0; i < count; i++) {
      const f = occurrencesFromScore(-ranks[i]!, idf, this.table.length.values[slots[i]!]!, avgdl);
      if (Number.isNaN(f)) throw new Error(`search: the rank of document ${ids[i]} for ${phraseExpression(phrase)} does not fit bm25`);
      f2.push(f);
    }
    return { slots, f2: narrow(f2) };
  }
}

function narrow(f2: number[]): Uint16Array | Uint32Array {
  return f2.some((n) => n > 0xffff) ? Uint32Array.from(f2) : Uint16Array.from(f2);
}

function prepare(sqlite: BetterSqlite3.Database) {
  sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, instance)`);
  return {
    vocab: sqlite.prepare(`SELECT group_concat(doc * 2 + (col = 'extra')) FROM temp.search_vocab WHERE term = ?`).pluck(),
    ranked: sqlite
      .prepare(
        `SELECT group_concat(rowid || ' ' || rank, ' ') FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? AND rowid > ? ORDER BY rowid DESC)`,
      )
      .pluck(),
    newer: sqlite.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid > ? ORDER BY rowid DESC LIMIT 1`).pluck(),
    ln: sqlite.prepare(`SELECT ln(?)`).pluck(),
  };
}
