// Search follows the outlet registry as analytics do: one outlet is one facet row whatever name or
// alias its turns carry, and filtering by an outlet finds the turns recorded under any of its names.
import { findOutlet, outletNames } from '../domain/outlet-match.ts';
import type { FacetCount, Store, StoredOutlet } from '../store/store.ts';

/** The names a search for this outlet matches: the registered outlet's names and the names its turns carry; else the name alone. */
export async function outletSearchNames(store: Store, registry: readonly StoredOutlet[], name: string): Promise<string[]> {
  const outlet = findOutlet(name, registry);
  if (!outlet) return [name];
  const names = [...outletNames(outlet), ...(await store.outlets.recordedNames(outlet.id))];
  return [...new Set(names)];
}

/** Facet rows by registered outlet: names of one outlet are counted together under its registered name. */
export function registeredOutletFacets(facets: readonly FacetCount[], registry: readonly StoredOutlet[], size: number): FacetCount[] {
  const counts = new Map<string, number>();
  const seen = new Map<string, string>();
  for (const { value, count } of facets) {
    // Each recorded name is looked up once; a facet holds few of them.
    const name = seen.get(value) ?? findOutlet(value, registry)?.name ?? value;
    seen.set(value, name);
    counts.set(name, (counts.get(name) ?? 0) + count);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, size);
}
