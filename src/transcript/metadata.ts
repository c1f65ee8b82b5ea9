// The preamble — everything before the first speaker label — gives the conference's metadata:
// a Markdown heading or a title block for the title, "Date:"-style field lines, and the dateline
// (date, venue, occasion). Prose paragraphs of the preamble become the narration turn.
import { datelinePlace, findDate, findTime, startsWithDate } from './dates.ts';
import { isVenueLine, readDatelineDetails } from './dateline.ts';
import type { FrontMatter } from './frontmatter.ts';
import { CONNECTORS, OFFICE_WORDS, TITLE_WORDS } from './labels/words.ts';
import { COPYRIGHT_LINE } from './closing.ts';
import { personTitled, withoutSiteName } from './titles.ts';
import { wordCount } from './participants.ts';
import { CJK, endsSentence, type ParagraphLines, type SourceLine } from './types.ts';
import { mapped } from './arrays.ts';
import { type DeclaredPerson, readCastField } from './cast-fields.ts';
import { postedByline } from './posted-byline.ts';
import { isParticipantsHeading, participantLists } from './participant-lists.ts';
import { BYLINE_FIELD_KEY } from './zh/labels.ts';

export interface PreambleMetadata extends FrontMatter {
  /** The day printed on a line of its own, a dateline ("(January 30, 2022)"), or in the title: the event's. */
  printedDate?: string;
  /** Cleaned prose paragraphs that open the transcript. */
  narration: string[];
  /** How each piece was found: "heading", "title-block", "fields", "dateline". */
  sources: string[];
  /** Who the preamble's fields say moderates, answers or asks ("Moderator: …", "发布人：…"). */
  cast?: DeclaredPerson[];
  /** The company's people a call's participants lists name (participant-lists.ts). */
  staff?: string[];
}

type CleanText = (lines: ParagraphLines) => string;

const HEADING = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/;
const NUMBERED_SECTION = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、．]/u;
// (In emphasis too: "***采访时间：2025年1月5日，…现场***".)
const FIELD_LINE =
  /^\s*[*_]{0,3}(Date|Time|Venue|Location|Place|Title|Transcript|Topic|Subject|Occasion|Event|Host|Speaker|Principal|Published|Posted|时间|日期|发布时间|发布日期|采访时间|访谈时间|录制时间|地点|主题|作者|来源|编辑|责任编辑)\s*[:：]\s*(\S.*?)[*_]{0,3}\s*$/i;
const EVENT_DATE_FIELD = /^(?:采访时间|访谈时间|录制时间)$/u;
type TextField = 'title' | 'venue' | 'topic' | 'occasion' | 'host' | 'principal';
const FIELD_TARGET: Record<string, 'date' | 'time' | TextField> = {
  date: 'date',
  time: 'time',
  venue: 'venue',
  location: 'venue',
  place: 'venue',
  title: 'title',
  // "Transcript: Governor Ana Reyes briefs reporters": a page's title after the word.
  transcript: 'title',
  // The day a page was put up: the event's only where nothing else dates it.
  published: 'date',
  posted: 'date',
  topic: 'topic',
  subject: 'topic',
  occasion: 'occasion',
  event: 'occasion',
  host: 'host',
  speaker: 'principal',
  principal: 'principal',
  时间: 'date',
  发布时间: 'date',
  發布時間: 'date',
  发布日期: 'date',
  發布日期: 'date',
  時間: 'date',
  日期: 'date',
  采访时间: 'date',
  採訪時間: 'date',
  访谈时间: 'date',
  訪談時間: 'date',
  录制时间: 'date',
  錄製時間: 'date',
  地点: 'venue',
  地點: 'venue',
  主题: 'topic',
  主題: 'topic',
};
// A catalogue's "President: Jimmy Carter": an office, then a name alone, names the principal.
const OFFICE_FIELD =
  /^\s*(?:President|Prime Minister|Premier|Chancellor|Governor|Chair|Chairman|Chairwoman|Chairperson|Spokesperson|Spokesman|Spokeswoman|Minister|Secretary)\s*[:：]\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,4})\s*$/u;
