// Times as a reader sees them: a conference's start in its own IANA zone with the zone's
// abbreviation, and the same instant in the reader's zone. Shared by the server's pages and the
// browser scripts; Intl does the formatting (zone-input.ts converts what the admin types).

/** The zone's short name at that instant in the reader's language: "EDT", "GMT+8", "UTC". */
export function zoneAbbreviation(date: Date, lang: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** "2 May 2025, 10:00 GMT+8": date, time and the zone's abbreviation, in that zone (UTC when none is known). */
export function formatInZone(iso: string, lang: string, timeZone: string | null): string {
  const date = new Date(iso);
  const zone = timeZone ?? 'UTC';
  try {
    const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(date);
    return `${when} ${zoneAbbreviation(date, lang, zone)}`;
  } catch {
    return iso;
  }
}

/** The time left before a start, in parts, for a countdown. */
export function countdown(ms: number): { days: number; hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { days: Math.floor(total / 86400), hours: Math.floor((total % 86400) / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}
