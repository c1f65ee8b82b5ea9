// A key over an interview's marks, saying whom "Q" and "A" stand for ("Q：一条" / "A：杨燕绥", "Q: The
// Advocate" / "A: Toni Morrison"), each mark's words a name and nothing more, right before the first
// question; or whom a paper's one-character marks stand for ("记：众新闻记者" / "涂：涂谨申"). The key's
// lines are taken out and every mark after them is given the name it stands for,
// so the conventions read the asker and the answerer as printed in the key.
import { escapeRegExp } from './chars.ts';
import { CHINESE_MEDIUM_END } from './outlets.ts';
import type { SourceLine } from './types.ts';

// "Q：一条", "**A：杨燕绥**", "****Q：一条****", "Q: The Advocate": a mark, then a short name in any emphasis.
const KEY = /^[\s*_]*(Q|A|问|答)[\s*_]*[：:][\s*_]*([^\s*_：:。？！?!.,，][^*_：:。？！?!,，]{0,30}?)[\s*_]*$/u;
const MARK = /^([\s*_]*)(Q|A|问|答)([\s*_]*[：:])/u;
const ASKING_MARKS = new Set(['Q', '问']);
const HAN = /\p{Script=Han}/u;
const MAX_KEY_LINE = 60;
const KEY_COLON_REACH = 14;
// Two to six ideographs, or capitalised words ("The Advocate", "Toni Morrison").
const NAME = /^(?:\p{Script=Han}{2,6}|(?:The )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})$/u;
// "CBS 主持人 Brook Silva-Braga", "Harbour Radio host Ana Lima": an outlet and a post, then the full name.
const PRESENTED_NAME = /^[^\s：:]{2,20}(?:\s+[^\s：:]{1,12}){0,2}\s+(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})$/u;

/** The lines with the key taken out and each mark named, or the lines as they are. */
export function withKeyedMarks(lines: SourceLine[]): SourceLine[] {
  // Settled without a pattern for most documents: the key's first line holds a colon within a few characters.
  let first = -1;
  for (let i = 0; i < lines.length && first < 0; i++) {
    const text = lines[i]!.text;
    if (text.length <= MAX_KEY_LINE && colonNearStart(text) && KEY.test(text)) first = i;
  }
  if (first < 0) {
    const oneLine = withOneLineKey(lines);
    return oneLine !== lines ? oneLine : withShortMarksKey(lines);
  }
  const second = nextText(lines, first);
  if (second < 0) return lines;
  const a = KEY.exec(lines[first]!.text)!;
  const b = KEY.exec(lines[second]!.text);
  if (!b || ASKING_MARKS.has(a[1]!) === ASKING_MARKS.has(b[1]!)) return lines;
  // The key is followed by the marks it explains: a question with words at least.
  const after = nextText(lines, second);
  if (after < 0 || !MARK.test(lines[after]!.text)) return lines;
  const asker = ASKING_MARKS.has(a[1]!) ? a[2]!.trim() : b[2]!.trim();
  const answerer = ASKING_MARKS.has(a[1]!) ? b[2]!.trim() : a[2]!.trim();
  // Names, and the one who answers named elsewhere too (the title, the lead): not "Q: Hi" over "A: Hello".
  const answererName = nameIn(answerer);
  if (nameIn(asker) === null || answererName === null) return lines;
  if (!lines.some((line, i) => i !== first && i !== second && line.text.includes(answererName))) return lines;
  return lines.flatMap((line, i) => {
    if (i === first || i === second) return [];
    if (i < after) return [line];
    const mark = MARK.exec(line.text);
    if (!mark) return [line];
    const name = ASKING_MARKS.has(mark[2]!) ? asker : answerer;
    // ("****Q：…****", a page's empty bold run before the bold, is set as one bold run.)
    const before = mark[1]!.replace(/\*{4}/, '**');
    const rest = line.text.slice(mark[0].length).replace(/\*{4}(\s*)$/, '**$1');
    // ("A: " typed with an ASCII colon over Chinese words: the full-width colon a Chinese label is read by, as the key meant.)
    const colon = HAN.test(rest) ? mark[3]!.replace(':', '：') : mark[3];
    return [{ ...line, text: `${before}${name}${colon}${rest}` }];
  });
}

