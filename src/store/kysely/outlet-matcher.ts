// Which registry entry a recorded outlet name links to, decided in memory over the registry's rows
// (in the order the table holds them): OutletRepo.findByName asks it after the name index missed,
// and a bulk import loads the registry once per batch and asks it for every outlet of the batch.
import { nameKey, outletKey } from '../../domain/record.ts';
import type { OutletsTable } from '../schema.ts';
import { parseJson } from './rows.ts';

type OutletRow = Pick<OutletsTable, 'id' | 'name' | 'aliases'> & Partial<OutletsTable>;

/**
 * The first row, in table order, whose name matches ignoring case and typography; else whose alias
 * does; else the same outlet named with or without its kind ("Xinhua" for "Xinhua News Agency").
 */
export class OutletMatcher<Row extends OutletRow> {
  private readonly byName = new Map<string, Row>();
  private readonly byAlias = new Map<string, Row>();
  private readonly byKind = new Map<string, Row>();

  constructor(rows: Iterable<Row>) {
    for (const row of rows) this.add(row);
  }

  /** A row stored after the others (a new outlet is last in table order): it matches only what no earlier row does. */
  add(row: Row): void {
    const aliases = parseJson<string[]>(row.aliases, []);
    keepFirst(this.byName, nameKey(row.name), row);
    for (const alias of aliases) keepFirst(this.byAlias, nameKey(alias), row);
    for (const name of [row.name, ...aliases]) keepFirst(this.byKind, outletKey(name), row);
  }

  find(name: string): Row | undefined {
    const key = nameKey(name);
    return this.byName.get(key) ?? this.byAlias.get(key) ?? this.byKind.get(outletKey(name));
  }
}

function keepFirst<Row>(map: Map<string, Row>, key: string, row: Row): void {
  if (!map.has(key)) map.set(key, row);
}
