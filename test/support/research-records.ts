// Small records for the analytics and research-export tests: our own sentences, fictional outlets.
import { collectParticipants, RECORD_SCHEMA, type Conference, type ConferenceRecord, type Outlet, type Person, type Turn } from '../../src/domain/record.ts';
import { harbourDaily, minister, northWire } from './records.ts';
import { radioSul } from './search-records.ts';

export { harbourDaily, minister, northWire, radioSul };
export const ivo: Person = { name: 'Ivo Brandt', titles: [], role: 'journalist' };
export const moderator: Person = { name: 'Tom Reed', titles: [], role: 'moderator' };

export interface TurnSpec {
  kind: Turn['kind'];
  text: string | Record<string, string>;
  speaker?: Person;
  outlet?: Outlet;
  label?: string | null;
  at?: [number, number | null];
}

export const q = (outlet: Outlet | null, text: TurnSpec['text'], extra: Partial<TurnSpec> = {}): TurnSpec => ({
  kind: 'question',
  text,
  ...(outlet ? { outlet } : {}),
  ...extra,
});
export const a = (text: TurnSpec['text'], extra: Partial<TurnSpec> = {}): TurnSpec => ({ kind: 'answer', text, speaker: minister, ...extra });

/** A record from turn specs: seq in order, each answer replying to the question before it. */
export function makeRecord(slug: string, date: string | null, specs: TurnSpec[], conference: Partial<Conference> = {}): ConferenceRecord {
  let lastQuestion: number | null = null;
  const turns = specs.map((spec, i): Turn => {
    const seq = i + 1;
    const text = typeof spec.text === 'string' ? { [conference.languages?.[0] ?? 'en']: spec.text } : spec.text;
    const turn: Turn = {
      seq,
      kind: spec.kind,
      speaker: spec.speaker ?? null,
      outlet: spec.outlet ?? null,
      replyTo: spec.kind === 'answer' ? lastQuestion : null,
      label: spec.label !== undefined ? spec.label : (spec.speaker?.name ?? spec.outlet?.name ?? null),
      text,
    };
    if (spec.kind === 'question') lastQuestion = seq;
    if (spec.at) [turn.startsAt, turn.endsAt] = spec.at;
    return turn;
  });
  const { people, outlets } = collectParticipants(turns);
  return {
    schema: RECORD_SCHEMA,
    conference: {
      id: null,
      slug,
      title: `Briefing ${slug}`,
      date,
      time: null,
      timeZone: null,
      venue: 'Old Customs House',
      occasion: null,
      host: 'Ministry of Harbours',
      hostCountry: 'XA',
      topic: null,
      languages: ['en'],
      status: 'published',
      ...conference,
    },
    people,
    outlets,
    turns,
  };
}

/** Three conferences over two months: Harbour Daily asks most; ferries fall out of talk, tariffs rise. */
export function archive(): ConferenceRecord[] {
  return [
    makeRecord('2024-01-10-first', '2024-01-10', [
      { kind: 'statement', text: 'The ferries run again. The ferries carry freight and the ferries carry people.', speaker: minister },
      q(harbourDaily, 'When will the ferries reach the east pier?'),
      a('The ferries reach the east pier in spring.'),
      q(northWire, 'Will China and the United States join the harbour board?', { speaker: ivo }),
      a('China has said yes. The United Nations observes.'),
    ]),
    makeRecord('2024-01-24-second', '2024-01-24', [
      q(harbourDaily, 'Are the ferries on time?'),
      a('The ferries are on time, and the ferries are full.'),
      q(null, 'And the dredging?', { label: 'Q' }),
      a('Dredging ends in May.'),
    ]),
    makeRecord('2024-03-05-third', '2024-03-05', [
      q(radioSul, 'Will tariffs rise? Tariffs worry carriers.'),
      a('Tariffs stay. Tariffs on freight are fixed by law, and tariffs on people are none.'),
      q(harbourDaily, 'Which tariffs, exactly?'),
      a('Harbour tariffs. The WTO rules on tariffs apply.'),
    ]),
  ];
}
