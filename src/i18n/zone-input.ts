// A conference's start as the admin types it: a wall-clock time in the conference's own IANA zone,
// turned into an instant with @date-fns/tz (daylight saving included), and back for editing.
import { TZDate } from '@date-fns/tz';

/** The instant a wall-clock time ("2025-05-02T10:00") has in a zone, as an ISO string with an offset. */
export function instantInZone(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, timeZone);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The wall-clock time ("2025-05-02T10:00") of an instant in a zone, for a datetime-local field. */
export function localInZone(iso: string, timeZone: string): string {
  const date = new TZDate(new Date(iso).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Every IANA zone this runtime knows, for the zone list (UTC first). */
export function timeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
}