const MAX_TITLE_LINES = 5;
const MAX_TITLE_CHARS = 300;
const REFERENCE_NUMBER = /^(?:No|Ref|Our Ref)\.?:?\s*\S*[\d/]/i;
const QUOTED_TITLE = /^\s*[“"]([^“”"]+)[”"]\s*$/;

export function readPreamble(preamble: readonly ParagraphLines[], cleanText: CleanText): PreambleMetadata {
  const meta: PreambleMetadata = { narration: [], sources: [] };
  meta.printedDate = dateUnderHeading(preamble);
  let paragraphs = takeHeading(withoutIssuingLetterhead(withSetextHeadings(withoutSiteNavigation(preamble)), meta, cleanText), meta, cleanText);
  paragraphs = takeFieldLines(paragraphs, meta);
  readParticipantLists(paragraphs, meta);
  if (!meta.title) paragraphs = takeTitleBlock(paragraphs, meta, cleanText);
  paragraphs = preferEventTitle(paragraphs, meta, cleanText);
  for (const paragraph of paragraphs) {
    if (paragraph.every((line) => isMetadataLine(line.text))) readMetadataLines(paragraph, meta);
    else if (!readNameLines(paragraph, meta)) meta.narration.push(cleanText(paragraph));
  }
  // A release over its transcript, no title before it: "TRANSCRIPT OF REMARKS AND Q&A BY MINISTER …" between them is the title.
  if (!meta.title) {
    // (A page printed without blank lines holds it as a line of its paragraph: the lines after it are another.)
    for (let i = 0; i < Math.min(meta.narration.length, TRANSCRIPT_HEADING_REACH) && !meta.title; i++) {
      const lines = meta.narration[i]!.split('\n');
      const at = lines.findIndex((line) => line.length <= MAX_TRANSCRIPT_HEADING && TRANSCRIPT_HEADING.test(line.trim()));
      if (at < 0) continue;
      meta.title = lines[at]!.trim();
      // (Its day is the conference's: the release's sign-off above it is dated when it was issued.)
      const day = findDate(meta.title);
      if (day) meta.printedDate = day.iso;
      const parts = [
        lines.slice(0, at).join('\n').trim(),
        lines
          .slice(at + 1)
          .join('\n')
          .trim(),
      ].filter((part) => part !== '');
      meta.narration.splice(i, 1, ...parts);
      meta.sources.push('title-block');
    }
  }
  for (const text of meta.narration) readDateline(text, meta);
  // "…today's briefing by Stéphane Dujarric, Spokesman for the Secretary-General.": the lead names the briefer and the office.
  for (const text of meta.narration.slice(0, LEAD_PARAGRAPHS)) {
    const by = text.length < MAX_LEAD_CHARS && text.includes(' by ') ? BRIEFED_BY.exec(text) : null;
    if (by) {
      meta.principal ??= by[1]!;
      meta.people = [...(meta.people ?? []), by[1]!];
      break;
    }
  }
  for (const text of meta.narration.slice(0, LEAD_PARAGRAPHS)) if (text.length < MAX_LEAD_CHARS && readConductedBy(text, meta)) break;
  // "Edited excerpts of an interview by Elgin Toh of the Straits Times …": the lead names who asked, and for whom.
  if (!meta.cast?.some((c) => c.role === 'journalist'))
    for (const text of meta.narration.slice(0, LEAD_PARAGRAPHS)) {
      const by = text.length < MAX_LEAD_CHARS && text.includes('nterview by ') ? INTERVIEW_BY.exec(text) : null;
      if (!by) continue;
      (meta.cast ??= []).push(by[2] ? { name: by[1]!, role: 'journalist', outlet: by[2].trim() } : { name: by[1]!, role: 'journalist' });
      break;
    }
  // "… agreed to meet with Chloe Brooks on April 13, 2016. Here is the transcript": the lead dates the meeting.
  for (const text of meta.narration.slice(0, LEAD_PARAGRAPHS)) {
    const met = text.length < MAX_LEAD_CHARS && text.includes(' on ') ? MET_ON.exec(text) : null;
    const day = met ? findDate(met[1]!) : null;
    if (day) {
      meta.printedDate ??= day.iso;
      break;
    }
  }
  // "Mayor Holds Press Conference on the Storm Transcript", "FOMC Press Conference Transcript": the title as printed.
  if (meta.title && meta.title.length <= MAX_TITLE_CHARS) meta.title = withoutSiteName(meta.title);
  // “Adani Total Gas Limited Q3 FY ‘25 Investor Update Call”: a title printed wholly in quotation marks, without them.
  if (meta.title) meta.title = meta.title.replace(QUOTED_TITLE, '$1');
  // "Regular Press Conference on March 12, 2024": the title names the event's day; a stamp or
  // dateline under it may be only when the page was posted.
  const titled = meta.title ? findDate(meta.title) : null;
  if (titled) meta.date = titled.iso;
  return meta;
}

const TRANSCRIPT_HEADING = /^(?:TRANSCRIPT OF [A-Z]|Transcript of (?:the )?\p{Lu})[^\n]*$/u;
const MAX_TRANSCRIPT_HEADING = 300;
// A release of a few paragraphs, its sign-off and notes, before the heading.
const TRANSCRIPT_HEADING_REACH = 16;

// An event's word, "by", a name of two to four capitalised words, a comma and an office in capitals.
const BRIEFED_BY =
  /\b(?:briefing|press conference|news conference|press availability|remarks|transcript)\b[^.]{0,60}?\bby\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:the\s+)?(?:Spokes(?:man|woman|person)|Deputy Spokes(?:man|woman|person)|Press Secretary|Secretary|Minister|Governor|President|Chair(?:man|woman)?|Director|Ambassador|Commissioner)\b/u;

// A name alone on its line: two to four capitalised words, no office or event word among them.
const BARE_NAME = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|van|von|der|del|la|le)){1,3}\s*$/u;
const MAX_NAME_LINES = 12;

/**
 * "February 16, 2009 / Jeff Agoos / Juan Pablo Angel / Erik Stover" under the title, as a sports
 * transcription service prints who speaks: the people presented, each on a line of their own (with
 * the day, two names at least without it). Returns whether the paragraph was such a list.
 */
function readNameLines(paragraph: ParagraphLines, meta: PreambleMetadata): boolean {
  if (paragraph.length > MAX_NAME_LINES + 2) return false;
  const dated = paragraph.filter((line) => isMetadataLine(line.text));
  const names = paragraph.filter((line) => !isMetadataLine(line.text));
  if (names.length === 0 || (dated.length === 0 && names.length < 2) || names.length > MAX_NAME_LINES) return false;
  if (!names.every((line) => BARE_NAME.test(line.text) && !EVENT_WORDS.test(line.text) && !hasTitleWord(line.text))) return false;
  readMetadataLines(dated, meta);
  meta.people = [...(meta.people ?? []), ...names.map((line) => line.text.trim())];
  meta.sources.push('names');
  return true;
}

function hasTitleWord(text: string): boolean {
  return text.split(/\s+/).some((word) => TITLE_WORDS.has(word.toLowerCase().replace(/[.,]$/, '')));
}

// Names of the event itself; a letterhead ("THE WHITE HOUSE / Office of the Press Secretary") has none.
const EVENT_WORDS =
  /\b(?:press (?:conference|briefing|gaggle|availability|statement|encounter)|news conference|briefing|meets the press|remarks|media availability|q ?& ?a|doorstop|interview|(?:earnings|conference|investor(?: update)?|results) call)\b|记者会|发布会|吹风会|记者问|新闻会/iu;
