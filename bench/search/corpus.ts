// The benchmark corpus: conferences of 50 turns, English (recombined seed sentences and our own)
// or Chinese (our own 外交部记者会-style sentences), generated the same way from one seed in every
// process, so the three engines index exactly the same turns.
import type { ConferenceRecord, ConferenceStatus, Origin, Outlet, Person, Turn, TurnKind } from '../../src/domain/record.ts';
import { RECORD_SCHEMA } from '../../src/domain/record.ts';
import { Random } from './random.ts';
import { CITIES, COUNTRIES, EN_TEMPLATES, MONTHS, ORDINALS, seedSentences, TOPICS, ZH_CITIES, ZH_COUNTRIES, ZH_TEMPLATES, ZH_TOPICS } from './vocabulary.ts';

export const TURNS_PER_CONFERENCE = 50;
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2025;

/** One turn as the JavaScript engines index it: its text and what filters and facets need. */
export interface FlatTurn {
  id: number;
  lang: 'en' | 'zh';
  text: string;
  kind: TurnKind;
  speaker: string | null;
  outlet: string | null;
  origin: Origin | null;
  year: number;
  date: string;
  status: ConferenceStatus;
}

const EN_GIVEN = [
  'Lena',
  'Ivo',
  'Ada',
  'Tomas',
  'Mira',
  'Jonas',
  'Clara',
  'Felix',
  'Nora',
  'Oskar',
  'Vera',
  'Hugo',
  'Ines',
  'Paul',
  'Rosa',
  'Emil',
  'Greta',
  'Leon',
  'Maya',
  'Otto',
];
const EN_FAMILY = [
  'Marsh',
  'Brandt',
  'Holt',
  'Vance',
  'Reyes',
  'Okafor',
  'Lund',
  'Novak',
  'Sato',
  'Weller',
  'Dumas',
  'Kerr',
  'Ibarra',
  'Falk',
  'Moreau',
  'Quist',
  'Haas',
  'Lindqvist',
  'Costa',
  'Ferris',
];
const ZH_FAMILY = ['林', '陈', '赵', '孙', '周', '吴', '郑', '冯', '许', '何', '高', '罗', '梁', '宋', '唐', '韩'];
const ZH_GIVEN = ['华', '明', '宁', '丽', '涛', '琳', '伟', '静', '磊', '洁', '峰', '婷', '军', '燕', '斌', '莉', '凯', '雪'];
const EN_OUTLET_A = [
  'Harbour',
  'North',
  'Eastern',
  'Pacific',
  'Capital',
  'Global',
  'Coastal',
  'Metro',
  'Union',
  'Central',
  'Southern',
  'Atlantic',
  'Alpine',
  'Delta',
  'Summit',
];
const EN_OUTLET_B = ['Daily', 'Wire', 'Times', 'Herald', 'Radio', 'TV', 'News', 'Post', 'Journal'];
const ZH_OUTLET_B = ['日报', '电视台', '通讯社', '广播', '新闻网', '晚报'];

const ORIGINS_BY_CHANCE: Origin[] = ['domestic', 'domestic', 'foreign', 'foreign', 'foreign', 'unknown'];

function originOf(name: string): Origin {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return ORIGINS_BY_CHANCE[h % ORIGINS_BY_CHANCE.length]!;
}

function fill(template: string, r: Random, zh: boolean): string {
  return template.replace(/\{(\w+|[\u4e00-\u9fff]+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'country':
      case 'country2':
        return r.pick(COUNTRIES);
      case 'city':
        return r.pick(CITIES);
      case 'topic':
        return r.pick(TOPICS);
      case 'month':
        return r.pick(MONTHS);
      case 'ordinal':
        return r.pick(ORDINALS);
      case 'day':
      case 'day2':
      case '日':
      case '日2':
        return String(r.int(1, 28));
      case 'n':
      case 'n2':
      case '数':
        return String(r.int(2, 999));
      case '小数':
      case '序':
        return String(r.int(2, 60));
      case '月':
        return String(r.int(1, 12));
      case '国家':
      case '国家2':
        return r.pick(ZH_COUNTRIES);
      case '城市':
        return r.pick(ZH_CITIES);
      case '领域':
        return r.pick(ZH_TOPICS);
      default:
        return zh ? '' : slot;
    }
  });
}

/** Seed sentences vary: other countries, other numbers. */
function varySeed(sentence: string, r: Random): string {
  return sentence.replace(/\b(Russia|Saudi Arabia|Iran|Myanmar|Russian)\b/g, () => r.pick(COUNTRIES)).replace(/\b\d{1,3}\b/g, () => String(r.int(2, 300)));
}

export class Corpus {
  private readonly seed = seedSentences();

