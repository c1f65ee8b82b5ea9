// Records for search tests, in English and Chinese: our own sentences, fictional people and outlets.
import {
  collectParticipants,
  RECORD_SCHEMA,
  type ConferenceRecord,
  type ConferenceStatus,
  type Outlet,
  type Person,
  type Turn,
} from '../../src/domain/record.ts';
import { harbourDaily, northWire } from './records.ts';

export const meiLin: Person = { name: 'Mei Lin', titles: ['Spokesperson'], role: 'principal' };
export const adaHolt: Person = { name: 'Ada Holt', titles: [], role: 'journalist' };
export const ivoBrandt: Person = { name: 'Ivo Brandt', titles: [], role: 'journalist' };
export const emileRoux: Person = { name: 'Émile Roux', titles: [], role: 'journalist' };
export const radioSul: Outlet = { name: 'Rádio Sul', aliases: [], country: 'XC', origin: 'foreign' };

type Who = { speaker?: Person; outlet?: Outlet };

function turns(list: [Turn['kind'], Who, Record<string, string>][]): Turn[] {
  return list.map(([kind, who, text], i) => ({
    seq: i + 1,
    kind,
    speaker: who.speaker ?? null,
    outlet: who.outlet ?? null,
    replyTo: null,
    label: who.speaker?.name ?? who.outlet?.name ?? null,
    text,
  }));
}

function record(slug: string, title: string, date: string, status: ConferenceStatus, list: Turn[]): ConferenceRecord {
  const { people, outlets } = collectParticipants(list);
  return {
    schema: RECORD_SCHEMA,
    conference: {
      id: null,
      slug,
      title,
      date,
      time: null,
      timeZone: null,
      venue: null,
      occasion: null,
      host: 'Ministry of Harbours',
      hostCountry: 'XA',
      topic: null,
      languages: ['zh', 'en'],
      status,
    },
    people,
    outlets,
    turns: list,
  };
}

/** 2024-03-07, published: China-US relations, trade and climate; one turn in both languages, one mixing scripts. */
export function springBriefing(): ConferenceRecord {
  return record(
    '2024-03-07-spring-briefing',
    'Spring Briefing',
    '2024-03-07',
    'published',
    turns([
      ['narration', {}, { en: 'The spokesperson opened the regular briefing at ten.' }],
      ['statement', { speaker: meiLin }, { zh: '中美关系是世界上最重要的双边关系之一。双方应当加强合作，推动两国关系健康稳定发展。' }],
      ['question', { speaker: adaHolt, outlet: harbourDaily }, { en: 'How will trade cooperation with the United States develop this year?' }],
      ['answer', { speaker: meiLin }, { en: 'Cooperation benefits both sides. Trade between China and the United States reached a record high.' }],
      ['question', { speaker: ivoBrandt, outlet: northWire }, { zh: '中美两国在气候变化问题上还有哪些合作？' }],
      [
        'answer',
        { speaker: meiLin },
        { zh: '中方愿同美方一道，加强气候合作。', en: 'China is ready to work with the US side to strengthen climate cooperation.' },
      ],
      ['question', { outlet: harbourDaily }, { en: 'Reporters asked about 中美 relations and the WTO 改革 agenda.' }],
    ]),
  );
}

/** 2023-11-02, published: railways, the Belt and Road, a speaker and an outlet with accents, a ranking pair. */
export function autumnBriefing(): ConferenceRecord {
  return record(
    '2023-11-02-autumn-briefing',
    'Autumn Briefing',
    '2023-11-02',
    'published',
    turns([
      ['question', { speaker: emileRoux, outlet: radioSul }, { en: 'Could you comment on the café summit and the climate talks?' }],
      ['answer', { speaker: meiLin }, { zh: '我们欢迎各国参与共建一带一路。中欧班列运行良好。' }],
      ['question', { outlet: harbourDaily }, { en: 'Is the China-Europe Railway Express still growing?' }],
      ['answer', { speaker: meiLin }, { en: 'Yes. The railway carried more freight than ever; cooperation keeps growing.' }],
      ['question', { speaker: ivoBrandt, outlet: northWire }, { en: 'Tariffs, tariffs and tariffs: will the tariffs stay?' }],
      [
        'answer',
        { speaker: meiLin },
        {
          en: 'We have said many times that the harbour, the railway, the customs house, the ferries, the dredging, the quays and the new roads all serve the same purpose, and tariffs are only one of many questions.',
        },
      ],
    ]),
  );
}

/** 2025-01-15, a draft: the public never finds it. */
export function draftBriefing(): ConferenceRecord {
  return record(
    '2025-01-15-draft-briefing',
    'Draft Briefing',
    '2025-01-15',
    'draft',
    turns([['statement', { speaker: meiLin }, { en: 'Secret draft remarks on harbour cooperation.' }]]),
  );
}

/**
 * 2024-05-02, published: questions from an outlet not yet registered, from North Wire under its alias
 * "NW" and from Harbour Daily named with its kind.
 */
export function renamedOutletsBriefing(): ConferenceRecord {
  const harbourPost: Outlet = { name: 'Harbour Post', aliases: [], country: 'XA', origin: 'domestic' };
  const nw: Outlet = { name: 'NW', aliases: [], country: 'XB', origin: 'foreign' };
  return record(
    '2024-05-02-renamed-outlets',
    'May Briefing',
    '2024-05-02',
    'published',
    turns([
      ['question', { speaker: adaHolt, outlet: harbourPost }, { en: 'Will port cooperation continue after the summer?' }],
      ['question', { speaker: ivoBrandt, outlet: nw }, { en: 'Does the cooperation cover the ferries?' }],
      ['question', { outlet: { ...harbourDaily, name: 'Harbour Daily Newspaper' } }, { en: 'Is cooperation with the pilots settled?' }],
    ]),
  );
}
