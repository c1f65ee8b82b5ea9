// What a Chinese label says about its speaker, where the generic reading (identity.ts) would
// take it as a name: Traditional label words ("記者", "問"), an outlet in book-title marks
// ("《环球时报》记者"), a note run into the label ("彭博社记者追问"), an office before a name
// ("外交部发言人汪文斌").
import type { Identity } from '../identity.ts';
import { knownOutlet } from '../outlets.ts';
import { foldedToSimplified } from './script.ts';
import { isNoun, isPersonName } from './word-classes.ts';
import { CHINESE_OFFICE, splitOfficeAndName, splitTrailingNote, withoutBookTitleMarks } from './labels.ts';

const QUESTIONERS = new Set([
  '问',
  '提问',
  '记者',
  '问题',
  '提问者',
  '发问者',
  '与会者',
  '观众',
  '听众',
  '现场观众',
  '媒体',
  '媒体提问',
  '现场提问',
  '观众提问',
  // "匿名：…": a reporter who asked not to be named.
  '匿名',
  '匿名记者',
  '匿名提问',
]);
const FOLLOW_UPS = new Set(['追问', '再问', '续问']);
const ANSWERERS = new Set(['答', '回答']);
const MODERATORS = new Set(['主持人', '司仪']);
const INTERPRETERS = new Set(['翻译', '口译', '传译']);
const REPORTER = '记者';
// "另有记者问", "又有记者问": another reporter, no outlet named.
const REPORTER_ASKS = /^((?:[另又还再]|随后|接着)?有?)(.*?)的?记者(?:现场|随即|接着)?(?:提问|问)$/u;
// "有美国记者提问": a reporter's country or side, not an outlet.
const NATIONALITY = /(?:国|籍|方|外媒|境外|当地|本地|一位|一名|多名|某)$/u;
const HAN = /\p{Script=Han}/u;
// Also a firm's analyst, perhaps with its share price in brackets as a portal prints it:
// "摩根士丹利(92.83, 0.27, 0.29%)分析师Keith Weiss", "Evercore ASI分析师Kirk Materne".
const OUTLET_LATIN_NAME =
  /^((?:[A-Za-z]{2,8} ?)?\p{Script=Han}[\p{Script=Han}/／]{0,15}?|[A-Z]{2,8}|[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,3}(?=\s*(?:分析师|研究员)))\s*(?:[(（][\d.,%\s+-]{1,40}[)）])?\s*(?:记者|主持人|分析师|研究员)?\s*(\p{Lu}[\p{Ll}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]*){1,5})$/u;
const OUTLET_SPACE_NAME = /^([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z ]{0,16}?)\s+(\p{Script=Han}{2,4})$/u;
const OUTLET_ENDING =
  /^\p{Script=Han}{1,8}(?:日报|晚报|早报|时报|周报|周刊|新闻社|通讯社|电视台|电台|广播电台|卫视|杂志|新闻网|新闻|电视|财经|传媒|媒体|报社|社)$/u;

/**
 * "中央社 蘇思云", "iThome 蘇文彬", "Yahoo 財經 楊絡懸": the outlet, a space, the reporter's name —
 * read before spaces between characters are taken out (they also pad a two-character name: "王　毅").
 */
export function chineseOutletAndName(label: string): Identity | null {
  // "华尔街日报Amir Mizroch", "BBC记者Rory Cellan-Jones": an outlet (and 记者), then the reporter's Latin name.
  const latin = HAN.test(label) ? OUTLET_LATIN_NAME.exec(label.trim()) : null;
  // ("CBS 主持人 Brook Silva-Braga": the outlet's host.)
  if (latin) return { type: 'person', name: latin[2]!, titles: [], outlet: latin[1]!.replace(/\s*(?:记者|主持人)$/u, '').trim(), role: null };
  const m = OUTLET_SPACE_NAME.exec(label.trim());
  if (!m || [...m[1]!.replace(/\s/g, '')].length < 2) return null;
  // "市卫健委副主任 王立新": an office before the space, not an outlet.
  if (ENDS_IN_OFFICE.test(m[1]!.trim())) return { type: 'person', name: m[2]!, titles: [m[1]!.trim()], outlet: null, role: null };
  return { type: 'person', name: m[2]!, titles: [], outlet: m[1]!.trim(), role: null };
}