  constructor(
    readonly turns: number,
    readonly randomSeed = 20240307,
  ) {}

  get conferences(): number {
    return Math.ceil(this.turns / TURNS_PER_CONFERENCE);
  }

  /** Every conference, in order, as a record the store can save. */
  *records(): Generator<ConferenceRecord> {
    const r = new Random(this.randomSeed);
    for (let c = 0; c < this.conferences; c++) yield this.record(c, r, Math.min(TURNS_PER_CONFERENCE, this.turns - c * TURNS_PER_CONFERENCE));
  }

  /** Every turn, flattened, with ids 1, 2, 3 … in the order the store indexes them. */
  *flat(): Generator<FlatTurn> {
    let id = 0;
    for (const record of this.records()) {
      const { date, status } = record.conference;
      for (const t of record.turns) {
        const lang = t.text.zh ? 'zh' : 'en';
        yield {
          id: ++id,
          lang,
          text: t.text[lang]!,
          kind: t.kind,
          speaker: t.speaker?.name ?? null,
          outlet: t.outlet?.name ?? null,
          origin: t.outlet?.origin ?? null,
          year: Number(date!.slice(0, 4)),
          date: date!,
          status,
        };
      }
    }
  }

  private record(c: number, r: Random, count: number): ConferenceRecord {
    const zh = r.chance(0.45);
    const year = r.int(FIRST_YEAR, LAST_YEAR);
    const date = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const status: ConferenceStatus = r.chance(0.9) ? 'published' : r.pick(['ended', 'draft', 'live'] as const);
    const principal: Person = { name: this.person(r, zh, 6), titles: ['Spokesperson'], role: 'principal' };
    const turns: Turn[] = [];
    for (let seq = 1; seq <= count; seq++) turns.push(this.turn(seq, r, zh, principal));
    const slug = `c${c}-${date}`;
    return {
      schema: RECORD_SCHEMA,
      conference: {
        id: null,
        slug,
        title: zh ? `${date} 例行记者会` : `Regular Press Conference of ${date}`,
        date,
        time: null,
        timeZone: null,
        venue: null,
        occasion: null,
        host: null,
        hostCountry: 'XA',
        topic: null,
        languages: [zh ? 'zh' : 'en'],
        status,
      },
      people: [principal],
      outlets: [],
      turns,
    };
  }

  private turn(seq: number, r: Random, zh: boolean, principal: Person): Turn {
    const kind: TurnKind =
      seq === 1 ? 'narration' : r.chance(0.04) ? r.pick(['moderation', 'interjection', 'statement'] as const) : seq % 2 === 0 ? 'question' : 'answer';
    const asking = kind === 'question' || kind === 'interjection';
    const outlet: Outlet | null = asking ? this.outlet(r, zh) : null;
    const speaker: Person | null = asking
      ? r.chance(0.5)
        ? { name: this.person(r, zh, 400), titles: [], role: 'journalist' }
        : null
      : kind === 'narration'
        ? null
        : principal;
    const sentences = kind === 'answer' || kind === 'statement' ? r.int(3, 8) : r.int(1, 3);
    const text = Array.from({ length: sentences }, () => this.sentence(r, zh)).join(zh ? '' : ' ');
    return { seq, kind, speaker, outlet, replyTo: null, label: speaker?.name ?? outlet?.name ?? null, text: { [zh ? 'zh' : 'en']: text } };
  }

  private sentence(r: Random, zh: boolean): string {
    if (zh) return fill(r.pick(ZH_TEMPLATES), r, true);
    return r.chance(0.6) ? varySeed(r.pick(this.seed), r) : fill(r.pick(EN_TEMPLATES), r, false);
  }

  /** A name from a pool of `size` per language, so speakers repeat across conferences. */
  private person(r: Random, zh: boolean, size: number): string {
    const n = r.int(0, size - 1);
    if (zh)
      return (
        ZH_FAMILY[n % ZH_FAMILY.length]! +
        ZH_GIVEN[Math.floor(n / ZH_FAMILY.length) % ZH_GIVEN.length]! +
        (n >= ZH_FAMILY.length * ZH_GIVEN.length ? ZH_GIVEN[n % 7]! : '')
      );
    return `${EN_GIVEN[n % EN_GIVEN.length]} ${EN_FAMILY[Math.floor(n / EN_GIVEN.length) % EN_FAMILY.length]}`;
  }

  private outlet(r: Random, zh: boolean): Outlet {
    const name = zh ? r.pick(ZH_CITIES) + r.pick(ZH_OUTLET_B) : `${r.pick(EN_OUTLET_A)} ${r.pick(EN_OUTLET_B)}`;
    return { name, aliases: [], country: null, origin: originOf(name) };
  }
}
