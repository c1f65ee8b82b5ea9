// Records for the search and analytics pages: the search and research fixtures, plus a conference
// whose people, outlet and words look like markup, one with a long outlet name, and one with enough
// turns for a second page of results. Our own sentences, fictional people and outlets.
import type { ConferenceRecord, Outlet, Person } from '../../src/domain/record.ts';
import type { Store } from '../../src/store/store.ts';
import { a, archive, makeRecord, q } from './research-records.ts';
import { autumnBriefing, draftBriefing, springBriefing } from './search-records.ts';

export const HOSTILE_NAME = `Eve <img src=x onerror="alert('name')">`;
export const HOSTILE_OUTLET = `<script>alert('outlet')</script> Wire`;
export const HOSTILE_TURN = `Lighthouse «quoted» <script>alert('turn')</script> and <img src=x onerror=alert('turn2')> and javascript:alert('turn3')`;
export const LONG_OUTLET = 'International Maritime and Coastal Affairs Broadcasting Corporation';

const eve: Person = { name: HOSTILE_NAME, titles: [], role: 'journalist' };
const hostileWire: Outlet = { name: HOSTILE_OUTLET, aliases: [], country: 'XD', origin: 'foreign' };
const longOutlet: Outlet = { name: LONG_OUTLET, aliases: [], country: 'XE', origin: 'foreign' };

export const HOSTILE_SLUG = '2024-02-14-hostile-briefing';
export const LIGHTHOUSE_SLUG = '2024-02-20-lighthouse-briefing';
export const LIGHTHOUSE_STATEMENTS = 25;

export function hostileBriefing(): ConferenceRecord {
  return makeRecord(
    HOSTILE_SLUG,
    '2024-02-14',
    [q(hostileWire, HOSTILE_TURN, { speaker: eve }), a('The lighthouse keeper answers <b>plainly</b>: javascript:void(0) is not a link.')],
    { title: `<script>alert('title')</script> Briefing` },
  );
}

/** Enough statements about the lighthouse for two pages of results, and a question from a long-named outlet. */
export function lighthouseBriefing(): ConferenceRecord {
  const statements = Array.from({ length: LIGHTHOUSE_STATEMENTS }, (_, i) => ({
    kind: 'statement' as const,
    text: `Lighthouse notice ${i + 1}: the lighthouse lamp is serviced.`,
  }));
  return makeRecord(
    LIGHTHOUSE_SLUG,
    '2024-02-20',
    [...statements, q(longOutlet, 'Will the lighthouse stay lit through the winter storms?'), a('Yes, the lighthouse stays lit.')],
    { title: 'Lighthouse Briefing' },
  );
}

/** The records the page tests use, a draft included (the public never sees it); the hostile one only when asked, to keep it out of the screenshots. */
export function researchPageRecords(options: { hostile: boolean }): ConferenceRecord[] {
  return [autumnBriefing(), ...archive(), springBriefing(), draftBriefing(), lighthouseBriefing(), ...(options.hostile ? [hostileBriefing()] : [])];
}

export async function saveResearchPageRecords(store: Store, options: { hostile: boolean }): Promise<void> {
  for (const record of researchPageRecords(options))
    await store.conferences.saveRecord(record, { contentHash: record.conference.slug }, new Date().toISOString());
}
