// When a conference began, as an instant: its date and local time in its zone.

/** Seconds since the Unix epoch of the conference's start; midnight when the time is unknown, UTC when the zone is. Null without a date. */
export function conferenceStart(conference: { date: string | null; time: string | null; timeZone: string | null }): number | null {
  if (conference.date === null) return null;
  const local = Date.parse(`${conference.date}T${conference.time ?? '00:00'}:00Z`);
  if (Number.isNaN(local)) return null;
  return (local - zoneOffsetMs(conference.timeZone, local)) / 1000;
}

/** The zone's offset from UTC near that instant, in milliseconds (0 for an unknown zone). */
function zoneOffsetMs(timeZone: string | null, at: number): number {
  if (timeZone === null) return 0;
  try {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  } catch {
    return 0;
  }
}
