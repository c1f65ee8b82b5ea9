// Media outlets: the well-known ones by name and alias, how to tell an outlet from a person,
// and the outlet a reporter names when introducing themselves.
import type { Origin, Outlet } from '../domain/record.ts';
import { isWord } from './dictionary.ts';
import { nameKey } from './name-key.ts';
import { OUTLET_WORDS, TITLE_WORDS } from './labels/words.ts';
import { capitalizedRun, isWhiteSpace, withoutArticle } from './phrases.ts';

interface KnownOutlet {
  name: string;
  aliases: string[];
  country: string;
}

const KNOWN_OUTLETS: KnownOutlet[] = [
  { name: 'Xinhua News Agency', aliases: ['Xinhua', '新华社'], country: 'CN' },
  { name: 'China Central Television', aliases: ['CCTV', '中央电视台', '央视'], country: 'CN' },
  { name: 'China Media Group', aliases: ['CMG', '中央广播电视总台', '总台'], country: 'CN' },
  { name: 'CGTN', aliases: ['China Global Television Network'], country: 'CN' },
  { name: 'People’s Daily', aliases: ["People's Daily", '人民日报'], country: 'CN' },
  { name: 'China Daily', aliases: ['中国日报'], country: 'CN' },
  { name: 'Global Times', aliases: ['环球时报'], country: 'CN' },
  { name: 'China News Service', aliases: ['中新社', '中国新闻社'], country: 'CN' },
  { name: 'Phoenix TV', aliases: ['Phoenix Television', '凤凰卫视'], country: 'HK' },
  { name: 'Reuters', aliases: ['路透社'], country: 'GB' },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse', '法新社'], country: 'FR' },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press', '美联社'], country: 'US' },
  { name: 'Bloomberg', aliases: ['Bloomberg News', '彭博社'], country: 'US' },
  { name: 'CNN', aliases: ['美国有线电视新闻网'], country: 'US' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation', '英国广播公司'], country: 'GB' },
  { name: 'NBC News', aliases: ['NBC'], country: 'US' },
  { name: 'CBS News', aliases: ['CBS'], country: 'US' },
  { name: 'ABC News', aliases: ['ABC'], country: 'US' },
  { name: 'Fox News', aliases: ['Fox'], country: 'US' },
  { name: 'NPR', aliases: ['National Public Radio'], country: 'US' },
  { name: 'Wall Street Journal', aliases: ['The Wall Street Journal', 'WSJ', '华尔街日报'], country: 'US' },
  { name: 'New York Times', aliases: ['The New York Times', 'NYT', '纽约时报'], country: 'US' },
  { name: 'Washington Post', aliases: ['The Washington Post'], country: 'US' },
  { name: 'Financial Times', aliases: ['FT', 'The Financial Times', '金融时报'], country: 'GB' },
  { name: 'Voice of America', aliases: ['VOA', '美国之音'], country: 'US' },
  { name: 'Al Jazeera', aliases: ['Aljazeera', '半岛电视台'], country: 'QA' },
  { name: 'NHK', aliases: ['Japan Broadcasting Corporation', '日本广播协会'], country: 'JP' },
  { name: 'Kyodo News', aliases: ['Kyodo', '共同社'], country: 'JP' },
  { name: 'Asahi Shimbun', aliases: ['The Asahi Shimbun', '朝日新闻'], country: 'JP' },
  { name: 'Nikkei', aliases: ['Nikkei Asia', '日经新闻'], country: 'JP' },
  { name: 'Yonhap News Agency', aliases: ['Yonhap', '韩联社'], country: 'KR' },
  { name: 'TASS', aliases: ['塔斯社'], country: 'RU' },
  { name: 'Sputnik', aliases: ['卫星通讯社'], country: 'RU' },
  { name: 'Rossiya Segodnya', aliases: ['Россия сегодня', '今日俄罗斯国际通讯社'], country: 'RU' },
  { name: 'RIA Novosti', aliases: ['RIA', 'РИА Новости', '俄新社'], country: 'RU' },
  { name: 'RT', aliases: ['Russia Today', '今日俄罗斯'], country: 'RU' },
  { name: 'China National Radio', aliases: ['CNR', '中央人民广播电台'], country: 'CN' },
  { name: 'China Radio International', aliases: ['CRI', '中国国际广播电台'], country: 'CN' },
  { name: 'Guangming Daily', aliases: ['光明日报'], country: 'CN' },
  { name: 'Economic Daily', aliases: ['经济日报'], country: 'CN' },
  { name: 'Beijing Youth Daily', aliases: ['北京青年报'], country: 'CN' },
  { name: 'The Paper', aliases: ['澎湃新闻'], country: 'CN' },
  { name: 'KBS', aliases: ['Korean Broadcasting System', '韩国广播公司'], country: 'KR' },
  { name: 'Al Arabiya', aliases: ['阿拉伯卫星电视台'], country: 'AE' },
  { name: 'Le Monde', aliases: ['世界报'], country: 'FR' },
  { name: 'The Guardian', aliases: ['Guardian', '卫报'], country: 'GB' },
  { name: 'Politico', aliases: ['POLITICO'], country: 'US' },
  { name: 'CNBC', aliases: ['美国消费者新闻与商业频道'], country: 'US' },
  { name: 'Deutsche Welle', aliases: ['DW', '德国之声'], country: 'DE' },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur', '德新社'], country: 'DE' },
  { name: 'EFE', aliases: ['Agencia EFE', '埃菲社'], country: 'ES' },
  { name: 'ANSA', aliases: ['安莎社'], country: 'IT' },
  { name: 'Anadolu Agency', aliases: ['Anadolu', '阿纳多卢通讯社'], country: 'TR' },
  { name: 'Press Trust of India', aliases: ['PTI', '印度报业托拉斯'], country: 'IN' },
  { name: 'Bernama', aliases: ['马新社'], country: 'MY' },
  { name: 'Prensa Latina', aliases: ['拉美社'], country: 'CU' },
  { name: 'The Straits Times', aliases: ['Straits Times', '海峡时报'], country: 'SG' },
];

