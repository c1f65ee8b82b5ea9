// Small records written for tests: fictional people and outlets, no third-party text.
import { collectParticipants, RECORD_SCHEMA, type ConferenceRecord, type Outlet, type Person, type Turn } from '../../src/domain/record.ts';

export const minister: Person = { name: 'Lena Marsh', titles: ['Minister of Harbours'], role: 'principal' };
export const harbourDaily: Outlet = { name: 'Harbour Daily', aliases: [], country: 'XA', origin: 'domestic' };
export const northWire: Outlet = { name: 'North Wire', aliases: ['NW'], country: 'XB', origin: 'foreign' };

function turn(seq: number, kind: Turn['kind'], who: { speaker?: Person; outlet?: Outlet }, text: Record<string, string>, replyTo: number | null = null): Turn {
  const label = who.speaker?.name ?? who.outlet?.name ?? null;
  return { seq, kind, speaker: who.speaker ?? null, outlet: who.outlet ?? null, replyTo, label, text };
}

export function sampleRecord(overrides: Partial<ConferenceRecord['conference']> = {}): ConferenceRecord {
  const turns: Turn[] = [
    turn(1, 'narration', {}, { en: 'On 2 May 2025 the Minister of Harbours met the press at the Old Customs House.' }),
    turn(2, 'statement', { speaker: minister }, { en: 'Good morning. The new quay opens in June.\n\nIt will carry twice the freight.' }),
    turn(3, 'question', { outlet: harbourDaily }, { en: 'When will the ferries return to the east pier?' }),
    turn(4, 'answer', { speaker: minister }, { en: 'In autumn, once the dredging is done.' }, 3),
    turn(
      5,
      'question',
      { speaker: { name: 'Ivo Brandt', titles: [], role: 'journalist' }, outlet: northWire },
      { en: 'Will foreign carriers pay the same dues, "as before"?' },
    ),
    turn(6, 'answer', { speaker: minister }, { en: 'Yes, the same dues, for all.\n\nNo carrier is favoured.\n\nThat is the law.' }, 5),
  ];
  const { people, outlets } = collectParticipants(turns);
  return {
    schema: RECORD_SCHEMA,
    conference: {
      id: null,
      slug: '2025-05-02-minister-of-harbours-meets-the-press',
      title: 'Minister of Harbours Meets the Press',
      date: '2025-05-02',
      time: null,
      timeZone: null,
      venue: 'Old Customs House',
      occasion: 'Spring Harbour Review',
      host: 'Ministry of Harbours',
      hostCountry: 'XA',
      topic: null,
      languages: ['en'],
      status: 'published',
      ...overrides,
    },
    people,
    outlets,
    turns,
  };
}

/** The same conference in English and Chinese, for bilingual paths. */
export function bilingualRecord(): ConferenceRecord {
  const record = sampleRecord({ languages: ['en', 'zh'], slug: '2025-05-02-harbours-bilingual' });
  const zh = [
    '海关旧楼记者会。',
    '早上好。新码头六月启用。\n\n运力将翻倍。',
    '东码头渡轮何时恢复？',
    '秋季，疏浚完成之后。',
    '外国承运人是否缴纳同样的费用？',
    '是的，一视同仁。\n\n没有承运人受到优待。\n\n这是法律。',
  ];
  record.turns.forEach((t, i) => (t.text.zh = zh[i] ?? ''));
  return record;
}