const EVENT_TITLE_LOOKAHEAD = 6;
const MAX_EVENT_TITLE_LINES = 3;

/**
 * A title block without the event's name gives way to a following one-line title that has it,
 * as when a letterhead comes first; the letterhead stays in the record as narration.
 */
function preferEventTitle(paragraphs: ParagraphLines[], meta: PreambleMetadata, cleanText: CleanText): ParagraphLines[] {
  if (meta.title && (!meta.sources.includes('title-block') || EVENT_WORDS.test(meta.title))) return paragraphs;
  // A title of one line, or of up to three, perhaps over its date ("“Larkspur Railways Limited / Q4 FY ‘31 Earnings Call” / March 11, 2031").
  const titleLinesOf = (p: ParagraphLines): ParagraphLines | null => {
    const dated = p.length > 1 && startsWithDate(p[p.length - 1]!.text.trim()) ? p.slice(0, -1) : p;
    if (dated.length > MAX_EVENT_TITLE_LINES) return null;
    const text = dated.map((l) => l.text.trim()).join(' ');
    return dated.every((l) => isTitleLine(l.text, true) && !startsWithDate(l.text)) && EVENT_WORDS.test(text) && !isParticipantsHeading(text) ? dated : null;
  };
  const at = paragraphs.slice(0, EVENT_TITLE_LOOKAHEAD).findIndex((p) => titleLinesOf(p) !== null);
  if (at < 0) return paragraphs;
  const letterhead = meta.title;
  const titleLines = titleLinesOf(paragraphs[at]!)!;
  meta.title = cleanText(titleLines);
  if (!letterhead) meta.sources.push('title-block');
  const under = paragraphs[at]!.slice(titleLines.length);
  const rest = paragraphs.flatMap((p, i) => (i !== at ? [p] : under.length > 0 ? [under] : []));
  if (!letterhead) return rest;
  meta.narration.push(letterhead);
  return rest;
}

// "**总 裁 办 电 子 邮 件**" over "电邮讲话【2018】063号  签发人：任正非": an office's letterhead, its characters spaced
// out, and the issue's number under it. Neither is the title: the heading under them is.
const SPACED_LETTERHEAD = /^[\s*]*(?:\p{Script=Han}[ \t\u3000]+){3,}\p{Script=Han}[\s*]*$/u;
const ISSUE_NUMBER = /[【〔[]\s*\d{4}\s*[】〕\]]\s*\d{1,4}\s*号/u;
const LETTERHEAD_REACH = 3;

function withoutIssuingLetterhead(paragraphs: ParagraphLines[], meta: PreambleMetadata, cleanText: CleanText): ParagraphLines[] {
  const first = paragraphs[0];
  if (first?.length !== 1 || !SPACED_LETTERHEAD.test(first[0]!.text)) return paragraphs;
  const numbered = paragraphs.slice(1, 1 + LETTERHEAD_REACH).findIndex((p) => p.length <= 2 && p.some((line) => ISSUE_NUMBER.test(line.text)));
  if (numbered < 0) return paragraphs;
  meta.narration.push(
    ...paragraphs
      .slice(0, numbered + 2)
      .map((p) => cleanText(p))
      .filter((text) => text.trim() !== ''),
  );
  return paragraphs.slice(numbered + 2);
}

// A web page's navigation saved with its text: "Skip to main content", "Home > Newsroom > Transcripts", "Search", "Menu".
const SITE_NAVIGATION =
  /^\s*(?:skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|search|menu|main menu|toggle navigation|you are here:?.{0,120}|(?:home|首页)(?:\s*[>›»/|]\s*[^>›»/|\n]{1,40}){1,6})\s*$/i;

/** The preamble without the site's navigation lines. */
function withoutSiteNavigation(paragraphs: readonly ParagraphLines[]): ParagraphLines[] {
  const isNavigation = (line: SourceLine) => line.text.length <= MAX_NAVIGATION_CHARS && SITE_NAVIGATION.test(line.text);
  // Most preambles have none: the paragraphs are copied only where one does.
  if (!paragraphs.some((p) => p.some(isNavigation))) return [...paragraphs];
  return paragraphs.map((p) => p.filter((line) => !isNavigation(line))).filter((p) => p.length > 0);
}

const MAX_NAVIGATION_CHARS = 200;

const LINK_ONLY = /^\s*\[[^\]]*\]\([^)]*\)\s*$/;
const SETEXT_UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/;

/**
 * "Rate Decision\n=============": a Markdown heading underlined instead of marked with "#",
 * made a heading paragraph of its own ("# Rate Decision") so the title is read from it.
 */
