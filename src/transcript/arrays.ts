// Array.prototype.map makes a packed array in V8's interpreter but a holey one once the calling
// function is optimised, and code that has seen one kind deoptimises on the other and is compiled
// again — in the importer, a dozen functions recompiled mid-run. Arrays built by push are
// packed at every tier, so the per-document steps map with this instead.

/** The items mapped, as a packed array. */
export function mapped<T, U>(items: readonly T[], to: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(to(items[i]!, i));
  return out;
}
