// The people and organisations of a TEI corpus, listed once in the corpus header (ParlaMint lists
// them in the root header too) and pointed to from each utterance's @who.
import type { create } from 'xmlbuilder2';
import { nameKey, type ConferenceRecord, type Outlet, type Person, type Turn } from '../../../domain/record.ts';
import { IdMaker, xmlSafe } from './xml-text.ts';

export type XmlElement = ReturnType<typeof create>;

interface OrgEntry {
  id: string;
  name: string;
  role: 'mediaOutlet' | 'host';
  outlet?: Outlet;
}

interface PersonEntry {
  id: string;
  person: Person;
  roles: Set<string>;
  /** Org ids of the outlets the person asked for. */
  outlets: Set<string>;
  /** Org id of the host of a conference the person was a principal of. */
  hosts: Set<string>;
}

export class Participants {
  private readonly ids = new IdMaker();
  private readonly orgs = new Map<string, OrgEntry>();
  private readonly people = new Map<string, PersonEntry>();

  constructor(records: readonly ConferenceRecord[]) {
    for (const record of records) {
      const host = record.conference.host ? this.org(`host:${nameKey(record.conference.host)}`, record.conference.host, 'host') : null;
      for (const p of record.people) this.person(p, host);
      for (const turn of record.turns) {
        const outlet = turn.outlet ? this.org(`outlet:${nameKey(turn.outlet.name)}`, turn.outlet.name, 'mediaOutlet', turn.outlet) : null;
        if (turn.speaker) {
          const entry = this.person(turn.speaker, host);
          if (outlet) entry.outlets.add(outlet.id);
        }
      }
    }
  }

  private org(key: string, name: string, role: OrgEntry['role'], outlet?: Outlet): OrgEntry {
    let entry = this.orgs.get(key);
    if (!entry) {
      entry = { id: this.ids.make('org', name), name, role, ...(outlet ? { outlet } : {}) };
      this.orgs.set(key, entry);
    }
    return entry;
  }

  private person(person: Person, host: OrgEntry | null): PersonEntry {
    const key = nameKey(person.name);
    let entry = this.people.get(key);
    if (!entry) {
      entry = { id: this.ids.make('person', person.name), person, roles: new Set(), outlets: new Set(), hosts: new Set() };
      this.people.set(key, entry);
    }
    entry.roles.add(person.role);
    if (person.role === 'principal' && host) entry.hosts.add(host.id);
    return entry;
  }

  /** The @who of a turn: its speaker, else the outlet it came from, else none (a bare printed label). */
  who(turn: Turn): string | null {
    if (turn.speaker) return this.people.get(nameKey(turn.speaker.name))?.id ?? null;
    if (turn.outlet) return this.orgs.get(`outlet:${nameKey(turn.outlet.name)}`)?.id ?? null;
    return null;
  }

  /** <listOrg> and <listPerson> into a <particDesc>. */
  write(particDesc: XmlElement): void {
    const listOrg = particDesc.ele('listOrg');
    for (const org of this.orgs.values()) {
      const el = listOrg.ele('org', { 'xml:id': org.id, role: org.role });
      el.ele('orgName', { full: 'yes' }).txt(xmlSafe(org.name));
      for (const alias of org.outlet?.aliases ?? []) el.ele('orgName', { full: 'abb' }).txt(xmlSafe(alias));
      if (org.outlet?.country) el.ele('location').ele('country', { key: org.outlet.country });
    }
    const listPerson = particDesc.ele('listPerson');
    for (const p of this.people.values()) {
      const el = listPerson.ele('person', { 'xml:id': p.id, role: [...p.roles].join(' ') });
      el.ele('persName').txt(xmlSafe(p.person.name));
      for (const host of p.hosts) {
        const affiliation = el.ele('affiliation', { role: 'principal', ref: `#${host}` });
        for (const title of p.person.titles) affiliation.ele('roleName').txt(xmlSafe(title));
      }
      if (p.hosts.size === 0 && p.person.titles.length > 0) {
        const affiliation = el.ele('affiliation', { role: p.person.role });
        for (const title of p.person.titles) affiliation.ele('roleName').txt(xmlSafe(title));
      }
      for (const outlet of p.outlets) el.ele('affiliation', { role: 'journalist', ref: `#${outlet}` });
    }
  }
}
