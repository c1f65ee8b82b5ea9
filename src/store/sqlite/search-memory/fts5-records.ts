// The few FTS5 records the in-memory search reads as they are stored (fts5_index.c, fts5_storage.c):
// numbers in them are SQLite varints, big-endian, 7 bits a byte with the high bit set on every byte
// but the last; a ninth byte, when there is one, holds 8 bits.
//
// search_fts_docsize.sz    one varint per column: the row's tokens in body and in extra.
// search_fts_data id = 1   the "averages" record: rows, then tokens per column. bm25 reads it for
//                          the row count and the average length. With contentless_delete, FTS5
//                          does not lower it when a row is deleted, so it is read, not counted.

/** The varints of a record, in order. */
export function readVarints(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    let value = 0;
    let i = 0;
    for (; i < 8; i++) {
      const byte = bytes[at + i] ?? 0;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    if (i === 8) value = value * 256 + (bytes[at + 8] ?? 0);
    at += Math.min(i, 8) + 1;
    out.push(value);
  }
  return out;
}

/** The sum of the varints written in hex (as SQL hex() gives a docsize blob): the row's length in tokens. */
export function hexVarintSum(hex: string): number {
  let sum = 0;
  let value = 0;
  let bytes = 0;
  for (let at = 0; at + 1 < hex.length; at += 2) {
    const byte = parseInt(hex.slice(at, at + 2), 16);
    bytes++;
    if (bytes === 9) {
      sum += value * 256 + byte;
      value = 0;
      bytes = 0;
    } else {
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) {
        sum += value;
        value = 0;
        bytes = 0;
      }
    }
  }
  return sum;
}

/** Rows ever indexed and their tokens in all columns, as bm25 sees them. */
export interface IndexTotals {
  rows: number;
  tokens: number;
}

export function averagesRecord(block: Uint8Array | null | undefined): IndexTotals {
  const [rows = 0, ...columns] = block ? readVarints(block) : [];
  return { rows, tokens: columns.reduce((a, b) => a + b, 0) };
}