// A field in capitals, its key one word: "TYPE: transcript".
const SCRAPER_FIELD = /^\s*[A-Z][A-Z_]{1,15}:\s+\S/;
const BANNER_RULE = /^\s*(?:={10,}|-{10,}|\*{10,}|#{10,})\s*$/;

function withSetextHeadings(paragraphs: readonly ParagraphLines[]): ParagraphLines[] {
  const out: ParagraphLines[] = [];
  for (const paragraph of paragraphs) {
    // A rule alone ("---", "==="): a thematic break, nobody's words.
    if (paragraph.every((line) => SETEXT_UNDERLINE.test(line.text))) continue;
    // A scraper's banner boxed between two long rules ("=====" over "Earnings Call Transcript",
    // "Company: …", under "====="): the lines inside, read as any title block is.
    if (paragraph.length > 2 && BANNER_RULE.test(paragraph[0]!.text) && BANNER_RULE.test(paragraph[paragraph.length - 1]!.text)) {
      out.push(paragraph.slice(1, -1));
      continue;
    }
    // "---" first: front matter that did not parse, kept as the text it is.
    if (SETEXT_UNDERLINE.test(paragraph[0]?.text ?? '')) {
      out.push(paragraph);
      continue;
    }
    let open: ParagraphLines = [];
    for (let l = 0; l < paragraph.length; l++) {
      const line = paragraph[l]!;
      const next = paragraph[l + 1];
      // A line already marked as a heading ("### …") over "---": the rule is a thematic break, dropped.
      if (next && SETEXT_UNDERLINE.test(next.text) && HEADING.test(line.text)) {
        if (open.length > 0) out.push(open);
        out.push([line]);
        open = [];
        l++;
      } else if (next && SETEXT_UNDERLINE.test(next.text) && SCRAPER_FIELD.test(line.text) && l > 0) {
        // "SOURCE: …" / "DATE: 202305" / "TYPE: transcript" over "=====": a scraper's fields closed by a rule, no heading.
        open.push(line);
        out.push(open);
        open = [];
        l++;
      } else if (next && SETEXT_UNDERLINE.test(next.text) && line.text.trim() !== '' && !SETEXT_UNDERLINE.test(line.text)) {
        if (open.length > 0) out.push(open);
        out.push([{ ...line, text: `# ${line.text.trim()}` }]);
        open = [];
        l++;
      } else open.push(line);
    }
    if (open.length > 0) out.push(open);
  }
  return out;
}

// (Perhaps named as the source: "# Source: [Q4 FY19 Earnings Call Transcript](https://…pdf)".)
const LINKED_TITLE = /^\s*(?:source\s*[:：]\s*)?\[([^\]]{8,200})\]\([^)\s]+\)\s*$/i;
const SOURCE_LINK = /^\s*source\s*[:：]\s*\[[^\]]*\]\([^)]*\)\s*$/i;
const SITE_LINK = /:[a-z_]+:|返回|首页|\b(?:home|back|index|top|menu)\b/i;

function takeHeading(paragraphs: readonly ParagraphLines[], meta: PreambleMetadata, cleanText: CleanText): ParagraphLines[] {
  return paragraphs.filter((paragraph) => {
    const first = paragraph[0]!;
    const heading = paragraph.length === 1 ? HEADING.exec(first.text) : null;
    if (!heading) return true;
    // "### [:house:返回首頁](https://…)": a link back to the site, no title; "[深度调查部｜专访…](https://…)" over
    // "------", a feed item's linked title, is the title.
    if (LINK_ONLY.test(heading[1] ?? '') || SOURCE_LINK.test(heading[1] ?? '')) {
      const linked = LINKED_TITLE.exec(heading[1]!);
      if (!meta.title && linked && !SITE_LINK.test(linked[1]!)) {
        meta.title = cleanText([{ ...first, text: linked[1]! }]);
        meta.sources.push('heading');
      }
      return false;
    }
    if (heading[1] && REMARKS_BY.test(heading[1])) readRemarksBy(heading[1], meta);
    // ("## 1、成功密码：坚持只做一件事": a numbered section of the report, not its title.)
    if (!meta.title && heading[1] && !NUMBERED_SECTION.test(heading[1])) {
      meta.title = cleanText([{ ...first, text: heading[1] }]);
      meta.sources.push('heading');
    } else if (heading[1]) {
      if (!readConductedBy(heading[1], meta)) readByline(heading[1], meta);
    }
    return false;
  });
}

// "Interview with Piero Cipollone, Member of the Executive Board of the ECB, conducted by Miha Jenko on 10 July 2025":
// a central bank's subtitle names who answers, who asks (one or two interviewers) and the day the interview
// was held, which the page's own date (the day it was posted) does not beat.
const HONORIFIC = '(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+)?';
const PERSON = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|da|van|von|der|del|la|le)){1,3}";
const CONDUCTED_BY = new RegExp(
  `^\\s*(?:[Aa]n\\s+)?[Ii]nterview with\\s+${HONORIFIC}(${PERSON})(?:,[^,]{1,120}?)?,?\\s+conducted by\\s+${HONORIFIC}(${PERSON})(?:\\s+and\\s+${HONORIFIC}(${PERSON}))?(?:,?\\s+(?:of|for|from)\\s+(\\p{Lu}[^,]{1,60}?))?(?:,?\\s+on\\s+(.{6,40}?))?\\s*\\.?\\s*$`,
  'u',
);
const INTERVIEW_BY = new RegExp(
  `\\b[Ii]nterview by\\s+${HONORIFIC}(${PERSON}?)(?:\\s+(?:of|for|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*){0,4}))?(?=[\\s,.;:]|$)`,
  'u',
);
// "Interview with Delo": the title such a page gives names the interviewers' publication, not a person.
const INTERVIEW_WITH_TITLE = /^\s*[Ii]nterview with\s+(.{2,60}?)\s*$/u;

/** Reads a subtitle or lead saying who was interviewed by whom, and when; returns whether it was one. */
function readConductedBy(text: string, meta: PreambleMetadata): boolean {
  const m = text.includes('conducted by') ? CONDUCTED_BY.exec(text) : null;
  if (!m) return false;
  const [, principal, first, second, publication, day] = m;
  const inTitle = meta.title ? INTERVIEW_WITH_TITLE.exec(meta.title)?.[1] : undefined;
  const outlet = publication ?? (inTitle && !principal!.endsWith(inTitle) ? inTitle : undefined);
  const interviewers = [first!, ...(second ? [second] : [])].map(
    (name): DeclaredPerson => (outlet ? { name, role: 'journalist', outlet } : { name, role: 'journalist' }),
  );
  (meta.cast ??= []).push({ name: principal!, role: 'principal' }, ...interviewers);
  meta.principal ??= principal;
  const held = day ? findDate(day) : null;
  if (held) meta.date = meta.printedDate = held.iso;
  addSource(meta, 'byline');
  return true;
}

