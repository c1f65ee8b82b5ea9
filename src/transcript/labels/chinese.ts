// Chinese transcripts: a label before a full-width colon — "新华社记者：", "发言人：", "毛宁：",
// "问：", "答：". Text after the colon is the turn.
import { label, labelStart, type LabelConvention, type ParsedLabel } from './types.ts';
import { BYLINE_FIELD_KEY, hasOnlyLabelMarks, isChineseClause, questionNumberLength, REPOSTER_NOTES } from '../zh/labels.ts';
import { foldedToSimplified } from '../zh/script.ts';

const IDEOGRAPH = /[\u3400-\u9fff]/u;
// Punctuation that only occurs in a sentence, never in a label.
// Book-title marks may hold an outlet's name ("《环球时报》记者"), checked apart.
const SENTENCE_PUNCTUATION = /[，。、；！？“”‘’,.;!?"]/u;
const SELF_EVIDENT = new Set(['问', '答', '提问', '记者', '发言人', '主持人']);
const MAX_LABEL = 16;
const MAX_JOINT_REPORTER = 40;
const MAX_LABEL_WITH_LATIN_NAME = 60;
// "华尔街日报Amir Mizroch", "《明镜报》Georg Fahrion", "DVH 媒体集团Frank Sieren", and a firm's analyst: "杰弗瑞分析师Brent Thill", "Evercore ASI分析师Kirk Materne";
// a host or reporter: "港湾电台 主持人 Ana Lima".
const OUTLET_THEN_LATIN_NAME =
  /^(?:\p{Script=Han}{0,6}《[^》]{1,20}》\p{Script=Han}{0,3}|(?:[A-Z]{2,10} )?[\p{Script=Han}A-Za-z/／]{2,16}?|[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,3}(?=\s*(?:分析师|研究员)))\s*(?:分析师|研究员|主持人|记者)?\s*\p{Lu}[\p{Ll}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]*){1,5}$/u;