// ("埃及《金字塔报》Alaa Thabet", "突尼斯《领导者》杂志Taoufik Habaieb": the country before, the kind of paper after.)
const OUTLET_IN_MARKS_THEN_NAME =
  /^\p{Script=Han}{0,6}《([^《》]{1,20})》(?:杂志|周刊)?\s*([\p{Script=Han}·]{2,4}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,5})$/u;
// "《海港日报》记者": the publication's reporter, no name.
const NOT_A_REPORTER_NAME = /(?:记者|编辑|主持人|主笔|特派员|杂志|周刊)$/u;
const NAME_THEN_ANSWERS = /^([\p{Script=Han}·]{2,12}?)(?:回答|答)$/u;
// "毛答", "贝问": a surname alone and the word, as an interview's record prints its two speakers.
const SURNAME_THEN_WORD = /^(\p{Script=Han})(答|问)$/u;
const NAME_THEN_ASKS = /^([\p{Script=Han}·・]{2,12}?)问$/u;
// Single characters that make a word with 答 or 问 ("回答", "提问", "追问"), no surname.
const NOT_SURNAMES = new Set([...'回解作应对问答提追再又补反发询访采设疑请试考盘质责自']);
const REPORTER_THEN_OUTLET = /^(?:记者|提问)\s*[（(]([^（）()]{2,24})[）)]$/u;
const ENDS_IN_OFFICE = new RegExp(`(?:${CHINESE_OFFICE.source})$`, 'u');
const WHOLLY_IN_TITLE_MARKS = /^[《〈][^《》〈〉]{1,20}[》〉]$/u;
const WHOLLY_IN_CORNER_QUOTES = /^[「『]([^「」『』]{1,20})[」』]$/u;

// "西班牙《阿贝赛报》", "阿根廷《号角报》": a country or city, then the publication in book-title marks.
const PLACE_THEN_OUTLET_IN_MARKS = /^\p{Script=Han}{1,6}《([^《》]{1,20})》(杂志|周刊)?$/u;
// "天下雜誌記者黃亦筠請問", "電子時報記者林佳楠提問": the outlet, its reporter's name, then the asking.
const OUTLET_REPORTER_NAME_ASKS =
  /^\s*([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z ]{1,11}?)(?:记者)(?!现场|现场|随即|接着|接著|再次|追)([\p{Script=Han}·]{2,4}?)(?:想请问|请问|提问|问)/u;
// A reporter's side or country, not an outlet ("美國記者", "外媒記者"), in either script.
const SIDE_NOT_OUTLET = /(?:国|籍|方|外媒|境外|当地|本地|一位|一名|多名|某)$/u;

/**
 * The reporter who names outlet and self as they ask, at the start of `text` (a label, or a question's
 * first words), and how much of the text that takes; null where it names a side or country, not an outlet.
 */