// "Secretary Antony J. Blinken With Norah O’Donnell of CBS Evening News", "… with Indrani Bagchi of The Times of
// India", "… With Maria Ressa on Digital Diplomacy": an office's page titles an interview by who answers, then
// who asks (and for whom). Never a joint appearance: "The President's News Conference With Prime Minister …".
const INTERVIEWER_IN_TITLE = new RegExp(
  `^(?:(?:Secretary|Minister|Deputy Secretary|Under Secretary|Ambassador|Governor|Senator|Mayor|Commissioner|Director|Administrator|Chair|Chairman|President|Prime Minister)\\s+)?${PERSON}\\s+[Ww]ith\\s+${HONORIFIC}(${PERSON})(?:,?\\s+of\\s+(\\p{Lu}[^,;:()]{1,60}?))?(?:\\s+on\\s+\\p{Lu}.{0,100})?\\s*$`,
  'u',
);
// An office or honour after "With" is a second principal's ("With Prime Minister Theresa May"), not an interviewer's.
const OFFICE_AFTER_WITH =
  /^(?:Secretary|Minister|Prime|President|Vice|Chancellor|General|King|Queen|Prince|Princess|Crown|Premier|Foreign|Defen[cs]e|Deputy|Under|Ambassador|Governor|Senator|Mayor|Chief|Commissioner|Director|Chair|Chairman|Emir|Sultan|Pope|His|Her|Their|Members|Journalists|Reporters|Students|Leaders)\b/;

/**
 * The cast declared above the transcript, with the one interviewer a title names (the printed title's, else the
 * front matter's or feed item's) where it declares no one who asks.
 */
export function withTitledInterviewer(cast: DeclaredPerson[] | undefined, titles: readonly (string | undefined)[]): DeclaredPerson[] | undefined {
  if (cast?.some((p) => p.role === 'journalist')) return cast;
  for (const title of titles) {
    const interviewer = title ? interviewerInTitle(title) : null;
    if (interviewer) return [...(cast ?? []), interviewer];
  }
  return cast;
}

// "Interview with Mark Chiusano", "An interview with …", "Q&A with …": a page that is an interview of the one it names.
const INTERVIEW_OF = /^\s*(?:an?\s+)?(?:interview|conversation|q\s?&\s?a)\s+with\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*$/iu;

/**
 * The cast with the page's one author as the interviewer, where the page is titled an interview with someone
 * else ("Interview with Mark Chiusano" by "authors: ['Emma Adler']") and declares no one who asks.
 */
export function withAuthorInterviewing(
  cast: DeclaredPerson[] | undefined,
  authors: readonly string[] | undefined,
  title: string | undefined,
): DeclaredPerson[] | undefined {
  if (authors?.length !== 1 || !title || cast?.some((p) => p.role === 'journalist')) return cast;
  const interviewee = INTERVIEW_OF.exec(title)?.[1];
  const [author] = authors as [string];
  if (!interviewee || interviewee.toLowerCase() === author.toLowerCase() || !/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(author)) return cast;
  return [...(cast ?? []), { name: author, role: 'journalist' }];
}

/** The one interviewer a title names as asking (with the outlet after "of"), or null. */
export function interviewerInTitle(title: string): DeclaredPerson | null {
  const m = title.includes('ith ') ? INTERVIEWER_IN_TITLE.exec(title.trim()) : null;
  // ("Malacañan Press Briefing with …": an event before "with", not the one who answers.)
  if (!m || OFFICE_AFTER_WITH.test(m[1]!) || EVENT_WORDS.test(m[0].slice(0, m[0].indexOf(m[1]!)))) return null;
  // "… with Presidential Spokesperson Ernesto Abella": an office in the name is an official's, not an interviewer's.
  if (m[1]!.split(/\s+/).some((word) => OFFICE_WORDS.has(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase()))) return null;
  const [, name, outlet] = m;
  return outlet ? { name: name!, role: 'journalist', outlet } : { name: name!, role: 'journalist' };
}

// "Willem F. Duisenberg, President of the European Central Bank, 9 June 1998": a speech page's
// byline under its title names the speaker and the day.
const BYLINE_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|der|da)){1,4}$/u;

function readByline(heading: string, meta: PreambleMetadata): void {
  const comma = heading.indexOf(',');
  if (comma < 0) return;
  const name = heading.slice(0, comma).trim();
  const date = findDate(heading.slice(comma));
  if (!date || !BYLINE_NAME.test(name) || TITLE_WORDS.has(name.split(/\s+/)[0]!.toLowerCase())) return;
  meta.principal ??= name;
  meta.date ??= date.iso;
  addSource(meta, 'byline');
}

// "Remarks by Ms Grace Fu, Minister for …": a speech's heading names who gives it.
export const REMARKS_BY =
  /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?(?:opening\s+|closing\s+|keynote\s+)?(?:remarks|speech|statement|address)\s+(?:by|of)\s+(?:(?:the\s+)?(?:hon\.?|mr\.?|ms\.?|mrs\.?|dr\.?|prof\.?)\s+)?(?=[A-Z])/i;
const NAME_THEN_POST = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|der|da)){1,4})(?=,|\s+at\s|\s+on\s|\s*$)/u;

function readRemarksBy(heading: string, meta: PreambleMetadata): void {
  const by = REMARKS_BY.exec(heading);
  const name = by ? NAME_THEN_POST.exec(heading.slice(by[0].length))?.[1] : undefined;
  if (!name || TITLE_WORDS.has(name.split(/\s+/)[0]!.toLowerCase())) return;
  meta.principal ??= name;
  addSource(meta, 'byline');
}

