// A Chinese news item as news data sets keep it (THUCNews and its kind): every line break gone, the
// headline run into the lead ("易建联：有关注CBA总决赛 打老鹰得注意内外兼顾新浪体育讯北京时间4月10日…"),
// the agency's mark between them, subheadings run into the next label ("…的感受。他是大反派问：…"),
// and answers run on after the question they answer ("问：…有没有达到预期？你知道，我们…"). The item is
// set out again: the headline a heading of its own (a headline naming its subject with a colon is no
// label), the agency's mark dropped, each subheading a heading, each label at the start of a line,
// and an answer printed with no label after its question given the answerer's "答：".
import type { SourceLine } from '../types.ts';
import { REPORTED } from './reported-answers.ts';

// A document kept as one line: few lines, one of them long.
const RUN_TOGETHER_CHARS = 120;
const MAX_LINES = 3;
const MAX_HEADLINE = 60;
const MAX_SUBJECT = 8;
// "新浪体育讯", "新浪体育讯记者高嵩报道", "新华网北京7月21日电", "本报讯（记者 王芳）": the agency's mark before the lead.
const AGENCY_MARK =
  /(?:新浪\p{Script=Han}{0,4}讯(?:\s*(?:记者|特派记者)\s*\p{Script=Han}{2,4}\s*(?:报道|发自\p{Script=Han}{2,6}))?|(?:新华网|新华社|中新网|中新社|中国新闻网|人民网|央视网|环球网|中国网|光明网|国际在线|中评社|凤凰网|新浪网|搜狐网|腾讯网|\p{Script=Han}{2,3}日报)\p{Script=Han}{0,6}\d{1,2}月\d{1,2}日电(?:\s*[（(][^）)]{1,24}[）)])?|本报讯(?:\s*[（(][^）)]{1,24}[）)])?)\s*/u;
const SENTENCE_END = /[。！？!?…．]/u;
// The labels a news item's exchange uses, run into the text before them: "他是大反派问：".
// (An ellipsis, "……" or "．．．", ends a sentence too; a blank may follow the sentence's end.)
const ROLE_LABEL = /(?<=[。！？!?”」）)…．‧][ \t]*|^)([^。！？!?”」）)…．‧：:\s]{0,16}?)(问|答|记者|主持人)：/gu;
const NAME_LABEL = /(?<=[。！？!?”」）)…．‧][ \t]*)(\p{Script=Han}{2,4})：/gu;
const MIN_QUESTIONS = 3;
const WIDE_GAP = /[ \t\u00a0\u3000]{3,}/u;
const WIDE_GAP_G = /[ \t\u00a0\u3000]{3,}/gu;
const MIN_WIDE_GAPS = 4;

/** The lines of a run-together Chinese news item set out, or the lines as they are. */
export function withRunTogetherNewsItem(lines: SourceLine[]): SourceLine[] {
  // Few lines with words: counted without trimming every line of a long document.
  let texts = 0;
  for (let i = 0; i < lines.length && texts <= MAX_LINES; i++) if (/\S/.test(lines[i]!.text)) texts++;
  if (texts === 0 || texts > MAX_LINES) return lines;
  const at = lines.findIndex((l) => l.text.length >= RUN_TOGETHER_CHARS && l.text.includes('：'));
  if (at < 0 || !/\p{Script=Han}/u.test(lines[at]!.text.slice(0, 20))) return lines;
  const line = lines[at]!;
  const pieces = setOut(line.text.trim());
  if (pieces.length === 1) return lines;
  const out: SourceLine[] = lines.slice(0, at);
  for (const piece of pieces) out.push({ ...line, text: piece, pageStart: false }, { ...line, text: '', pageStart: false });
  out.push(...lines.slice(at + 1));
  return out;
}

// "…谢谢大家！我要评论": the portal's comment link run into the last sentence.
const COMMENT_LINK_END = /(?<=[。！？!?])\s*(?:我要评论|我要評論|发表评论|發表評論)\s*$/u;

function setOut(text: string): string[] {
  const pieces: string[] = [];
  let rest = text.replace(COMMENT_LINK_END, '');
  const fielded = fieldsAtHead(rest);
  const headline = fielded ?? headlineOf(rest);
  if (headline) {
    pieces.push(`# ${headline.title}`, ...(fielded?.fields ?? []));
    rest = headline.rest;
  }
  // Each role label at a line's start, a subheading run into it set apart as a heading of its own.
  const cuts: { at: number; heading: string }[] = [];
  // ("有记者问：…？秦刚说，…" tells of a question, its line read by reported-answers.ts.)
  for (const m of rest.matchAll(ROLE_LABEL)) {
    const told = m[1]!.endsWith('记者');
    cuts.push(told ? { at: m.index, heading: '' } : { at: m.index + m[1]!.length, heading: m[1]! });
  }
  // A name the item uses as a label again and again, after a finished sentence: "…关注？易建联：有关注。"
  for (const m of rest.matchAll(NAME_LABEL))
    if (!cuts.some((c) => c.at === m.index) && (countOf(rest, `${m[1]}：`) >= 2 || addressedBySurname(rest, m[1]!))) cuts.push({ at: m.index, heading: '' });
  cuts.sort((a, b) => a.at - b.at);
  const isQuestion = (at: number) => rest.startsWith('问：', at) || rest.startsWith('记者：', at);
  const questions = cuts.filter((c) => isQuestion(c.at)).length;
  const answers = cuts.length - questions;
  const unlabelled = questions >= MIN_QUESTIONS && answers * 2 < questions;
  // Only a run-together item: a headline run into the lead, subheadings run into labels, or answers
  // run on after their questions. Any other long line of labels is inline-labels.ts's to read.
  if (!headline && !unlabelled && !cuts.some((c) => c.heading.trim() !== '')) return [text];
  let from = 0;
  for (const cut of cuts) {
    const start = cut.at - cut.heading.length;
    if (start > from) pieces.push(rest.slice(from, start).trim());
    if (cut.heading.trim()) pieces.push(`## ${cut.heading.trim()}`);
    from = cut.at;
  }
  pieces.push(rest.slice(from).trim());
  const labelled = pieces.filter((p) => p !== '');
  // Most questions answered with no label: each question's answer is what runs on after it.
  const set = labelled.flatMap((piece) => withAnswerApart(piece, unlabelled));
  // "…的看法？       王彦庆：听说过…": where the item kept its paragraph breaks as wide runs of spaces, each is a break.
  return (text.match(WIDE_GAP_G)?.length ?? 0) >= MIN_WIDE_GAPS ? set.flatMap((piece) => piece.split(WIDE_GAP).filter((p) => p.trim() !== '')) : set;
}