// "摩根士丹利(92.83, 0.27, 0.29%)分析师…": a portal prints a listed firm's share price after its name.
const SHARE_PRICE = /[(（][\d.,%\s+-]{3,40}[)）]/u;
const REPORTER_ASKS = /记者(?:现场)?(?:提问|问)$/u;
const CREDITS = /^\s*【[^【】]{1,20}】\s*[^\s【】：:]{1,4}[：:]/u;
// "素材来源：…", "图片来源：…", "责任编辑：…", "原文链接：…": where the page's material came from and who edited it
// ("作者：" stays a label: an author answers in an interview).
const CREDIT_FIELD = /^(?:\p{Script=Han}{0,4}(?:来源|出处)|责任编辑|原文(?:链接|地址|网址)?)$/u;
const FIELD_NAMES = new Set([
  // "详见：…", "相关阅读：…": a pointer to another page.
  '详见',
  '参见',
  '另见',
  // A page's stamp: "发布时间：2031-04-16 10:00".
  '发布时间',
  '发布日期',
  '更新时间',
  // A legislature's record lists who attended: "出席議員：", "列席秘書：".
  '出席议员',
  '缺席议员',
  '出席政府官员',
  '列席秘书',
  '出席者',
  '出席人员',
  // "赞成：10票", "弃权：1票": a vote's tally.
  '赞成',
  '反对',
  '弃权',
  // "按：本文为…的译文": the editor's note above a translated interview (编者按 without its first words).
  '按',
  // "采访嘉宾：惠达陶瓷总经理  王彦庆": who was interviewed, a field over the exchange.
  '采访嘉宾',
  '访谈嘉宾',
  '访谈时间',
  '访谈主题',
  '采访时间',
  '相关阅读',
  '延伸阅读',
  '主题',
  '题目',
  '标题',
  '位置',
  '地点',
  '时间',
  '日期',
  '来源',
  '演讲者',
  '讲者',
  '幻灯片',
  '视频',
  '影片',
  '链接',
  '网址',
  '翻译者',
  '译者',
  '整理',
  '校对',
  '标签',
  '关键词',
  '摘要',
  '连结',
  // A profile's fields: "年龄：28", "地区：…", "IRC 昵称：warp10".
  '年龄',
  '地区',
  '昵称',
  '暱称',
  '职业',
  '国籍',
  '籍贯',
  '性别',
  // A reposter's own words and notes around a translated interview: "评：…", "中文大意：…", "播放录音：…".
  ...REPOSTER_NOTES,
  '大意',
  '中文大意',
  '播放录音',
  '录音',
  '记录',
  '记录内容',
  '时间点',
  // An editor's note: "注：《新程序员 007》聚焦……".
  '注',
  '编注',
  '编者注',
  // A public account's furniture round a reposted article: "转自：…", "导语：", "版权声明：…", "目录：".
  '转自',
  '转载自',
  '转载',
  '导语',
  '导读',
  '编者按',
  // An article's preface and afterword round a dialogue: "前言：王教授邀得……", "后记：…".
  '前言',
  '引言',
  '序言',
  '编按',
  '按语',
  '后记',
  '附记',
  // A reporter's or editor's note and the background to a talk: "记者按：…", "背景：…".
  '记者按',
  '背景',
  // An official document's distribution fields under its end: "报送：董事会成员", "主送：全体员工", "签发人：…".
  '报送',
  '主送',
  '抄送',
  '签发人',
  '版权声明',
  '免责声明',
  '声明',
  '目录',
  '划重点',
  '参考',
  '参考资料',
  '参考文献',
]);
// "南川注：", "译者注：": someone's note on the text, not their speech; "添加微信号：…", "一定要备注：…": a page's sign-up instructions.
const NOTE_OR_SIGN_UP = /^(?:\p{Script=Han}{1,4}(?<![关专投贯赌倾])注|.{0,6}(?:微信号?|备注))$/u;
// "文：张慧", "图：视觉中国", "译：Kris": a byline's credits, a name or an agency after the colon.
const CREDIT_KEYS = new Set([
  '文',
  '图',
  '摄影',
  '撰文',
  '作者',
  '编辑',
  '责编',
  '制图',
  '图源',
  '绘图',
  '视觉',
  '责任编辑',
  '美编',
  '排版',
  '策划',
  '译',
  '翻译',
  // "编译：海外独角兽": who compiled a translated interview.
  '编译',
  '编审',
  '审校',
  '监制',
]);
const CREDIT_BODY = /^\s*[^\s，。！？,.!?；;]{1,16}(?:\s+[^\s，。！？,.!?；;]{1,16}){0,2}\s*$/u;
const LINK_AFTER = /^\s*(?:https?:\/\/|www\.)/;
const BYLINE_FIELD_AFTER = new RegExp(`^\\s*\\S{1,16}\\s+\\p{Script=Han}{0,4}?${BYLINE_FIELD_KEY}\\s*[:：]`, 'u');
// Two letters at least: "Q：" and "A：" are the question and answer marks the colon convention reads.
// ("iThome：": a brand may open with a lower-case letter before a capital.)
const LATIN_OUTLET = /^(?:[A-Z]|[a-z](?=[A-Z]))[A-Za-z0-9&.'’ -]{0,15}$/;
// A word of a name in Latin letters, capitals inside it too: "Nathan", "VanderKlippe", "McDonald", "O’Neill".
const LATIN_NAME_WORD = String.raw`\p{Lu}(?:[\p{Ll}'’-]|\p{Lu}(?=\p{Ll}))+`;
const LATIN_NAME = `${LATIN_NAME_WORD}(?:[ \\t]${LATIN_NAME_WORD}){1,2}`;
const TITLED_LATIN_OUTLET_THEN_NAME = new RegExp(`^《([^《》]{1,30})》\\s*(${LATIN_NAME})$`, 'u');
// (Two spaces between the words at most: a converted page may print "Nathan  VanderKlippe".)
const LATIN_PERSON = new RegExp(`^${LATIN_NAME_WORD}(?:(?:[ \\t]{1,2}|-)${LATIN_NAME_WORD}){1,3}$`, 'u');
const LATIN_OUTLET_THEN_NAME = new RegExp(`^([A-Z][A-Z0-9&.]{1,10})\\s+(${LATIN_NAME})$`, 'u');
// "Nathan VanderKlippe，《环球邮报》驻亚洲记者", "张伟，人民日报记者", "Kristie Lu Stout，CNN驻香港主播、记者": a name, a
// comma, then the outlet (in book-title marks, or before "记者") and the reporter's post.
const NAME_THEN_OUTLET_ROLE = new RegExp(
  `^(${LATIN_NAME_WORD}(?:(?:[ \\t]{1,2}|-)${LATIN_NAME_WORD}){0,3}|\\p{Script=Han}{2,4})[，,]\\s*(?:《([^《》]{1,20})》\\p{Script=Han}{0,6}?|(\\p{Script=Han}{2,12}?|[A-Z][A-Za-z0-9&.]{1,15})(?:驻\\p{Script=Han}{1,6}?)?(?:(?:主播|主持人|编辑|制片人)[、和])?(?=记者$))(?:记者|主持人|编辑|主编|总编辑|撰稿人|评论员|主播|通讯员|特派员)$`,
  'u',
);

export const chineseLabels: LabelConvention = {
  name: 'chinese',
  parse(line: string): ParsedLabel | null {
    const parsed = parseChineseLabel(line);
    if (!parsed) return null;
    // (Most labels have no number: chineseLabelStart stepped over one only where a mark of it is left before the label.)
    const start = chineseLabelStart(line);
    return start > 1 && NUMBER_BEFORE.test(line.slice(Math.max(0, start - 6), start)) ? { ...parsed, numbered: true } : parsed;
  },
  // A colon after a label's first character: full-width, or after an ideograph; or a label in
  // lenticular brackets. English lines ("Q: …") are settled here, without a parse.
  mayRead(line: string): boolean {
    const start = chineseLabelStart(line);
    if (lenticularLabelEnd(line, start) > 0) return true;
    const colon = labelColon(line, start);
    return colon > start && (line.charCodeAt(colon) === 0xff1a || hasIdeograph(line, start, colon));
  },
};

/** The label of that name, the words after it, or null when the name is no speaker's. */
function chineseLabel(printed: string, body: string): ParsedLabel | null {
  // "路德先生（简称路）": the short form the rest of the transcript uses, declared after the name (speakers.ts merges the two).
  const declaresShortForm = printed.endsWith('）') && SHORT_FORM_NOTE.test(printed);
  const name = declaresShortForm ? printed.replace(SHORT_FORM_NOTE, '') : printed;
  // "（來源：…）": a note in brackets, not a speaker; "「福柯：生活实验…」": a quoted headline, not a speaker.
  // ("「暗涌」：", a name wholly in corner quotes, is an outlet's label: checked apart.)
  if (name.startsWith('（') || name.startsWith('(') || (OPENS_QUOTE.test(name) && !IN_CORNER_QUOTES.test(name))) return null;
  // "机器智能（图源：AIGC 生成）": the colon inside a bracket a photo's caption opened, not a label's.
  if (opensBracket(name)) return null;
  // "主题：…", "位置：Adopting Bitcoin": a field of the page, not a speaker.
  if (
    FIELD_NAMES.has(name) ||
    FIELD_NAMES.has(foldedToSimplified(name)) ||
    FIELD_NAMES.has(name.replace(/^[A-Za-z]+\s*/, '')) ||
    isCreditField(name) ||
    NOTE_OR_SIGN_UP.test(name)
  )
    return null;
  if (CREDIT_KEYS.has(name) && CREDIT_BODY.test(body)) return null;
  // "作者： admin 时间：2016-02-05 来源：…": the first field of a page's byline, more fields after it.
  if (body.length > 0 && BYLINE_FIELD_AFTER.test(body.slice(0, 40))) return null;
  if (!IDEOGRAPH.test(name) || (SENTENCE_PUNCTUATION.test(name) && !JOINT_REPORTER.test(name)) || !hasOnlyLabelMarks(name) || isChineseClause(name))
    return null;
  const plain = foldedToSimplified(name);
  // "21世纪经济报道记者现场提问": a digit only in an outlet's name before its reporter.
  const reporterAsks = REPORTER_ASKS.test(plain);
  if (/\d/.test(name) && !plain.endsWith('记者') && !reporterAsks) return null;
  // "翻譯：【甲】校對：【乙】": a repost's credits, not an interpreter speaking; "影片：https://…": a link.
  if (CREDITS.test(body) || LINK_AFTER.test(body.slice(0, 11))) return null;
  // "记者：陆柯言": a byline's reporter, a name and nothing else, is a label only where 记者 asks again.
  if (plain === '记者' && BARE_HAN_NAME.test(body)) return label(name, body, { needsRecurrence: true });
  const selfEvident = SELF_EVIDENT.has(plain) || plain.endsWith('记者') || reporterAsks;
  return label(printed, body, { selfEvident });
}

const SHORT_FORM_NOTE = /（(?:以下)?简称[:：]?[^（）\s]{1,10}）$/u;

const OPENS_QUOTE = /^[「『“‘"]/u;
// "香港大公报、大公网记者": the reporter of a paper and its website, the two listed with "、".
const JOINT_REPORTER = /^\p{Script=Han}{2,12}(?:、\p{Script=Han}{2,10}){1,3}(?:和\p{Script=Han}{2,10})?记者$/u;
const IN_CORNER_QUOTES = /^[「『][^「」『』]{1,14}[」』]$/u;
const BARE_HAN_NAME = /^\s*[\p{Script=Han}·]{2,4}\s*$/u;
const BRACKET_PAIRS: [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['《', '》'],
  ['「', '」'],
];

/** Whether the name opens a bracket it does not close. */
function opensBracket(name: string): boolean {
  return BRACKET_PAIRS.some(([open, close]) => name.lastIndexOf(open) > name.lastIndexOf(close));
}

/** CREDIT_FIELD.test(name), tried only for a name that ends or opens as one can. */
function isCreditField(name: string): boolean {
  const last = name.charAt(name.length - 1);
  return (('源处处辑辑文接址'.includes(last) || name.startsWith('原文')) && CREDIT_FIELD.test(name)) || (last === '组' && TEAM_CREDIT.test(name));
}

// "郭媒体义工听写组：一缕清风，小城故事，Willy…": the volunteers who wrote the transcript down, not a speaker.
const TEAM_CREDIT = /(?:听写|听打|整理|字幕|校对|翻译)(?:小组|组)$/u;

const MAX_BRACKETED = 16;
// A section heading in the brackets ("【答记者问环节】", "【问答】"), not a speaker.
// A note of the page ("【版权声明】", "【编者按】", "【来源】"), not a speaker either.
const BRACKETED_HEADING_WORDS = /环节|问答|实录|全文|视频|图片|链接|编者|编辑|导读|摘要|声明|来源|原文|阅读|相关|提示|注释|^注$|按$/u;

/**
 * Where "】" closes a label that opens the line in "【", words following it; -1 otherwise (a
 * bracketed heading alone on its line, a dateline "【新华社北京3月7日电】", a heading word).
 */
function lenticularLabelEnd(line: string, start: number): number {
  if (line.charCodeAt(start) !== 0x3010 /* 【 */) return -1;
  const close = line.indexOf('】', start + 1);
  if (close < start + 2 || close - start > MAX_BRACKETED + 1 || line.slice(close + 1).trim() === '') return -1;
  // ("【导  读】": the word spaced out in its brackets.)
  return BRACKETED_HEADING_WORDS.test(line.slice(start + 1, close).replace(/[\s\u3000]+/g, '')) ? -1 : close;
}

// "[周岐原]**:", "[周岐原]:": the bracket closes right before the colon (not a link's "[…](https:").
const BRACKETED_NAME = /^\[[^\][()]{1,16}\](?:\*\*|__)?\s*[:：]/u;

function unwrapped(printed: string): string {
  let name = printed.trim();
  if (name.endsWith('**') || name.endsWith('__')) name = name.slice(0, -2).trimEnd();
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1).trim();
  return name;
}

/** Where a label starts: after the indent and a question's number ("一、"). */
function chineseLabelStart(line: string): number {
  let indent = afterPointer(line, labelStart(line));
  // "1、**与会人：**": the question's number before the bold.
  const numberFirst = line.charCodeAt(indent) === 0x2a ? 0 : questionNumberLength(line, indent);
  if (numberFirst > 0 && line.charCodeAt(indent + numberFirst) === 0x2a && line.charCodeAt(indent + numberFirst + 1) === 0x2a) indent += numberFirst;
  // "**問：…？**": a label in bold, its emphasis no part of it; "*问：…？*": in italics, the same.
  // ("****赵纯想：****": an editor's bold typed twice over, the same.)
  if (line.charCodeAt(indent) === 0x2a && line.charCodeAt(indent + 1) === 0x2a) {
    indent += 2;
    while (line.charCodeAt(indent) === 0x2a && line.charCodeAt(indent + 1) === 0x2a) indent += 2;
    indent = afterPointer(line, indent);
  } else if (isItalicOpen(line, indent)) indent += 1;
  return indent + questionNumberLength(line, indent);
}

// "*问：…？*": one asterisk or underscore before the label, none after it, and one closing the line.
function isItalicOpen(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (c !== 0x2a && c !== 0x5f) return false;
  const next = line.charCodeAt(at + 1);
  return next !== c && next !== 0x20 && next !== 0x09 && next > 0x2e80;
}
const ITALIC_CLOSE = /(?<![*_])[*_]\s*$/;

// "**▶刘煜辉：**", "▍记者：": a pointer or bar a page sets before each label, no part of it.
const POINTERS = new Set([...'▶►▸➤➢→▍▌▎●■◆▪'].map((c) => c.charCodeAt(0)));

function afterPointer(line: string, at: number): number {
  if (!POINTERS.has(line.charCodeAt(at))) return at;
  let i = at + 1;
  while (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x3000) i++;
  return i;
}

/**
 * The first colon (":" or "：") within MAX_LABEL characters of a label starting at `start`, or -1.
 * Labels here start with a CJK character, a Latin outlet name ("CNN记者") or a digit.
 */
function labelColon(line: string, start: number): number {
  const first = line.charCodeAt(start);
  // A digit may open an outlet's name ("21世纪经济报道记者"); parse() keeps digits to such labels.
  const opensName =
    (first >= 0x41 && first <= 0x5a) ||
    (first >= 0x61 && first <= 0x7a) ||
    (first >= 0x30 && first <= 0x39) ||
    (first === 0x5b && hasIdeograph(line, start + 1, start + 2) && BRACKETED_NAME.test(line.slice(start, start + MAX_LABEL + 8)));
  if (first < 0x2e80 && !opensName) return -1;
  // "华尔街日报Amir Mizroch:": a reporter's Latin name after the outlet makes a longer label (parse() checks its form).
  const end = Math.min(line.length, start + MAX_LABEL_WITH_LATIN_NAME + 1);
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return i;
  }
  return -1;
}