/** A call's participants lists: the askers listed join the cast. The lists stay narration, where the posts they give are read (hosts.ts). */
function readParticipantLists(paragraphs: readonly ParagraphLines[], meta: PreambleMetadata): void {
  const lists = participantLists(paragraphs.flat().map((l) => l.text));
  if (lists && lists.staff.length > 0) meta.staff = lists.staff;
  if (!lists || lists.people.length === 0) return;
  (meta.cast ??= []).push(...lists.people);
  meta.sources.push('participants');
}

function takeFieldLines(paragraphs: readonly ParagraphLines[], meta: PreambleMetadata): ParagraphLines[] {
  let found = false;
  const kept = mapped(paragraphs, (paragraph) =>
    paragraph.filter((line) => {
      // ("**President:** George W. Bush": the field's name in bold.)
      const office = OFFICE_FIELD.exec(line.text.includes('**') || line.text.includes('__') ? line.text.replace(FIELD_EMPHASIS, '') : line.text);
      if (office) {
        meta.principal ??= office[1]!;
        found = true;
        return false;
      }
      const fields = fieldsOf(line.text);
      const declared = fields ? null : readCastField(line.text);
      if (declared) {
        (meta.cast ??= []).push(...declared);
        found = true;
        return false;
      }
      if (!fields) return true;
      for (const [name, value] of fields) {
        // (A byline's author, source or editor: read as the line it is, nobody's words.)
        const target = FIELD_TARGET[name.toLowerCase()];
        if (target) readField(target, value, meta);
        // "采访时间：2025年1月5日": the day the interview was held, as a dateline prints it.
        if (EVENT_DATE_FIELD.test(name)) meta.printedDate ??= findDate(value)?.iso;
      }
      found = true;
      return false;
    }),
  ).filter((paragraph) => paragraph.length > 0);
  if (found) meta.sources.push('fields');
  return kept;
}

function readField(target: 'date' | 'time' | TextField, value: string, meta: PreambleMetadata): void {
  if (target === 'date') {
    const date = findDate(value);
    if (date) meta.date ??= date.iso;
  } else if (target === 'time') {
    const time = findTime(value);
    if (time) {
      meta.time ??= time.time;
      if (time.timeZone) meta.timeZone ??= time.timeZone;
    }
  } else {
    meta[target] ??= value;
  }
}

// Emphasis a web page or Markdown puts on a field's name ("**Date:** 3 March", "__Venue__: Hall").
const FIELD_EMPHASIS = /\*\*|__/g;
// Fields printed on one line, each after a middle dot, a bullet, a bar or a wide gap.
// ("作者： admin 时间：2016-02-05 来源：…": a Chinese page's byline sets its fields apart with one space.)
const FIELD_SEPARATOR = new RegExp(`\\s+[·•|]\\s+|\\s{3,}|\\t+|\\s+(?=${BYLINE_FIELD_KEY}\\s*[:：])`, 'u');

const LIST_ITEM = /^\s*[-*+•]\s+/;

/**
 * A field line as [name, value] pairs: "Date: 3 March 2024", or several on one line
 * ("**Date:** 3 March 2024 · **Venue:** Old Customs House"). A part after the first that names
 * no field belongs to the value before it. Null when the line does not open with a field.
 */
function fieldsOf(text: string): [string, string][] | null {
  const emphasised = text.includes('**') || text.includes('__') ? text.replace(FIELD_EMPHASIS, '') : text;
  // "* **Speaker: Rich Hickey**": a field as a Markdown list item.
  const plain = LIST_ITEM.test(emphasised) ? emphasised.replace(LIST_ITEM, '') : emphasised;
  const whole = FIELD_LINE.exec(plain);
  if (!whole) return null;
  const parts = plain.trim().split(FIELD_SEPARATOR);
  const fields: [string, string][] = [];
  for (const part of parts) {
    const field = FIELD_LINE.exec(part);
    const last = fields[fields.length - 1];
    if (field) fields.push([field[1]!, field[2]!.trim()]);
    else if (last) last[1] = `${last[1]} ${part.trim()}`;
  }
  // One field: its value is the rest of the line, separators and all, as it always was.
  return fields.length > 1 ? fields : [[whole[1]!, whole[2]!.trim()]];
}

/** The lines that open the first paragraph and read as a title, up to a dateline. */
const FIELD_UNDER_TITLE = /^\s*\p{Lu}\p{Ll}{1,15}(?:\s\p{Ll}{2,12})?:\s+\S/u;

