// A string function remembered for the strings it has seen, up to a bound (then forgotten at once):
// labels and names recur across the turns of a transcript and the transcripts of a series.
// A key is cut from its transcript, and V8 may keep such a cut as a view of the whole text:
// remembered as it is (or cut again into the value), it would keep every transcript alive, so
// the value is computed from a copy, and the copy is stored.
export function remembered<T>(compute: (key: string) => T, bound: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key: string) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= bound) memo.clear();
      const own = ` ${key}`.slice(1);
      value = compute(own);
      memo.set(own, value);
    }
    return value;
  };
}

/** The value made on first asking and kept: work a document may never need (assemble.ts's later turns). */
export function onceOnly<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
