// One outlet counts once, whatever name or alias a turn carries: before measuring, each turn's outlet
// is named as the registry names it, through the turn's link to the registry (which follows merges
// and renames), else through the registry's names and aliases.
import { findOutlet } from '../domain/outlet-match.ts';
import type { Outlet, Turn } from '../domain/record.ts';
import type { StoredOutlet, StoredRecord } from '../store/store.ts';

export function withRegisteredOutlets(stored: StoredRecord, registry: readonly StoredOutlet[]): StoredRecord {
  const byId = new Map(registry.map((o) => [o.id, o]));
  const named = (turn: Turn): Outlet | null => {
    if (!turn.outlet) return null;
    const id = stored.turnOutletIds.get(turn.seq);
    const registered = (id ? byId.get(id) : undefined) ?? findOutlet(turn.outlet.name, registry);
    if (!registered) return turn.outlet;
    return {
      name: registered.name,
      aliases: registered.aliases,
      country: registered.country ?? turn.outlet.country,
      // Origin is relative to each conference's host: the record's own, unless it does not know.
      origin: turn.outlet.origin === 'unknown' ? registered.origin : turn.outlet.origin,
    };
  };
  const turns = stored.record.turns.map((turn) => (turn.outlet ? { ...turn, outlet: named(turn) } : turn));
  return { ...stored, record: { ...stored.record, turns } };
}
