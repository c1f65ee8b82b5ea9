import type { FloorLogEntry } from '../../domain/floor.ts';
import type { ConferenceRecord } from '../../domain/record.ts';

/**
 * The record in its documented JSON form (docs/record-format.md), keys in schema order; with the
 * floor log at the end when the conference publishes it.
 */
export function toJson(record: ConferenceRecord, extra: { floorLog?: FloorLogEntry[] } = {}): string {
  const { schema, conference, people, outlets, turns } = record;
  return `${JSON.stringify({ schema, conference, people, outlets, turns, ...(extra.floorLog ? { floorLog: extra.floorLog } : {}) }, null, 2)}\n`;
}