function takeTitleBlock(paragraphs: ParagraphLines[], meta: PreambleMetadata, cleanText: CleanText): ParagraphLines[] {
  const first = paragraphs[0];
  if (!first) return paragraphs;
  // "Mario Draghi, President of the ECB,Vítor Constâncio, Vice-President of the ECB,Brdo pri Kranju, 4 October 2012".
  const byline = first.length === 1 ? postedByline(first[0]!.text) : null;
  if (byline) {
    meta.principal ??= byline.names[0];
    meta.people = [...(meta.people ?? []), ...byline.names];
    if (byline.date) {
      meta.date ??= byline.date;
      meta.printedDate ??= byline.date;
    }
    if (byline.place) meta.venue ??= byline.place;
    meta.sources.push('byline');
    return paragraphs.slice(1);
  }
  if (isDatedTitle(first)) {
    meta.title = cleanText(first);
    meta.sources.push('title-block');
    readMetadataLines(first, meta);
    return paragraphs.slice(1);
  }
  const titleLines: SourceLine[] = [];
  let chars = 0;
  // A dated running head ("March 19, 2025 Chair Smith’s Press Conference FINAL") may come before the title.
  let start = 0;
  // So may a copyright line ("COPYRIGHT © 2022 … All rights reserved"): never the title.
  while (
    start < first.length - 1 &&
    ((startsWithDate(first[start]!.text) && isTitleLine(first[start]!.text, false)) || COPYRIGHT_LINE.test(first[start]!.text))
  )
    start++;
  const lines = withGenreTitleClosed(withColonOverDate(first, start), start);
  // A line over nothing but a date or a venue stands alone as a title, whatever its case.
  const overMetadata = lines.length > start + 1 && lines.slice(start + 1).every((line) => isMetadataLine(line.text));
  for (const line of lines.slice(start)) {
    // "Saint-Anselm, 12 May 2031" under the title is its dateline, not more of it (in bold too: "**2019年9月19日**").
    const plain = line.text.includes('*') ? line.text.replace(EMPHASIS_AROUND, '') : line.text;
    if (
      startsWithDate(plain) ||
      isPlaceAndDate(plain) ||
      isDatedByVerb(plain) ||
      // "——任正非接受新华社专访 2016年3月5日": a Chinese subtitle under the title, set off by its dash, is no more of it.
      (titleLines.length > 0 && plain.trimStart().startsWith('——')) ||
      !isTitleLine(line.text, first.length === 1 || (overMetadata && line === lines[start])) ||
      // "Company: Figma", "Ticker: FIG" under the title: a scraper's fields, not more of it.
      (titleLines.length > 0 && FIELD_UNDER_TITLE.test(line.text)) ||
      isParticipantsHeading(line.text)
    )
      break;
    chars += line.text.trim().length;
    titleLines.push(line);
  }
  if (titleLines.length === 0 || titleLines.length > MAX_TITLE_LINES || chars > MAX_TITLE_CHARS) return paragraphs;
  // "Mr Ahmed Munzoor Shaik Emam" over "NFP" and "Profile on People's Assembly": a profile page's name is its title,
  // the party and the link under it are not.
  if (titleLines.length > 1 && personTitled(titleLines[0]!.text) !== null) titleLines.length = 1;
  meta.title = cleanText(titleLines).replace(/\s*:$/, '');
  meta.sources.push('title-block');
  const rest = [...lines.slice(0, start), ...lines.slice(start + titleLines.length)];
  return rest.length > 0 ? [rest, ...paragraphs.slice(1)] : paragraphs.slice(1);
}

// "Interview with Ana Lima, harbour pilot (profile at https://…).": a line naming the document's kind, closed like a sentence.
const GENRE_TITLE = /^\s*(?:an?\s+)?(?:interview|conversation|q\s?&\s?a|transcript|press conference|press briefing|briefing)\s+(?:with|of|by)\s+\p{Lu}/iu;
const TITLE_CLOSE = /\s*(?:\([^()]*(?:https?:\/\/|www\.)[^()]*\))?\s*\.\s*$/;

/** A lone line that names the document's kind and ends in a period (perhaps after a link in brackets): without them, as a title. */
function withGenreTitleClosed(lines: ParagraphLines, at: number): ParagraphLines {
  const line = lines[at];
  if (!line || lines.length !== at + 1 || line.text.length > MAX_TITLE_CHARS || !GENRE_TITLE.test(line.text) || !TITLE_CLOSE.test(line.text)) return lines;
  const copy = [...lines];
  copy[at] = { ...line, text: line.text.replace(TITLE_CLOSE, '') };
  return copy;
}

/** "THE OPEN CHAMPIONSHIP:" over "July 18, 2031": a title line printed with a colon before the date, without it. */
function withColonOverDate(lines: ParagraphLines, at: number): ParagraphLines {
  const line = lines[at];
  const next = lines[at + 1];
  if (!line || !next || !/[:：]\s*$/.test(line.text) || !startsWithDate(next.text.trim())) return lines;
  const copy = [...lines];
  copy[at] = { ...line, text: line.text.replace(/\s*[:：]\s*$/, '') };
  return copy;
}

/** A lone first line that opens with a date but says more, no sentence: "2024年3月7日外交部发言人毛宁主持例行记者会". */
function isDatedTitle(paragraph: ParagraphLines): boolean {
  const text = paragraph[0]!.text.trim();
  return paragraph.length === 1 && startsWithDate(text) && !isMetadataLine(text) && !endsSentence(text) && text.length <= 150;
}

/** Title lines are short, do not end a sentence, and are title-cased (or CJK without sentence punctuation). */
function isTitleLine(text: string, alone: boolean): boolean {
  const trimmed = text.trim();
  // "No. 2019/IRCTC/CS/STEX/356   17th February 2025": a letter's reference number, no title.
  if (REFERENCE_NUMBER.test(trimmed)) return false;
  // "Source: PMO": a scraper's or page's field over the text, no title.
  if (SOURCE_FIELD.test(trimmed)) return false;
  // "Full transcript - Harbour Corp (HBR) Q2 2031:" alone over the turns: a title that introduces them.
  const introducing = alone && trimmed.endsWith(':') && trimmed.split(/\s+/).length >= 4;
  if (trimmed.length === 0 || trimmed.length > 150 || (/[.,;:。，；：]$/.test(trimmed) && !introducing)) return false;
  // A rule of asterisks or dashes ("＊＊＊＊") under a title is no part of it.
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return false;
  // "記者：想問……" under the title is the first label's line, not more of the title.
  // ("**励精图治，十年振兴**": a short heading set in bold may hold a comma.)
  if (CJK.test(trimmed))
    return (
      (!/[，。；！]/.test(trimmed) || (BOLD_HEADING.test(trimmed) && trimmed.length <= MAX_BOLD_HEADING && !/[。；！\d]/.test(trimmed))) &&
      (alone || !trimmed.includes('：'))
    );
  if (alone) return true;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !CONNECTORS.has(w.toLowerCase()) && w.toLowerCase() !== 'a');
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised >= words.length * 0.6;
}

