// Who published an interview, the interviewers' outlet: a front matter's author or publisher field
// that is an outlet, a publication in book-title marks in the title ("《财经》"), or the title or
// lead saying who interviews ("Democracy Now! Interviews …", "The Recode Interview",
// "接受美國之音採訪", "在休·休伊特節目（The Hugh Hewitt Show）接受採訪", "CNN主持人傑克").
import type { FrontMatter } from './frontmatter.ts';
import { escapeRegExp } from './chars.ts';
import { naturalCase } from './labels/words.ts';
import { findDate } from './dates.ts';
import { CHINESE_MEDIUM_END, knownOutlet, looksLikeOutlet } from './outlets.ts';

const PUBLICATION_IN_TITLE = /《([^《》]{2,16})》/u;
const CHANNEL_WORD = /\s+(?:podcasts?|video|videos|channel|official|tv)$/i;
// "The Food Bubble - Democracy Now! Interviews Frederick Kaufman": what comes before "Interviews", after the title's own words.
const INTERVIEWS = /(?:^|[-–—:|]\s+)([\p{Lu}][^-–—:|]{1,40}?)\s+(?:Interviews|Talks (?:to|with)|Speaks (?:to|with))\s+\p{Lu}/u;
// "Elon Musk: The Recode Interview".
const THE_X_INTERVIEW = /\b[Tt]he\s+(\p{Lu}[\p{L}\d&.!'’ -]{1,30}?)\s+[Ii]nterview\b/u;
// "接受美國之音採訪", "在休·休伊特節目（The Hugh Hewitt Show）接受採訪", "接受《财经》专访".
// "接受人民日报健康客户端记者采访": the outlet, perhaps "记者" after it, then the interview.
const ACCEPTS_INTERVIEW = /接受([^，。；、！？\s（(“”「」]{2,20}?)(?:的)?(?:记者)?(?:独家)?(?:采访|专访|访问)/u;
const INTERVIEWED_ON = /在([^，。；、！？\s（(“”「」]{2,20}?)(?:[（(][^）)]{1,60}[）)])?(?:上)?接受(?:了)?(?:采访|专访|访问)/u;
// "接受美国哥伦比亚广播公司（CBS）“面向全民”节目主持人…专访": the outlet, its Latin initials in brackets, then the interview.
const ACCEPTS_BRACKETED = /接受([^，。；、！？\s（(“”「」]{2,20}?)[（(]([A-Za-z][A-Za-z&]{1,11})[）)][^。！？]{0,60}?(?:采访|专访|访问)/u;
// "CNN主持人傑克": a host of the outlet.
const HOST_OF_SHOW = /\bhost of (?:the )?((?:[\p{L}\d&'’-]+ ){1,4}?(?:podcast|show|programme|program))\b/iu;
const HOST_OF = /(?:^|[^A-Za-z])([A-Z][A-Za-z&]{1,12})(?:的)?主持人/u;
// "Interview to Chinese newspaper People’s Daily", "gave an interview to the Russia Today TV channel",
// "Interview with Rossiya TV channel": the medium given the interview, as a head of state's site names it.
// ("Sanctions as an economic booster (interview to TASS)": the medium inside the title's brackets.)
const INTERVIEW_TO = /\b[Ii]nterview\s+(to|for|with)\s+(?:the\s+)?([^.,;:()|•–—\n]{2,80}?)\s*(?:[.,;:()|•–—]|$)/mu;
// "Interview with Janice Petersen, SBS", "Interview with Ray Hadley – 2GB": the interviewer, then their medium.
// ("INTERVIEW WITH KATIE WOOLF, MIX 104.9 DARWIN  8 October 2020": in capitals, the day after it.)
const INTERVIEWER_AND_MEDIUM =
  /\b(?:[Ii]nterview|INTERVIEW) (?:with|WITH) (?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s*(?:,|[-–—]\s)\s*([^,;:()]{2,40}?)(?:\s+\d{1,2}\s+\p{L}{3,9}\s+\d{4}|\s+\p{L}{3,9}\s+\d{1,2},\s+\d{4})?\s*$/u;
// "Acting Prime Minister, Radio Interview, 3AW, Melbourne": a prime minister's office names the station after the kind of interview.
const BROADCAST_INTERVIEW_AT = /\b(?:Radio|Television|TV) [Ii]nterview,\s*([^,;:()]{2,30}?)\s*(?:,|$)/u;
// "MIX 104.9 Darwin", "6PR", "4BC Brisbane": a station by its frequency or its call sign.
const STATION = /(?:^|\s)(?:\d{2,3}\.\d|\d[A-Z]{2,3})(?:\s|$)/;
// "Secretary Blinken On ABC’s This Week with Martha Raddatz", "… With Jake Tapper of CNN’s State of the Union":
// the programme that held the interview, around the host who asked.
const ON_PROGRAMME_WITH_HOST = /\b[Oo]n\s+(\p{Lu}[^,;:()]{1,40}?)\s+[Ww]ith\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+\s*$/u;
const WITH_HOST_OF_PROGRAMME = /\b[Ww]ith\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+\s+of\s+(\p{Lu}[^,;:()]{1,40}?)\s*$/u;
// The kind of medium around its name: "Chinese newspaper …", "… TV channel".
const MEDIUM_BEFORE =
  /^(?:\p{Lu}\p{Ll}+\s+)?(?:newspaper|magazine|weekly|daily|news agency|agency|television channel|TV channel|television|channel|radio station|radio|broadcaster|network)\s+/u;
const MEDIUM_AFTER = /\s+(?:TV channel|TV|television channel|television|channel|newspaper|magazine|news agency|radio station|radio)$/u;
// The words every pattern here needs: settled with one scan before the patterns are tried.
const ENGLISH_CUE = /nterview|INTERVIEW|Talks|Speaks/;
const CHINESE_CUE = /接受|主持人|向|首发|记者|刊|专访了|采访了/u;
// "关于国际新形势对新华日报[1]记者的谈话": a talk with the paper's reporter (a note's mark perhaps after the name).
const TALK_WITH_REPORTER = /(?:对|和|与|同)([^，。；、！？\s（(“”「」对和与同]{2,12}?)(?:\[\d{1,3}\])?(?:记者)的?(?:谈话|答问|问|采访)/u;
// "- 本文首发于腾讯新闻 -": where the interview was first published, the medium that held it.
const FIRST_PUBLISHED = /首(?:发)(?:于|在)([^，。；、！？\s（(“”「」-]{2,12}?)(?:平台)?\s*(?:[-—。，]|$)/u;
// "黃遠輝向眾新聞表示": the medium the one interviewed told.
const TOLD_OUTLET = /向([^，。；、！？\s（(“”「」]{2,12}?)(?:的)?(?:记者)?(?:表示|透露|指出|坦言|说)/u;
const TITLE_INTERVIEW_BY = /(?:^|[\s：:])([^\s，。：:；、“”「」《》]{2,16}?)(?:的)?(?:独家)?(?:访问|采访|专访)$/u;
// "《新奥斯纳布吕克日报》为此刊登了记者和廖亦武的问答": the paper that printed the interview.
const PRINTED_INTERVIEW = /《([^《》]{2,16})》[^。！？]{0,20}?(?:刊登|刊出|刊发|登出|发表)了?[^。！？]{0,40}?(?:问答|专访|采访|访谈|访问)/u;
// "虎嗅日前在北京专访了梁建章": the medium that interviewed them, at the start of the lead's sentence.
const INTERVIEWED_BY = /(?:^|[。！？]\s*)([^，。；、！？\s“”「」（(]{2,12}?)(?:日前|近日|此前|今天|昨天|近期)?(?:在[^，。；！？]{1,12})?(?:专访|采访)了/u;

// "RADIO INTERVIEW" over "ABC RADIO NATIONAL BREAKFAST" (or "TELEVISION INTERVIEW – SKY NEWS"): an
// office's transcript names the kind of interview, then the programme that held it.
const MEDIUM_INTERVIEW = /^(?:E&OE\s+)?(?:TELEVISION|TV|RADIO)\s+INTERVIEW(?:\s*[-–—:]\s*(.{2,60}))?$/i;

const GAPPED_MEDIUM_INTERVIEW =
  /(?:^|[ \t])(?:TELEVISION|TV|RADIO)[ \t]+INTERVIEW[ \t]+(?:[-–—:][ \t]+)?([^\n]{2,60}?)(?:[ \t]{2,}|,?[ \t]+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b|[ \t]+\d{1,2}[ \t]+[A-Z]{3,9}[ \t]+\d{4}|$)/m;

/** The programme a broadcast interview's letterhead names under (or after) the kind of interview, or null. */
function programmeInterviewing(title: string, opening: readonly string[]): string | null {
  // A PDF's letterhead run into one line: "E&OE TRANSCRIPT  TELEVISION INTERVIEW  SKY NEWS  TUESDAY, 24 NOVEMBER 2020".
  for (const line of [title, ...opening.slice(0, 8)]) {
    const gapped = line.includes('INTERVIEW') ? GAPPED_MEDIUM_INTERVIEW.exec(line) : null;
    const programme = gapped?.[1]?.trim();
    if (programme && !findDate(programme) && looksLikeOutlet(programme)) return knownOutlet(programme)?.name ?? programme;
  }
  const kindAt = MEDIUM_INTERVIEW.test(title.trim()) ? -1 : opening.findIndex((paragraph) => MEDIUM_INTERVIEW.test(paragraph.trim()));
  const kind = MEDIUM_INTERVIEW.exec(kindAt < 0 ? title.trim() : opening[kindAt]!.trim());
  if (!kind) return null;
  // (Lifted out as the title, the kind line leaves the programme among the letterhead's lines.)
  const candidates = kind[1] ? [kind[1]] : kindAt < 0 ? opening : opening.slice(kindAt + 1, kindAt + 4);
  for (const candidate of candidates) {
    const line = candidate.trim();
    if (line.length > 60 || line.includes('\n') || findDate(line) || !looksLikeOutlet(line)) continue;
    return knownOutlet(line)?.name ?? line;
  }
  return null;
}

export function publisherOf(fm: FrontMatter, title: string | undefined, lead: string | undefined, opening: readonly string[] = []): string | undefined {
  // "秦刚大使接受美国哥伦比亚广播公司（CBS）…专访": the opening names who interviews, whoever reposted the page.
  for (const paragraph of opening) {
    const bracketed = paragraph.includes('接受') ? ACCEPTS_BRACKETED.exec(paragraph.slice(0, 200)) : null;
    if (bracketed) return knownOutlet(bracketed[2]!)?.name ?? bracketed[1]!;
  }
  const listed = [fm.principal, ...(fm.people ?? [])].find((name) => name !== undefined && (knownOutlet(name) !== null || looksLikeOutlet(name)));
  // "New York Times Podcasts": the outlet behind its podcast channel.
  if (listed) return knownOutlet(listed.replace(CHANNEL_WORD, ''))?.name ?? listed;
  if (!title) return undefined;
  const programme = programmeInterviewing(title, opening);
  if (programme) return programme;
  const inMarks = PUBLICATION_IN_TITLE.exec(title)?.[1];
  if (inMarks) return inMarks;
  const english = ENGLISH_CUE.test(title) ? (INTERVIEWS.exec(title)?.[1] ?? THE_X_INTERVIEW.exec(title)?.[1]) : undefined;
  if (english) return knownOutlet(english.trim())?.name ?? english.trim();
  const interviewer = ENGLISH_CUE.test(title) ? INTERVIEWER_AND_MEDIUM.exec(title.trim())?.[1] : undefined;
  if (interviewer && (looksLikeOutlet(interviewer) || STATION.test(interviewer))) return knownOutlet(interviewer)?.name ?? interviewer;
  const broadcast = title.includes('nterview') ? BROADCAST_INTERVIEW_AT.exec(title)?.[1]?.trim() : undefined;
  if (broadcast && (STATION.test(broadcast) || knownOutlet(broadcast) !== null || looksLikeOutlet(broadcast))) return knownOutlet(broadcast)?.name ?? broadcast;
  const hosted = / [Ww]ith /.test(title) ? (ON_PROGRAMME_WITH_HOST.exec(title.trim())?.[1] ?? WITH_HOST_OF_PROGRAMME.exec(title.trim())?.[1]) : undefined;
  // ("ABC’s This Week": the network's programme, an outlet by its network's name.)
  if (hosted && (looksLikeOutlet(hosted) || looksLikeOutlet(hosted.replace(/['’]s\b/u, '')))) return knownOutlet(hosted)?.name ?? hosted;
  // "… FIRESIDE CHAT WITH HOST OF THE NATSECTECH PODCAST JEANNE MESERVE": the show whose host asks.
  const show = / host of /i.test(title) ? HOST_OF_SHOW.exec(title)?.[1] : undefined;
  if (show) return /\p{Ll}/u.test(show) ? show : naturalCase(show);
  const given = mediumGivenInterview([title, lead ?? '']);
  if (given) return given;
  for (const text of [title, ...[lead ?? '', ...opening].map((paragraph) => paragraph.slice(0, 200))]) {
    if (!CHINESE_CUE.test(text)) continue;
    const chinese =
      PRINTED_INTERVIEW.exec(text)?.[1] ??
      INTERVIEWED_BY.exec(text)?.[1] ??
      ACCEPTS_INTERVIEW.exec(text)?.[1] ??
      INTERVIEWED_ON.exec(text)?.[1] ??
      TOLD_OUTLET.exec(text)?.[1] ??
      FIRST_PUBLISHED.exec(text)?.[1] ??
      TALK_WITH_REPORTER.exec(text)?.[1];
    const known = chinese ? knownOutlet(chinese) : null;
    if (known) return known.name;
    if (chinese && CHINESE_MEDIUM_END.test(chinese)) return chinese;
    const host = HOST_OF.exec(text)?.[1];
    const hosting = host ? knownOutlet(host) : null;
    if (hosting) return hosting.name;
  }
  // "2018-11-09 大纪元新闻网访问": a title that is the medium's interview.
  const interviewBy = TITLE_INTERVIEW_BY.exec(title.trim())?.[1];
  if (interviewBy && (knownOutlet(interviewBy) || CHINESE_MEDIUM_END.test(interviewBy))) return knownOutlet(interviewBy)?.name ?? interviewBy;
  return undefined;
}

/** The medium a title or lead says was given the interview ("Interview to … People’s Daily"), if it reads as one. */
function mediumGivenInterview(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const found = text.includes('nterview') ? INTERVIEW_TO.exec(text.slice(0, 300)) : null;
    if (!found) continue;
    const printed = found[2]!.trim();
    const name = printed.replace(MEDIUM_BEFORE, '').replace(MEDIUM_AFTER, '');
    const known = knownOutlet(name);
    // "Interview with Rossiya TV channel": "with" names a person as often, so only a medium said as one.
    if (found[1] === 'with' && !known && name === printed) continue;
    if (known) return known.name;
    // A name in capitals, its medium said around it or in its own words ("Mir Broadcasting Company").
    if (/^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 5 && (name !== printed || looksLikeOutlet(name))) return name;
  }
  return undefined;
}

/**
 * Whether the lead tells of the medium a label names interviewing the speakers ("虎嗅日前在北京专访了梁建章",
 * "接受虎嗅专访", "对虎嗅说"): then a label of that name is the medium asking, not a person.
 */
export function interviewsInLead(name: string, lead: string): boolean {
  if (name.length < 2 || !lead.includes(name)) return false;
  const escaped = escapeRegExp(name);
  return new RegExp(
    `${escaped}(?:日前|近日|此前|近期)?(?:在[^，。；！？]{1,12})?(?:专访|采访)了|接受${escaped}的?(?:独家)?(?:专访|采访)|对${escaped}(?:表示|说)`,
    'u',
  ).test(lead);
}

/**
 * The host the lead names for the medium a label names ("有新Newin 主理人 Tim 与…展开了一次对话"): the
 * account's host asks under the account's name. Null where the lead names none.
 */
export function mediumHostInLead(name: string, lead: string): string | null {
  if (name.length < 2 || !lead.includes(name)) return null;
  const escaped = escapeRegExp(name);
  const m = new RegExp(
    `${escaped}\\s*的?\\s*(?:主理人|主持人|主播|主编)\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?|[\\p{Script=Han}·]{2,4}?)(?=\\s|与|和|对|在|，|。|$)`,
    'u',
  ).exec(lead);
  return m ? m[1]! : null;
}