export function reporterNamingThemself(text: string): { name: string; outlet: string; length: number } | null {
  const m = OUTLET_REPORTER_NAME_ASKS.exec(text);
  if (!m) return null;
  const outlet = m[1]!.trim();
  return SIDE_NOT_OUTLET.test(outlet) ? null : { name: m[2]!, outlet, length: m[0].length };
}
// "陳天柱（明顯喘氣聲）", "林遠（笑）": a name and the transcriber's note on how it was said.
// ("弗雷特·布兰森（VG）": a foreign name written out in characters runs longer, its parts joined by "·".)
const NAME_THEN_NOTE = /^((?:\p{Script=Han}{1,8}·){1,3}\p{Script=Han}{1,8}|[\p{Script=Han}·]{1,4})[（(]([^（）()]{1,24})[）)]$/u;
// A bracket naming an outlet: in book-title marks ("（《晚邮报》）"), a Latin name ("（VG）", "（TV2）",
// "（Agensians）"), or a paper's or broadcaster's word ("（日报）", "（新华社）").
const NOTE_OUTLET = /^(?:《[^《》]{1,20}》|[A-Z][A-Za-z0-9&.' -]{1,19})$/u;
const BARE_OUTLET_ENDING = /^\p{Script=Han}{0,8}(?:日报|晚报|早报|晨报|时报|周报|周刊|新闻社|通讯社|电视台|电台|广播电台|卫视|杂志|新闻网|报社|社)$/u;

// "（Laughter）", "（Inaudible）": the transcriber's note, no outlet.
const STAGE_NOTE = /^(?:laugh|applause|inaudible|crosstalk|cross-talk|transl|interpret|via |in (?:english|chinese|mandarin)|off[- ]mic|cont)/i;

function noteOutlet(note: string): string | null {
  const plain = foldedToSimplified(note);
  if (OUTLET_ENDING.test(plain) || BARE_OUTLET_ENDING.test(plain) || knownOutlet(note) !== null) return note;
  return NOTE_OUTLET.test(note.trim()) && !STAGE_NOTE.test(note.trim()) ? withoutBookTitleMarks(note.trim()) : null;
}

/** The identity of a label with Chinese characters, or null to read it as any other label. */
export function chineseLabelIdentity(label: string): Identity | null {
  if (!HAN.test(label)) return null;
  // "《南华早报》陈思": the publication in book-title marks, then its reporter.
  const marked = OUTLET_IN_MARKS_THEN_NAME.exec(label.trim());
  if (marked && !NOT_A_REPORTER_NAME.test(marked[2]!)) return { type: 'person', name: marked[2]!, titles: [], outlet: marked[1]!, role: null };
  // "天下雜誌記者黃亦筠請問": the whole label is the reporter naming outlet and self as they ask.
  const introduced = reporterNamingThemself(label.trim());
  if (introduced && introduced.length === label.trim().length)
    return { type: 'person', name: introduced.name, titles: [], outlet: introduced.outlet, role: null };
  // "「暗涌」", "『晨风』": a publication or an account named in corner quotes, the interviewing outlet.
  const quoted = WHOLLY_IN_CORNER_QUOTES.exec(label.trim());
  if (quoted) return { type: 'outlet', outlet: quoted[1]! };
  const placed = PLACE_THEN_OUTLET_IN_MARKS.exec(label.trim());
  if (placed) return { type: 'outlet', outlet: placed[2] ? `《${placed[1]}》${placed[2]}` : placed[1]! };
  const named = NAME_THEN_NOTE.exec(label.trim());
  if (named) {
    // (The bracket may name the reporter's outlet instead: "林遠（新華社）", "記者（江城日報）", read below.)
    const outlet = noteOutlet(named[2]!);
    const word = foldedToSimplified(named[1]!);
    const role = QUESTIONERS.has(word) || MODERATORS.has(word) || ANSWERERS.has(word) || INTERPRETERS.has(word);
    // "主持人（笑）": the role word, its note dropped.
    if (role && !outlet) return chineseLabelIdentity(named[1]!);
    if (!role && named[1]!.length >= 2) return { type: 'person', name: named[1]!, titles: [], outlet, role: null };
  }
  const printed = withoutBookTitleMarks(label.trim());
  // "记者（江城日报）": the reporter, the outlet in brackets after the word.
  const bracketed = REPORTER_THEN_OUTLET.exec(printed);
  if (bracketed) return { type: 'outlet', outlet: withoutBookTitleMarks(bracketed[1]!.trim()) };
  const noted = splitTrailingNote(printed);
  const bare = noted ? noted[0] : printed;
  const plain = foldedToSimplified(bare);
  if (noted && FOLLOW_UPS.has(foldedToSimplified(noted[1]))) {
    // "记者追问": the last questioner again; "彭博社记者追问": that outlet again.
    if (plain === REPORTER || QUESTIONERS.has(plain)) return { type: 'follow-up' };
  }
  // "有记者提问", "路透社记者问": told rather than labelled, but a questioner all the same.
  const asks = REPORTER_ASKS.exec(plain);
  if (asks) {
    // Simplified and printed forms have the same length: the outlet is cut from the printed one.
    const outlet = bare.slice(asks[1]!.length, asks[1]!.length + asks[2]!.length).trim();
    return outlet && !NATIONALITY.test(outlet) ? { type: 'outlet', outlet } : { type: 'questioner' };
  }
  if (QUESTIONERS.has(plain)) return { type: 'questioner' };
  // "《财经》": a name in book-title marks alone is a publication's, whatever word it ends in.
  if (!noted && WHOLLY_IN_TITLE_MARKS.test(label.trim())) return { type: 'outlet', outlet: bare };
  if (FOLLOW_UPS.has(plain)) return { type: 'follow-up' };
  if (ANSWERERS.has(plain)) return { type: 'answerer' };
  if (MODERATORS.has(plain)) return { type: 'person', name: bare, titles: [], outlet: null, role: 'moderator' };
  if (INTERPRETERS.has(plain)) return { type: 'person', name: bare, titles: [], outlet: null, role: 'interpreter' };
  if (plain.endsWith(REPORTER)) return { type: 'outlet', outlet: firstOutlet(bare.slice(0, -REPORTER.length).replace(/的$/u, '').trim()) };
  // "南华早报", "新华社", "凤凰卫视": a newspaper, agency or broadcaster by the word its name ends in;
  // "央廣", "聯合": one known by its short name.
  if (OUTLET_ENDING.test(plain) || knownOutlet(bare) !== null) return { type: 'outlet', outlet: bare };
  // "汪文斌答：", "玛诺吉·科瓦拉马尼答：": the one who answers, named, and the word "answers".
  const answering = NAME_THEN_ANSWERS.exec(bare);
  if (answering && !QUESTIONERS.has(foldedToSimplified(answering[1]!)) && !foldedToSimplified(answering[1]!).endsWith(REPORTER)) {
    const named = splitOfficeAndName(answering[1]!);
    return named
      ? { type: 'person', name: named.name, titles: [named.office], outlet: null, role: null }
      : { type: 'person', name: answering[1]!, titles: [], outlet: null, role: null };
  }
  const surname = SURNAME_THEN_WORD.exec(bare);
  if (surname && !NOT_SURNAMES.has(surname[1]!)) return { type: 'person', name: surname[1]!, titles: [], outlet: null, role: null };
  // "斯特朗问：": the one who asks, named (a name, by jieba's dictionary, not "网友" or "观众"), and the word "asks".
  // ("网友问：", "观众问：": a kind of person, a noun, asks: a questioner no one names.)
  const asking = NAME_THEN_ASKS.exec(bare);
  const asker = asking ? foldedToSimplified(asking[1]!).replace(/[·・]/gu, '') : '';
  if (asking && isPersonName(asker)) return { type: 'person', name: asking[1]!, titles: [], outlet: null, role: null };
  if (asking && isNoun(asker)) return { type: 'questioner' };
  const officeAndName = splitOfficeAndName(bare);
  if (officeAndName) return { type: 'person', name: officeAndName.name, titles: [officeAndName.office], outlet: null, role: null };
  return noted || printed !== label.trim() ? { type: 'person', name: bare, titles: [], outlet: null, role: null } : null;
}

// "香港大公报、大公网", "凤凰卫视和凤凰网", "中央电视台、央视网、央视新闻客户端": a paper or broadcaster
// and its website and app, which ask as one.
const OUTLET_AND_ITS_SITE = /^(\p{Script=Han}{2,12}?(?:社|报|台|视|网|刊|志))[、和与][\p{Script=Han}、]{2,30}$/u;

/** The first of two outlets named together, or the outlet as named. */
function firstOutlet(outlet: string): string {
  return OUTLET_AND_ITS_SITE.exec(outlet)?.[1] ?? outlet;
}

// "（任总好，）我是（委内瑞拉）业软产品部（的）王进国。": the name after the department, two or three characters
// before the clause ends; a reporter's "我是新华社记者" is an outlet's, read apart.
const STAFF_INTRODUCTION =
  /^[^。！？?!]{0,16}?我(?:是|叫)([\p{Script=Han}A-Za-z ]{2,24}?(?:的|部|处|组|室|科|所|院|办|线|中心|团队|项目组|代表处))(?!的)(\p{Script=Han}{2,3})[，。,.！!；;]/u;

/** The name one of the staff gives as they ask, after their department, or null. */
export function staffNamingThemself(text: string): string | null {
  if (!text.includes('我')) return null;
  const m = STAFF_INTRODUCTION.exec(text.slice(0, 80));
  if (!m || m[1]!.includes('记者')) return null;
  return m[2]!;
}
