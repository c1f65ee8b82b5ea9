// The query set, drawn from the corpus vocabulary, the same for every engine: single words,
// phrases, Chinese words and filtered queries, QUERIES_PER_CLASS of each.
import { indexText } from '../../src/search/index-text.ts';
import type { RawSearchFilters } from '../../src/app/search-filters.ts';
import { cutWords } from '../../src/search/segment.ts';
import { LAST_YEAR, FIRST_YEAR } from './corpus.ts';
import { Random } from './random.ts';
import { EN_TEMPLATES, seedSentences, TOPICS, ZH_TEMPLATES, ZH_TOPICS, ZH_COUNTRIES, COUNTRIES } from './vocabulary.ts';

export const QUERY_CLASSES = ['word', 'phrase', 'chinese', 'filtered'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];
export const QUERIES_PER_CLASS = 60;

export interface BenchQuery {
  class: QueryClass;
  q: string;
  filters: RawSearchFilters;
}

const STOP = new Set(
  'the and for that this with from have will are was were has its our their they them been also more than into which what when where while would could should about over only such other these those there then very each both many most much some your you not but all can may any out how who his her him she one two new'.split(
    ' ',
  ),
);

function englishWords(): string[] {
  const text = [...seedSentences(), ...EN_TEMPLATES.map((t) => t.replace(/\{\w+\}/g, ' ')), ...TOPICS, ...COUNTRIES].join(' ');
  const words = new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));
  return [...words].sort();
}

function chineseWords(): string[] {
  const text = [...ZH_TEMPLATES.map((t) => t.replace(/\{[^}]+\}/g, '，')), ...ZH_TOPICS, ...ZH_COUNTRIES].join('，');
  const words = new Set((text.match(/\p{Script=Han}+/gu) ?? []).flatMap(cutWords).filter((w) => [...w].length >= 2));
  for (const w of ['中美', '合作', '发展']) words.add(w);
  return [...words].sort();
}

function phrases(r: Random, count: number): string[] {
  const english = seedSentences().concat(EN_TEMPLATES.map((t) => t.replace(/\{\w+\}/g, ' ')));
  const chinese = ZH_TEMPLATES.map((t) => t.replace(/\{[^}]+\}/g, '，'));
  const out = new Set<string>();
  while (out.size < count) {
    if (out.size % 3 === 2) {
      const words = indexText(r.pick(chinese)).body.match(/\p{Script=Han}+/gu) ?? [];
      const at = r.int(0, Math.max(0, words.length - 2));
      if (words.length >= 2) out.add(`"${words.slice(at, at + 2).join('')}"`);
    } else {
      const words =
        r
          .pick(english)
          .toLowerCase()
          .match(/[a-z]+/g) ?? [];
      const length = r.int(2, 3);
      const at = r.int(0, Math.max(0, words.length - length));
      const span = words.slice(at, at + length);
      if (span.length === length && span.some((w) => w.length >= 4 && !STOP.has(w))) out.add(`"${span.join(' ')}"`);
    }
  }
  return [...out];
}

function filterFor(r: Random, zh: boolean): RawSearchFilters {
  const from = r.int(FIRST_YEAR, LAST_YEAR - 3);
  switch (r.int(0, 5)) {
    case 0:
      return { kind: 'question' };
    case 1:
      return { origin: 'foreign' };
    case 2:
      return { from: `${from}-01-01`, to: `${from + 2}-12-31` };
    case 3:
      return { lang: zh ? 'zh' : 'en', kind: 'answer' };
    case 4:
      return { speaker: zh ? '林华' : 'Lena Marsh' };
    default:
      return { outlet: zh ? '日内瓦日报' : 'Harbour Daily' };
  }
}

export function benchQueries(seed = 7): BenchQuery[] {
  const r = new Random(seed);
  const en = englishWords();
  const zh = chineseWords();
  const pickMany = (list: string[], n: number) => Array.from({ length: n }, () => r.pick(list));
  const queries: BenchQuery[] = [
    ...pickMany(en, QUERIES_PER_CLASS).map((q) => ({ class: 'word' as const, q, filters: {} })),
    ...phrases(r, QUERIES_PER_CLASS).map((q) => ({ class: 'phrase' as const, q, filters: {} })),
    ...['中美', '合作', '发展', ...pickMany(zh, QUERIES_PER_CLASS - 3)].map((q) => ({ class: 'chinese' as const, q, filters: {} })),
  ];
  for (let i = 0; i < QUERIES_PER_CLASS; i++) {
    const chinese = i % 2 === 1;
    queries.push({ class: 'filtered', q: r.pick(chinese ? zh : en), filters: filterFor(r, chinese) });
  }
  return queries;
}