/** The name the key's words give: the words themselves, or the full name after an outlet and a post. */
function nameIn(words: string): string | null {
  return NAME.test(words) ? words : (PRESENTED_NAME.exec(words)?.[1] ?? null);
}

function nextText(lines: readonly SourceLine[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (lines[i]!.text.trim() !== '') return i;
  return -1;
}

/** A colon (either width) among the line's first characters, where a mark's stands: read by code, no pattern. */
function colonNearStart(text: string): boolean {
  const end = Math.min(text.length, KEY_COLON_REACH);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return true;
  }
  return false;
}

// "**問：記者 　　黃：黃遠輝**": both marks' key on one line, the answerer's mark the first character of their name.
const ONE_LINE_KEY = /^[\s*_]*(问|Q)[\s*_]*[：:][\s*_]*(\S{1,12}?)[\s*_]*[\s\u3000]{2,}[\s*_]*(\S{1,2}|A|答)[\s*_]*[：:][\s*_]*(\S{1,12}?)[\s*_]*$/u;

/** The lines with a one-line key taken out and each of its marks named, or the lines as they are. */
function withOneLineKey(lines: SourceLine[]): SourceLine[] {
  let key = -1;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < lines.length && key < 0; i++) {
    const text = lines[i]!.text;
    if (text.length <= MAX_KEY_LINE && colonNearStart(text) && (m = ONE_LINE_KEY.exec(text))) key = i;
  }
  if (key < 0 || !m) return lines;
  const [, askMark, asker, answerMark, answerer] = m as unknown as [string, string, string, string, string];
  if (!NAME.test(answerer) && !NAME.test(asker)) return lines;
  const mark = new RegExp(`^([\\s*_]*)(${escapeRegExp(askMark)}|${escapeRegExp(answerMark)})([\\s*_]*[：:])`, 'u');
  const after = nextText(lines, key);
  if (after < 0 || !mark.test(lines[after]!.text)) return lines;
  return lines.flatMap((line, i) => {
    if (i === key) return [];
    if (i < after) return [line];
    const found = mark.exec(line.text);
    if (!found) return [line];
    return [{ ...line, text: `${found[1]}${found[2] === askMark ? asker : answerer}${found[3]}${line.text.slice(found[0].length)}` }];
  });
}

// "记：众新闻记者", "**涂：涂谨申**", "**记：现场采访记者（片段所见…）     萧： 萧世和**", "**问：记者；庄：庄耀洸**": one
// or two characters, the colon and the name or role each stands for, one entry a line or several on one
// line set apart by wide spaces, semicolons or commas ("（查：查韦斯，张：张翠容）"); a note in brackets after a role is no part of it.
const SHORT_MARK_ENTRY = /^(\p{Script=Han}{1,2})\s*[：:]\s*(\p{Script=Han}[\p{Script=Han}·]{1,11})(?:[（(][^（）()]{0,80}[）)])?$/u;
// "（查：查韦斯，张：张翠容）": the key in brackets.
const IN_BRACKETS = /^[（(](.*)[）)]$/u;
const ENTRY_GAP = /[ \t\u00a0\u3000]{2,}|\u3000|\s*[；;，,]\s*/u;
const REPORTER = '记者';
// Where a key stands: before the labels it explains are used, perhaps under a long article.
const SHORT_KEY_REACH = 400;
// Each short label the key explains is used as a label at least this often below it.
const MIN_MARK_USES = 2;

/**
 * "记：众新闻记者" over "涂：涂谨申", then "记：…" and "涂：…" all the way down: each one- or two-character
 * mark taken from what it stands for ("众新闻记者：", a reporter of the paper; "涂谨申：", the one
 * interviewed). The key's lines are taken out and each mark written out in full; or the lines as they are.
 */