// "…入学条件访谈时间：2011年6月3日访谈主题：…访谈嘉宾：…主任主持人：各位网友…": a web interview's fields run into the
// headline and into one another, the host's first words after the last.
const HEAD_FIELD = /(?:访谈|采访)?(?:时间|主题|嘉宾|地点)：/gu;
const FIRST_TURN = /(?:主持人|记者|问)：/u;
const MAX_FIELD = 80;

/** The headline, the fields run in after it (each a line of its own), and the exchange after them; or null. */
function fieldsAtHead(text: string): { title: string; fields: string[]; rest: string } | null {
  const starts = [...text.slice(0, MAX_HEADLINE + MAX_FIELD * 4).matchAll(HEAD_FIELD)].map((m) => m.index);
  const first = starts[0];
  if (first === undefined || first < 4 || first > MAX_HEADLINE || SENTENCE_END.test(text.slice(0, first)) || starts.length < 2) return null;
  const fields: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const next = starts[k + 1];
    if (next !== undefined && next - at <= MAX_FIELD) {
      fields.push(text.slice(at, next));
      continue;
    }
    // The last field's value runs to the first turn's label.
    const turn = text.slice(at, at + MAX_FIELD).search(FIRST_TURN);
    if (turn <= 0) return null;
    fields.push(text.slice(at, at + turn));
    return { title: text.slice(0, first).trim(), fields, rest: text.slice(at + turn) };
  }
  return null;
}

/** The headline and what follows it: cut at the agency's mark, or where a label the item uses begins. */
function headlineOf(text: string): { title: string; rest: string } | null {
  const mark = AGENCY_MARK.exec(text.slice(0, MAX_HEADLINE + 40));
  if (mark && mark.index >= 4 && mark.index <= MAX_HEADLINE && !SENTENCE_END.test(text.slice(0, mark.index)))
    return { title: text.slice(0, mark.index).trim(), rest: text.slice(mark.index + mark[0].length) };
  // "康家祥：从壁纸的风格看出个人品味主持人：一般来说…": the headline ends where the host's label begins.
  const first = text.indexOf('：');
  // The headline's subject is a name or a few words ("康家祥："), not an introduction ("…答問全文：").
  if (first < 2 || first > MAX_SUBJECT) return null;
  const second = text.indexOf('：', first + 1);
  if (second < 0 || second > MAX_HEADLINE || SENTENCE_END.test(text.slice(0, second))) return null;
  const before = text.slice(first + 1, second);
  for (let n = Math.min(6, before.length - 2); n >= 2; n--) {
    const label = before.slice(before.length - n);
    if (countOf(text, `${label}：`) >= 3) return { title: text.slice(0, second - n).trim(), rest: text.slice(second - n) };
  }
  return null;
}

/**
 * "问：…的预期？詹姆斯：你知道…": the question's sentences up to the last that asks, the answer after
 * it on a line of its own; where the item labels few answers, one printed with no label is given "答".
 */
function withAnswerApart(piece: string, unlabelled: boolean): string[] {
  if (!ASKED.test(piece)) return [piece];
  let end = piece.search(ASKS);
  if (end < 0) return [piece];
  // The question goes on while its next sentence asks too.
  for (let next = nextEnd(piece, end + 1); next > 0 && ASKS.test(piece[next]!); next = nextEnd(piece, next + 1)) end = next;
  const rest = piece.slice(end + 1).trim();
  // "…预期？詹姆斯：你知道…": the answerer named, or the answer told ("秦刚说，…").
  if (NAMED.test(rest) || REPORTED.test(rest)) return [piece.slice(0, end + 1), rest];
  // An answer is a sentence at least.
  if (!unlabelled || rest.length < 2 || !SENTENCE_END.test(rest)) return [piece];
  return [piece.slice(0, end + 1), `答：${rest}`];
}

const ASKS = /[？?]/u;
const NAMED = /^\p{Script=Han}{2,4}：/u;
const ASKED = /^(?:\p{Script=Han}{0,6}记者)?问：/u;

/** Where the next sentence ends (its mark), or -1. */
function nextEnd(text: string, from: number): number {
  const at = text.slice(from).search(SENTENCE_END);
  return at < 0 ? -1 : from + at;
}

// "主持人：我想刘总的意见大家非常重视…刘晓光：…": a panellist who speaks once, the host calling them by surname and courtesy.
const COURTESY = '(?:总|先生|女士|老师|教授|博士|主任|行长|部长|董事长|院长|校长)';

/** Whether a three-character name printed once as a label is called elsewhere by its surname and a courtesy ("刘总"). */
function addressedBySurname(text: string, name: string): boolean {
  return name.length === 3 && new RegExp(`${name[0]}${COURTESY}`, 'u').test(text);
}

function countOf(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}
