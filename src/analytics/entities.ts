// Finding countries and international organisations in text, in English and Chinese. Country names
// come from i18n-iso-countries (English names with the package's aliases, and its Chinese names),
// organisations from organisations.ts. No demonyms: the package has none ("Chinese" is not China).
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zhNames from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { cutWords, HAN_RUN, hasHan } from '../search/segment.ts';
import { ORGANISATIONS } from './organisations.ts';

export interface Entity {
  /** ISO 3166-1 alpha-2 for a country or territory ("CN"), a lowercase id for an organisation ("sco"). */
  id: string;
  kind: 'country' | 'organisation';
  name: string;
  nameZh: string;
}

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

/**
 * Chinese short names that mostly mean something else, mapped to the longer form required instead:
 * 中非 is far more often "China-Africa" (中非合作) than the Central African Republic.
 */
const ZH_REQUIRES_LONGER: Record<string, string> = { 中非: '中非共和国' };

interface Matchers {
  latin: RegExp;
  han: RegExp;
  byName: Map<string, Entity>;
}

let matchers: Matchers | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest names first, so "United States of America" wins over "United States" at the same place. */
function alternation(names: Iterable<string>): string {
  return [...names]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
}

function build(): Matchers {
  countries.registerLocale(enNames);
  countries.registerLocale(zhNames);
  const en = countries.getNames('en', { select: 'all' });
  const zh = countries.getNames('zh', { select: 'all' });
  // An English name two codes share ("Congo") names neither; inverted forms ("Korea, Republic of") never occur in prose.
  const owners = new Map<string, number>();
  for (const names of Object.values(en)) for (const n of names) owners.set(n, (owners.get(n) ?? 0) + 1);
  const usable = (n: string) => owners.get(n) === 1 && !n.includes(', ');

  const byName = new Map<string, Entity>();
  const latin: string[] = [];
  const han: string[] = [];
  for (const [code, names] of Object.entries(en)) {
    const nameZh = zh[code]?.[0] ?? '';
    const entity: Entity = { id: code, kind: 'country', name: displayName(names, usable), nameZh };
    for (const n of names.filter(usable)) {
      byName.set(n, entity);
      latin.push(n);
    }
    for (const n of zh[code] ?? []) {
      const name = ZH_REQUIRES_LONGER[n] ?? n;
      byName.set(name, entity);
      han.push(name);
    }
  }
  for (const org of ORGANISATIONS) {
    const entity: Entity = { id: org.id, kind: 'organisation', name: org.en[0] ?? org.id, nameZh: org.zh[0] ?? '' };
    for (const n of org.en) byName.set(n, entity);
    for (const n of org.zh) byName.set(n, entity);
    latin.push(...org.en);
    han.push(...org.zh);
  }
  return {
    latin: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(latin)})(?![\\p{L}\\p{N}])`, 'gu'),
    han: new RegExp(alternation(han), 'gu'),
    byName,
  };
}

/** The package's first alias when it reads as a name ("China", "United States"), else its official name. */
function displayName(names: string[], usable: (n: string) => boolean): string {
  const alias = names[1];
  if (alias !== undefined && usable(alias) && !/^[A-Z.]+$/.test(alias)) return alias;
  return names.find((n) => !n.includes(', ')) ?? names[0] ?? '';
}

/** Where each word jieba cuts from the text's runs of Han characters starts, and where it ends. */
function hanWords(text: string): Map<number, number> {
  const words = new Map<number, number>();
  for (const run of text.matchAll(HAN_RUN)) {
    let at = run.index;
    for (const word of cutWords(run[0])) {
      words.set(at, at + word.length);
      at += word.length;
    }
  }
  return words;
}

/**
 * A Chinese name counts when it starts a word and ends one, or when the word it starts is the name
 * plus another dictionary word (美国政府 = 美国 + 政府, 俄罗斯联邦 = 俄罗斯 + 联邦) or plus 国 ("country":
 * 蒙古国). Not when the rest is no word of its own: 印度尼西亚 is not 印度 + 尼西亚, 蒙古族 not 蒙古 + 族.
 */
function isHanWord(text: string, start: number, end: number, words: Map<number, number>): boolean {
  if (!words.has(start)) return false;
  let at = start;
  while (at < end) at = words.get(at) ?? at + 1; // characters outside Han runs stand alone: 刚果（金）
  if (at === end) return true;
  const rest = text.slice(end, at);
  return rest === '国' || (rest.length >= 2 && cutWords(rest).length === 1);
}

/**
 * Every mention in the text, without overlaps, in order. English: case-sensitive, whole words, not
 * right after "New " (New Mexico, New Jersey are not Mexico and Jersey). Chinese: a substring that
 * lines up with the words jieba cuts (isHanWord), so 中国 counts in 中国人民 (中国 + 人民) but 法国
 * does not in 执法国际 (执法 + 国际).
 */
export function findMentions(text: string): Mention[] {
  matchers ??= build();
  const { latin, han, byName } = matchers;
  const found: Mention[] = [];
  for (const m of text.matchAll(latin)) {
    if (/New\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && !m[0].startsWith('New')) continue;
    const entity = byName.get(m[0]);
    if (entity) found.push({ entity, start: m.index, end: m.index + m[0].length });
  }
  if (hasHan(text)) {
    const words = hanWords(text);
    han.lastIndex = 0;
    for (let m = han.exec(text); m !== null; m = han.exec(text)) {
      const entity = byName.get(m[0]);
      if (entity && isHanWord(text, m.index, m.index + m[0].length, words)) found.push({ entity, start: m.index, end: m.index + m[0].length });
      // A rejected match may hide one that starts inside it (执法国 → 法国 rejected, 国… tried next).
      else han.lastIndex = m.index + 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