function withShortMarksKey(lines: SourceLine[]): SourceLine[] {
  const key = keyIn(lines);
  if (!key) return lines;
  // A reporter of a named medium ("众新闻记者"): written out, the label reads as the outlet's reporter;
  // a reporter of none ("现场采访记者") is written "记者", an anonymous question.
  // (A mark stays as printed where the name it stands for already opens a line above the key, "**庄耀洸：…**" as an
  // article's subheading, not its title: written out, the words below would be read as more of that line's.)
  const above = lines.slice(0, key.lines[0]!).filter((line) => !HEADING.test(line.text));
  const full = new Map(
    [...key.names].map(([mark, name]) => {
      const written = name.endsWith(REPORTER) && !CHINESE_MEDIUM_END.test(name.slice(0, -REPORTER.length)) ? REPORTER : name;
      return [mark, usesBelow(above, 0, written) > 0 ? mark : written];
    }),
  );
  const label = new RegExp(`^(\\s*(?:[*_]{1,2}|#{1,6}\\s*)?\\s*)(${[...full.keys()].join('|')})(\\s*[：:])`, 'u');
  return lines.flatMap((line, i) => {
    if (key.lines.includes(i)) return [];
    if (i < key.lines[0]! || !label.test(line.text)) return [line];
    return [{ ...line, text: line.text.replace(label, (_, before: string, short: string, colon: string) => `${before}${full.get(short)!}${colon}`) }];
  });
}

interface ShortMarksKey {
  /** The key's lines, by index. */
  lines: number[];
  /** Each short label and the name or role it stands for. */
  names: Map<string, string>;
}

/** Two or more entries, on one line or on lines in a row (blank lines between allowed), each mark used below: the key. */
function keyIn(lines: readonly SourceLine[]): ShortMarksKey | null {
  const reach = Math.min(lines.length, SHORT_KEY_REACH);
  for (let i = 0; i < reach; i++) {
    const first = entriesOf(lines[i]!.text);
    if (!first) continue;
    const key: ShortMarksKey = { lines: [i], names: new Map(first) };
    for (let j = i + 1; j < lines.length && j <= key.lines[key.lines.length - 1]! + 2; j++) {
      if (lines[j]!.text.trim() === '') continue;
      const entries = entriesOf(lines[j]!.text);
      if (!entries || entries.some(([mark]) => key.names.has(mark))) break;
      key.lines.push(j);
      for (const [mark, name] of entries) key.names.set(mark, name);
    }
    if (key.names.size >= 2 && [...key.names.keys()].every((short) => usesBelow(lines, key.lines[key.lines.length - 1]! + 1, short) >= MIN_MARK_USES))
      return key;
  }
  return null;
}

/** The line's entries, each mark and what it stands for, or null when the line is anything else. */
function entriesOf(text: string): [string, string][] | null {
  if (text.length > 200 || !colonNearStart(text)) return null;
  const entries: [string, string][] = [];
  for (const part of text
    .replace(/[*_]{1,2}/g, ' ')
    .trim()
    .replace(IN_BRACKETS, '$1')
    .split(ENTRY_GAP)
    .reduce(joinedInBrackets, [])) {
    const entry = SHORT_MARK_ENTRY.exec(part.trim());
    if (!entry || !standsFor(entry[1]!, entry[2]!)) return null;
    entries.push([entry[1]!, entry[2]!]);
  }
  return entries.length > 0 ? entries : null;
}

/** Parts split inside a bracketed note ("（片段所见，…）") joined again: the note's commas part no entries. */
function joinedInBrackets(parts: string[], part: string): string[] {
  const last = parts.at(-1);
  if (last !== undefined && opensBracket(last)) parts[parts.length - 1] = `${last}，${part}`;
  else parts.push(part);
  return parts;
}

function opensBracket(text: string): boolean {
  return text.lastIndexOf('（') > text.lastIndexOf('）') || text.lastIndexOf('(') > text.lastIndexOf(')');
}

/** "涂" for "涂谨申", "记" for "众新闻记者": the short label is taken from what it stands for, and is shorter. */
function standsFor(short: string, full: string): boolean {
  // ("问：记者", "答：张三": the question's and the answer's marks stand for whoever asks and answers.)
  return full.length > short.length && (QUESTION_OR_ANSWER.has(short) || [...short].every((c) => full.includes(c)));
}
const QUESTION_OR_ANSWER = new Set(['问', '答']);
const HEADING = /^\s*#{1,6}\s/;

/** How many lines from `from` open with the short label and its colon. */
function usesBelow(lines: readonly SourceLine[], from: number, short: string): number {
  const opens = new RegExp(`^\\s*(?:[*_]{1,2}|#{1,6}\\s*)?\\s*${short}\\s*[：:]`, 'u');
  let uses = 0;
  for (let i = from; i < lines.length && uses < MIN_MARK_USES; i++) if (opens.test(lines[i]!.text)) uses++;
  return uses;
}
