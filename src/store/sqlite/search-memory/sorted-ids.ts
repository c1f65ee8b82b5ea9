// Sets of document ids as ascending Uint32Arrays: what FTS5's AND, OR and NOT do to the rows of
// their phrases, done on ids held in memory.

/** The first index at or after `from` whose id is >= `id` (galloping, then binary search). */
export function seek(ids: Uint32Array, id: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < ids.length && ids[hi]! < id) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, ids.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const id = a[i]!;
    j = seek(b, id, j);
    if (b[j] === id) out[n++] = id;
  }
  return out.subarray(0, n);
}

export function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) out[n++] = a[i++]!;
    else if (y < x) out[n++] = b[j++]!;
    else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

/** The ids of `a` that are not in `b`. */
export function subtract(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const id = a[i]!;
    j = seek(b, id, j);
    if (b[j] !== id) out[n++] = id;
  }
  return out.subarray(0, n);
}