const BOLD_HEADING = /^\*\*[^*]+\*\*$/;
const EMPHASIS_AROUND = /^\s*\*+|\*+\s*$/g;
const MAX_BOLD_HEADING = 30;

const SOURCE_FIELD = /^(?:source|sources|via|credits?)[ \t]*:[ \t]*\S.{0,60}$/i;

/** "Brussels, 14 February 2031": a short line of a place and a date, nothing else. */
function isPlaceAndDate(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 60 || !/\d/.test(trimmed)) return false;
  const date = findDate(trimmed);
  return date !== null && date.index + date.length >= trimmed.replace(/[.)]+$/, '').length && PLACE_THEN_COMMA.test(trimmed.slice(0, date.index));
}

// "Recorded 18 June 2025 for the Harbour Review", "Held on 4 May 2031 in Lagos": when, not the title.
const DATED_BY_VERB = /^\s*(?:recorded|held|published|posted|broadcast|aired|filmed|taped|released|conducted|delivered|updated)\b/i;

function isDatedByVerb(text: string): boolean {
  return DATED_BY_VERB.test(text) && text.length <= 120 && findDate(text) !== null;
}

const PLACE_THEN_COMMA = /^\p{Lu}[\p{L}.’' -]{1,30},\s*$/u;

/** "Brussels" of "Brussels, 14 February 2031". */
function placeBeforeDate(text: string): string | null {
  if (!isPlaceAndDate(text)) return null;
  const trimmed = text.trim();
  // "MONDAY, 27 JULY 2020", "Hobart, Monday, 27 July 2020": the weekday is no place.
  const place = trimmed
    .slice(0, findDate(trimmed)!.index)
    .replace(/,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*$/i, '')
    .replace(/,\s*$/, '')
    .trim();
  return place === '' ? null : place;
}

const LEAD_PARAGRAPHS = 4;
const MAX_LEAD_CHARS = 2000;
// "DATE" alone over "Tuesday, Nov. 25, 2025 at 5 p.m. ET": a call page's heading over the day it was held.
const DATE_HEADING = /^\s*(?:[*_#]+\s*)?(?:date|date and time|when|call date|event date)\s*:?\s*(?:[*_]+)?\s*$/i;
const DATE_UNDER_HEADING_REACH = 40;

/** The day a "DATE" heading in the preamble stands over, or undefined. */
function dateUnderHeading(preamble: readonly ParagraphLines[]): string | undefined {
  // The opening lines only, taken paragraph by paragraph: not the whole preamble copied (it is the whole text of an unlabelled one).
  const lines: string[] = [];
  for (const paragraph of preamble) {
    for (const line of paragraph) if (line.text.trim() !== '' && lines.length < DATE_UNDER_HEADING_REACH) lines.push(line.text);
    if (lines.length >= DATE_UNDER_HEADING_REACH) break;
  }
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i]!.length > 20 || !DATE_HEADING.test(lines[i]!)) continue;
    const day = findDate(lines[i + 1]!);
    if (day && day.index <= 20) return day.iso;
  }
  return undefined;
}

const MET_ON =
  /\b(?:met|meet|meeting|interviewed|spoke|talked|sat down|sit down|conversation|interview)\b[^.!?]{0,80}?\bon\s+((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}))/u;

/** A short line that only carries a date, a time or a venue. */
function isMetadataLine(text: string): boolean {
  const trimmed = withoutEmphasis(text);
  if (trimmed.length > 80) return false;
  if (startsWithDate(trimmed) && wordCount(trimmed) <= 8) return true;
  if (findTime(trimmed) && wordCount(trimmed) <= 5) return true;
  return isVenueLine(trimmed);
}

function readMetadataLines(paragraph: ParagraphLines, meta: PreambleMetadata): void {
  for (const line of paragraph) {
    const text = withoutEmphasis(line.text);
    const date = startsWithDate(text) ? findDate(text) : null;
    if (date) {
      meta.date ??= date.iso;
      meta.printedDate ??= date.iso;
      const place = datelinePlace(text) ?? placeBeforeDate(text);
      if (place) meta.venue ??= place;
      addSource(meta, 'dateline');
      continue;
    }
    const time = findTime(text);
    if (time) {
      meta.time ??= time.time;
      if (time.timeZone) meta.timeZone ??= time.timeZone;
      continue;
    }
    if (isVenueLine(text)) meta.venue ??= text.replace(/^the\s+/i, '');
  }
}

// A Markdown dateline in italics or bold: "*Port Anselm, 12 June 2031*".
const EMPHASIS = /^([*_]{1,3})(\S(?:.*\S)?)\1$/;

function withoutEmphasis(text: string): string {
  const trimmed = text.trim();
  const plain = EMPHASIS.exec(trimmed)?.[2] ?? trimmed;
  // "(January 30, 2022)": a dateline in brackets.
  return PARENTHESISED.exec(plain)?.[1] ?? plain;
}

const PARENTHESISED = /^\(([^()]+)\)$/;

function readDateline(text: string, meta: PreambleMetadata): void {
  const date = findDate(text);
  if (!date) return;
  meta.date ??= date.iso;
  const details = readDatelineDetails(text);
  const place = datelinePlace(text);
  meta.venue ??= details.venue ?? place ?? placeBeforeDate(text) ?? undefined;
  meta.occasion ??= details.occasion ?? undefined;
  addSource(meta, 'dateline');
}

function addSource(meta: PreambleMetadata, source: string): void {
  if (!meta.sources.includes(source)) meta.sources.push(source);
}