const BY_KEY = new Map<string, KnownOutlet>();
for (const outlet of KNOWN_OUTLETS) {
  for (const name of [outlet.name, ...outlet.aliases]) BY_KEY.set(nameKey(name), outlet);
}

export function knownOutlet(name: string): KnownOutlet | null {
  return BY_KEY.get(nameKey(name)) ?? BY_KEY.get(nameKey(withoutArticle(name))) ?? null;
}

// Hand-offs name the same few runs of capitals over and over ("Please", "Next", an outlet):
// each is read once. Bounded, like identify's memory of labels.
const MAX_REMEMBERED = 2000;
const outletLike = new Map<string, boolean>();

/** Whether a label names an outlet by its words ("China Central Television", "Reuters"). */
export function looksLikeOutlet(phrase: string): boolean {
  let looks = outletLike.get(phrase);
  if (looks === undefined) {
    if (outletLike.size >= MAX_REMEMBERED) outletLike.clear();
    looks = knownOutlet(phrase) !== null || phrase.split(/[\s/-]+/).some((word) => OUTLET_WORDS.has(word.toLowerCase().replace(/[’'.,]/g, '')));
    // A phrase may be cut from its transcript, a view V8 keeps of the whole text: remembered as a copy.
    outletLike.set(` ${phrase}`.slice(1), looks);
  }
  return looks;
}

/** The record's outlet; origin is domestic or foreign relative to the host country when both are known. */
export function makeOutlet(name: string, hostCountry: string | null): Outlet {
  const known = knownOutlet(name);
  const country = known?.country ?? null;
  let origin: Origin = 'unknown';
  if (country && hostCountry) origin = country === hostCountry.toUpperCase() ? 'domestic' : 'foreign';
  const aliases = known ? [known.name, ...known.aliases].filter((a) => nameKey(a) !== nameKey(name)) : [];
  return { name, aliases, country, origin };
}

const GREETINGS = new Set(['thank', 'thanks', 'hi', 'hello', 'good', 'yes', 'sure', 'great', 'and']);
const INTRODUCER = /^\s*(?:,\s*)?(?:(?:with|from|of|at)\s+)?(?:the\s+)?/i;
const SELF_INTRO = /\b(?:I'm|I’m|I am)\s+(?:with|from)\s+(?:the\s+)?/i;

/**
 * The outlet a reporter names early in their first turn: "Nick Timiraos with the Wall Street
 * Journal", "Colby Smith, Financial Times", "Howard Schneider from Reuters", "I'm with NHK".
 */
export function outletFromIntroduction(text: string, speakerName: string | null): string | null {
  const window = text.slice(0, 300);
  const words = speakerName?.split(' ') ?? [];
  // "Colby Smith, Financial Times"; else the first name alone ("Nick from the Financial Times").
  for (const name of [words[words.length - 1], words.length > 1 ? words[0] : undefined]) {
    if (!name || name.length < 2) continue;
    const at = window.toLowerCase().indexOf(name.toLowerCase());
    if (at < 0) continue;
    const after = at + name.length;
    const introducer = INTRODUCER.exec(window.slice(after));
    if (introducer && introducer[0].trim() !== '') {
      const outlet = outletAt(window, after + introducer[0].length) ?? brandAt(window, after + introducer[0].length);
      if (outlet) return outlet;
    }
  }
  const intro = SELF_INTRO.exec(window);
  return intro ? outletAt(window, intro.index + intro[0].length) : null;
}

/** "Juliette Saly, ausbiz.": an outlet that prints its name in lower case, one word that is no English word. */
function brandAt(text: string, from: number): string | null {
  const m = LOWERCASE_BRAND.exec(text.slice(from, from + 40));
  return m && !isWord(m[1]!) ? m[1]! : null;
}

const LOWERCASE_BRAND = /^([a-z][a-z0-9]{2,20})[.,]/;

function outletAt(text: string, from: number): string | null {
  const run = capitalizedRun(text, from, 6);
  const first = run.split(' ')[0]?.toLowerCase().replace(/[.’']/g, '');
  if (!run || !first || GREETINGS.has(first) || TITLE_WORDS.has(first)) return null;
  return run;
}

const CAPITAL = /\p{Lu}/uy;

/** An outlet a moderator names in a short hand-off: "Please, RIA Novosti." "Next, the Financial Times." */
export function outletNamedIn(text: string): string | null {
  // Each capital in the first 200 characters that opens the text or follows a space or ",;:(".
  const end = Math.min(text.length, 200);
  for (let i = 0; i < end; i++) {
    if (!(i === 0 || opensWord(text.charCodeAt(i - 1))) || !isCapitalAt(text, i)) continue;
    const run = withoutArticle(capitalizedRun(text, i, 6));
    if (run && looksLikeOutlet(run)) return run;
  }
  return null;
}

/** A capital letter (\p{Lu}) at i, ASCII told by char code: V8 reads a \p{…} class slowly. */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  CAPITAL.lastIndex = i;
  return CAPITAL.test(text);
}

/** White space as the regex \s reads it, or one of ",;:(". */
function opensWord(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || isWhiteSpace(c);
}