function hasIdeograph(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

function parseChineseLabel(line: string): ParsedLabel | null {
  const start = chineseLabelStart(line);
  // "【主持人】各位记者朋友……": a label in lenticular brackets, no colon after it.
  const bracketClose = lenticularLabelEnd(line, start);
  if (bracketClose > 0) return chineseLabel(line.slice(start + 1, bracketClose).trim(), line.slice(bracketClose + 1));
  const colon = labelColon(line, start);
  if (colon <= start) return null;
  // "**周冠男**：", "**[周岐原]**:": the emphasis and the brackets are the label's setting, not its name.
  const printed = unwrapped(line.slice(start, colon));
  const name = printed.includes('(') || printed.includes('（') ? printed.replace(SHARE_PRICE, '') : printed;
  // ("Jeffrey Katzenberg：": a foreign speaker's name in Latin letters runs longer than a Chinese label.)
  if (
    colon - start > MAX_LABEL &&
    !OUTLET_THEN_LATIN_NAME.test(name) &&
    !(colon - start <= MAX_JOINT_REPORTER && JOINT_REPORTER.test(name)) &&
    !(line.charCodeAt(colon) === 0xff1a && LATIN_PERSON.test(name)) &&
    !NAME_THEN_OUTLET_ROLE.test(name)
  )
    return null;
  // "**问：…？**": a question set wholly in bold, its closing emphasis no part of the words;
  // "**杨燕绥：**这个…", "**Geoffrey Hinton：**我认为…": the label's bold closed after its colon.
  let body = line.slice(colon + 1);
  const bold = (line.startsWith('**', labelStart(line)) || line.startsWith('**', start - 2)) && !printed.startsWith('*');
  if (bold && body.startsWith('**')) body = body.replace(/^(?:\*\*)+/, '');
  else if (bold && body.trimEnd().endsWith('**')) body = body.trimEnd().slice(0, -2);
  // The reporter names self, then the outlet: the label is the person of that outlet.
  const introduced = NAME_THEN_OUTLET_ROLE.exec(name);
  if (introduced) return label(`${introduced[1]!.replace(/\s+/g, ' ')} (${introduced[2] ?? introduced[3]})`, body, { selfEvident: true });
  // An outlet known by its Latin name before a full-width colon: "BBC：", "Bloomberg：".
  if (!hasIdeograph(line, start, colon)) {
    if (line.charCodeAt(colon) !== 0xff1a) return null;
    // (A converted page's double spaces between the words are one.)
    const latin = name.replace(/\s+/g, ' ');
    // "3、CNBC Arjun Kharpal：": an outlet's Latin name, then its reporter's, in a Chinese record
    // (read before the outlet alone: "CNBC Eunice Yoon" would pass for an outlet's name).
    const reporter = LATIN_OUTLET_THEN_NAME.exec(latin);
    if (reporter) return label(`${reporter[2]} (${reporter[1]})`, body);
    // "《Mobile World Live》Joseph Waring：": a Latin outlet in book-title marks, then the reporter.
    const titled = TITLED_LATIN_OUTLET_THEN_NAME.exec(latin);
    if (titled) return label(`${titled[2]} (${titled[1]})`, body);
    if (LATIN_OUTLET.test(latin)) return label(latin, body);
    // "Ulf Röller：怎么开的枪？": a foreign reporter's name, accents and all, before the full-width colon.
    return LATIN_PERSON.test(latin) ? label(latin, body) : null;
  }
  if (!bold && isItalicOpen(line, labelStart(line))) {
    // In italics, only the question's and answer's marks: an italic line is more often an editor's ("*编辑补充：…*").
    if (!SELF_EVIDENT.has(foldedToSimplified(name))) return null;
    body = body.replace(ITALIC_CLOSE, '');
  }
  return chineseLabel(name, body);
}

// "12、" before the label: the minutes' number for the question.
const NUMBER_BEFORE = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?:\*\*)*$/u;
