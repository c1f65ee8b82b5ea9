import type { ConferenceRecord } from '../../domain/record.ts';

/** The record in its documented JSON form (docs/record-format.md), keys in schema order. */
export function toJson(record: ConferenceRecord): string {
  const { schema, conference, people, outlets, turns } = record;
  return `${JSON.stringify({ schema, conference, people, outlets, turns }, null, 2)}\n`;
}
