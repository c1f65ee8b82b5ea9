// What MiniSearch and FlexSearch need beyond their own index to answer like presser: the same
// tokens (Chinese cut by the same segmenter), the query as AND/OR of tokens, and per-turn arrays
// for filters and facet counts.
import type { FacetCount } from '../../src/store/store.ts';
import { indexText } from '../../src/search/index-text.ts';
import { foldWord } from '../../src/search/match.ts';
import { parseQuery, type Term } from '../../src/search/query.ts';
import { cutWords } from '../../src/search/segment.ts';
import { checkFilters, type RawSearchFilters } from '../../src/app/search-filters.ts';
import type { FlatTurn } from './corpus.ts';

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** The tokens presser's index holds for a text: its words and the words inside longer Chinese words. */
export function tokens(text: string): string[] {
  const { body, extra } = indexText(text);
  return `${body} ${extra}`.match(TOKEN)?.map(foldWord) ?? [];
}

/** A query as the JS engines run it: every group must match; a group is alternatives, each an AND of tokens. */
export type TokenQuery = string[][][];

/** Phrases become AND of their words: neither engine keeps positions. */
export function tokenQuery(q: string): TokenQuery {
  const alternatives = (term: Term): string[][] => {
    const words = tokens(term.text);
    if (/^\p{Script=Han}+$/u.test(term.text) && words.length > 1) return [[term.text], cutWords(term.text)];
    return [words];
  };
  return parseQuery(q)
    .groups.map((g) => g.flatMap(alternatives))
    .filter((g) => g.length > 0);
}

const KINDS = ['narration', 'statement', 'question', 'answer', 'moderation', 'interjection'];
const ORIGINS = ['domestic', 'foreign', 'unknown'];

/** Per-turn values in typed arrays, indexed by turn id, with name dictionaries. */
export class TurnTable {
  private readonly names: string[] = [''];
  private readonly nameIds = new Map<string, number>();
  readonly speaker: Int32Array;
  readonly outlet: Int32Array;
  readonly date: Int32Array;
  readonly kind: Uint8Array;
  readonly origin: Uint8Array;
  readonly lang: Uint8Array;
  readonly visible: Uint8Array;

  constructor(size: number) {
    this.speaker = new Int32Array(size + 1);
    this.outlet = new Int32Array(size + 1);
    this.date = new Int32Array(size + 1);
    this.kind = new Uint8Array(size + 1);
    this.origin = new Uint8Array(size + 1);
    this.lang = new Uint8Array(size + 1);
    this.visible = new Uint8Array(size + 1);
  }

  add(t: FlatTurn): void {
    this.speaker[t.id] = this.nameId(t.speaker);
    this.outlet[t.id] = this.nameId(t.outlet);
    this.date[t.id] = Number(t.date.replace(/-/g, ''));
    this.kind[t.id] = KINDS.indexOf(t.kind);
    this.origin[t.id] = t.origin ? ORIGINS.indexOf(t.origin) + 1 : 0;
    this.lang[t.id] = t.lang === 'zh' ? 1 : 0;
    this.visible[t.id] = t.status === 'published' || t.status === 'live' ? 1 : 0;
  }

  private nameId(name: string | null): number {
    if (!name) return 0;
    const key = name.toLowerCase();
    let id = this.nameIds.get(key);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.nameIds.set(key, id);
    }
    return id;
  }

  /** The same filters presser applies, public statuses only. */
  predicate(raw: RawSearchFilters): (id: number) => boolean {
    const f = checkFilters(raw);
    const speaker = f.speaker ? (this.nameIds.get(f.speaker.toLowerCase()) ?? -1) : 0;
    const outlet = f.outlet ? (this.nameIds.get(f.outlet.toLowerCase()) ?? -1) : 0;
    const kind = f.kind ? KINDS.indexOf(f.kind) : -1;
    const origin = f.origin ? ORIGINS.indexOf(f.origin) + 1 : 0;
    const lang = f.lang ? (f.lang === 'zh' ? 1 : 0) : -1;
    const from = f.from ? Number(f.from.replace(/-/g, '')) : 0;
    const to = f.to ? Number(f.to.replace(/-/g, '')) : 99999999;
    return (id) =>
      this.visible[id] === 1 &&
      (speaker === 0 || this.speaker[id] === speaker) &&
      (outlet === 0 || this.outlet[id] === outlet) &&
      (kind < 0 || this.kind[id] === kind) &&
      (origin === 0 || this.origin[id] === origin) &&
      (lang < 0 || this.lang[id] === lang) &&
      this.date[id]! >= from &&
      this.date[id]! <= to;
  }

  /** Total and facet counts over all matching ids, as presser reports them. */
  facets(ids: Iterable<number>): { total: number; speakers: FacetCount[]; outlets: FacetCount[]; years: FacetCount[] } {
    const speakers = new Map<number, number>();
    const outlets = new Map<number, number>();
    const years = new Map<number, number>();
    let total = 0;
    for (const id of ids) {
      total++;
      const s = this.speaker[id]!;
      const o = this.outlet[id]!;
      if (s) speakers.set(s, (speakers.get(s) ?? 0) + 1);
      if (o) outlets.set(o, (outlets.get(o) ?? 0) + 1);
      const y = Math.floor(this.date[id]! / 10000);
      years.set(y, (years.get(y) ?? 0) + 1);
    }
    const top = (m: Map<number, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, count]) => ({ value: this.names[k]!, count }));
    return { total, speakers: top(speakers), outlets: top(outlets), years: [...years].map(([y, count]) => ({ value: String(y), count })) };
  }
}
