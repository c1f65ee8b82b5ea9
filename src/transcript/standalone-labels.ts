// Speaker labels printed without a colon, which no convention reads:
//   alone over the words: "ANA LIMA" over the paragraph, a web page's bold paragraph, a speaker
//     heading ("### Michele Bullock", "### 唐鳳："), a recorder's "Ana Lima  0:41", a captioning
//     service's time alone over an initials label ("00:01:52" / "PO"), named by a speaker key;
//   in a column of their own: "Minister   words", "南华早报    嗯。", "Ana Lima — words".
// Each such line is rewritten as the colon label it stands for ("ANA LIMA:"), keeping its time,
// and the document is read again as any other: the words after a label are its turn.
//
// A line counts only with evidence: shaped like a name, a role or "Question from Name, Outlet";
// recurring (the same label twice, or a role word such as QUESTION); a label printed once only
// after the first recurring one, or set as a heading of the recurring labels' level, and only when
// it reads as a person, not a heading. The site's related links ("More on …") end the search.
import { isRelatedLinksHeading } from './closing.ts';
import { participantLists } from './participant-lists.ts';
import { seconds } from './timestamps.ts';
import { endsSentence, type ParagraphLines, type SourceLine } from './types.ts';

const MIN_LABELS = 3;
const MAX_LABEL_CHARS = 60;
const MAX_LABEL_WORDS = 7;
const MARKDOWN_HEADING = /^#{1,6}\s+|\s+#+$/g;
const EMPHASIS = /^(\*\*|__)(.+)\1$/;
const BRACKETED = /^\[([^\][]{1,60})\]$/;
const TRAILING_STAMP = /\s+[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?$/;
const OUTLET_NOTE = /^(.+?)\s*\(([^()]{2,60})\)$/;
const ROLE =
  /^(?:q|a|question|answer|questioner|reporter|journalist|correspondent|moderator|operator|interpreter|interviewer|host|spokesperson|audience|audience member|unidentified speaker|speaker \d{1,2}|participant|voice|male voice|female voice)$/i;
// A Chinese heading or stage direction, not a speaker: "媒體提問", "問答環節", "簡單結論", "播放影片".
const ZH_HEADING = /环节|问答|提问|简报|致辞|致词|议程|播放|影片|结论|开场|结语|附件|全文/u;
const ROLE_ZH = /^(?:问|答|(?:媒体|记者|现场|观众)?(?:提问)|提问者|发问者|记者|主持人|司仪|翻译)$/u;
const PARTICLES = new Set(['of', 'the', 'de', 'del', 'der', 'van', 'von', 'da', 'dos', 'and', 'for', 'al', 'bin', 'el', 'la', 'le', 'du']);
// "Question from Ana Lima, Delta Radio": who asks, as a government's site prints it over the question.
const QUESTION_FROM = /^(?:question|q)\s+(?:from|by)\s+\S/i;
// ("Michael Gordon--Chief Operating Officer and Chief Financial Officer": a transcript site's older pages join them by "--".)
const NAME_AND_AFFILIATION = /^(\p{Lu}[\p{L}'’.]*(?:[\s-]\p{Lu}[\p{L}'’.]*){1,3})(?:\s+[-–—]\s+|--)(\p{Lu}[^.?!:]{1,70})$/u;
const HEADING =
  /\b(?:questions|answers|remarks|statement|briefing|transcript|conference|part|section|opening|closing|introduction|contents|end|begin|update|q&a|agenda|summary|note|notes|background)\b/i;

interface Candidate {
  paragraph: number;
  line: number;
  /** The label as it will be read: emphasis, time and colon taken off. */
  label: string;
  key: string;
  at: number | null;
  /** A role or a questioner's attribution: a label even when printed once. */
  role: boolean;
  /** The words printed after the label on its line (a column layout), else null. */
  body: string | null;
  /** How the label is set: a Markdown heading's "#"s, "**" for bold, "" for a plain line. */
  mark: string;
  /** The colon the rewritten label takes: full-width for a Chinese label or where it was printed. */
  colon: string;
  /** A line with the turn's time alone stands over the label: taken out, the time kept on the label. */
  clockBefore?: boolean;
  /** "GUYON Thank you …": a name in capitals run into the words; read only where no other form gives the labels. */
  capitalsLead?: boolean;
}

const END_MARK = /^\s*[[(<\-–—*#]*\s*ends?\s*[\])>\-–—*#.]*\s*$/i;
const CLOCK_ONLY = /^\s*[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]?\s*$/;

/**
 * The paragraphs with each standalone label rewritten as a colon label, or null when the
 * document does not print its labels that way (fewer than MIN_LABELS, or fewer than `printed`,
 * the labels a convention already found).
 */
export function withStandaloneLabels(paragraphs: readonly ParagraphLines[], printed: number): ParagraphLines[] | null {
  const key = speakerKey(paragraphs);
  const { lines: listed, names: listedNames } = listedLines(paragraphs);
  // "AlexHenderson" for the "Alex Henderson" the participants list gives: a scraper lost the space.
  const unglued = new Map([...listedNames].map((name) => [name.replace(/\s+/g, '').toLowerCase(), name]));
  const listedAs = (label: string) => (listedNames.has(label) ? label : label.includes(' ') ? undefined : unglued.get(label.toLowerCase()));
  // The key's own lines ("TJ     Tarik Jasarevic") and a call's participants lists are no turns.
  const found = findCandidates(paragraphs).filter((c) => {
    const line = paragraphs[c.paragraph]![c.line]!;
    return !key.lines.has(line) && !listed.has(line);
  });
  // A document that prints its labels alone or in a column ("NVIDIA Hopper GPU …" is then a sentence).
  const other = found.filter((c) => !c.capitalsLead);
  const candidates = other.length >= MIN_LABELS ? other : found;
  if (candidates.length < MIN_LABELS) return null;
  const uses = new Map<string, number>();
  for (const c of candidates) uses.set(c.key, (uses.get(c.key) ?? 0) + 1);
  // "ANA OKAFOR – Harbour Party Leader" once, then "ANA Well, …": one speaker under her full name and her first name.
  const firstWordUses = new Map<string, number>();
  for (const c of candidates) firstWordUses.set(firstWord(c.key), (firstWordUses.get(firstWord(c.key)) ?? 0) + 1);
  const recurring = (c: Candidate) => c.role || (uses.get(c.key) ?? 0) >= 2 || (firstWordUses.get(firstWord(c.key)) ?? 0) >= 2;
  // Labels set as headings ("### Name") mark every speaker the same way: a heading of that level
  // printed once is a label wherever it stands; a plain line printed once only after the first recurring label.
  const headingMarks = new Set(candidates.filter((c) => recurring(c) && c.mark !== '').map((c) => c.mark));
  const accepted: Candidate[] = [];
  // Initials in a column ("TJ     Hello"), some recurring: the others printed once are labels too.
  const initialsInColumn = candidates.some((c) => c.body !== null && recurring(c) && INITIALS.test(c.label));
  for (const c of candidates) {
    // (A name the speakers list above gives, in a column of labels, is a label printed once.)
    const keyed =
      key.names.has(c.label) ||
      (initialsInColumn && c.body !== null && INITIALS.test(c.label)) ||
      (c.body !== null && listedNames.has(c.label)) ||
      (listedAs(c.label) !== undefined && c.label !== listedAs(c.label));
    const once = keyed || (c.body === null && readsAsPerson(c.label) && (accepted.length > 0 || headingMarks.has(c.mark)));
    if (recurring(c) || once) accepted.push(c);
  }
  if (accepted.length < MIN_LABELS || accepted.length <= printed) return null;
  if (new Set(accepted.map((c) => c.key)).size < 2) return null;
  // A Latin name among Chinese labels ("### Kolas Yotaka:" among "### 唐鳳："): rewritten with the record's
  // full-width colon, the Chinese convention reading all of them alike.
  const chinese = accepted.filter((c) => c.colon === '：').length * 2 > accepted.length;
  const out = paragraphs.map((paragraph) => paragraph);
  // From the last: taking a time's line out of a paragraph leaves the lines before it where they were.
  for (let k = accepted.length - 1; k >= 0; k--) {
    const c = accepted[k]!;
    const lines = out[c.paragraph] === paragraphs[c.paragraph] ? [...paragraphs[c.paragraph]!] : out[c.paragraph]!;
    // Initials the key does not list are the reporters', whom the hand-offs name.
    const label = key.names.get(c.label) ?? (key.names.size > 0 && INITIALS.test(c.label) ? 'Q' : (listedAs(c.label) ?? c.label));
    const colon = chinese ? '：' : c.colon;
    const line: SourceLine = { ...lines[c.line]!, text: c.body === null ? `${label}${colon}` : `${label}${colon} ${c.body}` };
    if (c.at !== null) line.at = c.at;
    lines[c.line] = line;
    if (c.clockBefore) lines.splice(c.line - 1, 1);
    out[c.paragraph] = lines;
  }
  return out;
}

/** The lines of a call's participants lists ("Company Participants" over "Name – Post"), and the names they list. */
function listedLines(paragraphs: readonly ParagraphLines[]): { lines: Set<SourceLine>; names: ReadonlySet<string> } {
  const lines = paragraphs.flat();
  const lists = participantLists(lines.map((l) => l.text));
  return { lines: new Set(lists ? [...lists.lines].map((i) => lines[i]!) : []), names: lists?.names ?? new Set() };
}

function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

const KEY_HEADING = /^\s*(?:\*\*)?speakers?(?:'|’)?\s*key\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$/i;
const INITIALS = /^\p{Lu}{2,4}$/u;
const KEY_LINE = /^\s*(\p{Lu}{2,4})\s*[-–—:=]?\s+(\p{Lu}[^\n]{2,80})$/u;

/**
 * A captioning service's speaker key ("Speaker key:" over "AL Ana Lima", "TR Dr Tomas Reis"):
 * the initials a label prints, and the name each stands for.
 */
function speakerKey(paragraphs: readonly ParagraphLines[]): { names: Map<string, string>; lines: Set<SourceLine> } {
  const key = { names: new Map<string, string>(), lines: new Set<SourceLine>() };
  for (let p = 0; p < Math.min(paragraphs.length, 12); p++) {
    const lines = paragraphs[p]!;
    const at = lines.findIndex((line) => KEY_HEADING.test(line.text));
    if (at < 0) continue;
    const rest = [...lines.slice(at + 1), ...(at === lines.length - 1 ? (paragraphs[p + 1] ?? []) : [])];
    for (const line of rest) {
      const m = KEY_LINE.exec(line.text);
      if (!m) break;
      key.names.set(m[1]!, m[2]!.trim());
      key.lines.add(line);
    }
    break;
  }
  return key;
}

function findCandidates(paragraphs: readonly ParagraphLines[]): Candidate[] {
  const found: Candidate[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const lines = paragraphs[p]!;
    for (let l = 0; l < lines.length; l++) {
      const text = lines[l]!.text;
      // The site's related links follow: their headings are not speakers.
      if (l === 0 && text.length < 100 && mayOpenRelatedLinks(text) && isRelatedLinksHeading(text)) return found;
      // "ENDS": the transcript's end; what follows is the site's.
      if (l === 0 && text.length < 20 && END_MARK.test(text)) return found;
      // A label in a column opens a paragraph, or a line after a finished sentence.
      // "00:00:00" alone over "TJ     Hello": the turn's time, taken out with the label's rewriting.
      const clockOver = l === 1 ? CLOCK_ONLY.exec(lines[0]!.text) : null;
      const gap = l === 0 || clockOver || (!isIndented(text) && endsSentence(lines[l - 1]!.text)) ? gapLabelOf(text) : null;
      // "ANA OKAFOR – Harbour Party Leader" over the words: the dash gives her post, not her first words.
      if (gap?.body && l + 1 < lines.length && !endsSentence(gap.body) && isNameShaped(gap.body.trim())) gap.body = null;
      if (gap)
        found.push({
          paragraph: p,
          line: l,
          ...gap,
          key: gap.key ?? gap.label.toLowerCase(),
          at: clockOver ? seconds(clockOver[1]!) : null,
          clockBefore: clockOver !== null,
          mark: '',
          colon: HAN_LABEL.test(gap.label) ? '：' : ':',
        });
      // "GUYON Thank you for joining us": a name in capitals run into the words, no colon.
      const lead = l === 0 && !gap ? capitalsLeadOf(text) : null;
      if (lead) found.push({ paragraph: p, line: l, ...lead, key: lead.label.toLowerCase(), at: null, mark: '', colon: ':', capitalsLead: true });
      if (l > 0 || gap || lead) continue;
      // "00:01:52" alone over the label: a captioning service's time for the turn.
      const clock = lines.length > 1 ? CLOCK_ONLY.exec(text) : null;
      const at = clock ? 1 : 0;
      const labelText = lines[at]!.text;
      // Words must follow: in the paragraph, or in the next one.
      const next = lines.length > at + 1 ? lines[at + 1] : paragraphs[p + 1]?.[0];
      if (!next || next.text.trim() === '') continue;
      // Most paragraphs open with a sentence: too long to be a label, settled without a regex.
      if (labelText.length > 2 * MAX_LABEL_CHARS + 12) continue;
      const read = labelOf(labelText);
      if (!read || labelOf(next.text)) continue;
      const candidate: Candidate = { paragraph: p, line: at, ...read, key: read.label.toLowerCase(), body: null, mark: markOf(labelText) };
      if (clock) {
        candidate.at = seconds(clock[1]!);
        candidate.clockBefore = true;
      }
      found.push(candidate);
    }
  }
  return found;
}

// "Minister   Airport sit-ins, weekly …", "南华早报    嗯。": a label, a wide gap, the words (a
// layout with the labels in a column of their own, as a PDF's text layer keeps it).
// Also "Ana Lima — Good afternoon.": a label, then a dash.
const GAP = /^(\S[^\t]{0,40}?)(?:\s{3,}|\t+|\s+[—–]\s+)(\S.*)$/;

const FIRM_AFTER_NAME = /^(.+?)\s+\(([^()]{2,40})\)$/;

function gapLabelOf(text: string): { label: string; role: boolean; body: string | null; key?: string } | null {
  if (!hasGapNearStart(text)) return null;
  const m = GAP.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  if (/[:：.?!,;]$/.test(label)) return null;
  if (ROLE.test(label)) return { label, role: true, body: m[2]! };
  // "Anke Reingen (RBC)   Yes, thank you": an analyst and the firm, as "Name, Firm" labels them.
  const firm = FIRM_AFTER_NAME.exec(label);
  // (Its key is the name's: the same analyst labelled later without the firm is one speaker, printed twice.)
  if (firm && isNameShaped(firm[1]!) && isNameShaped(firm[2]!))
    return { label: `${firm[1]}, ${firm[2]}`, role: true, body: m[2]!, key: firm[1]!.toLowerCase() };
  // "Tom Webb, North Wire — …": a reporter and the outlet, a label even printed once.
  if (label.includes(',')) return namesReporterAndOutlet(label) ? { label, role: true, body: m[2]! } : null;
  return isNameShaped(label) || HAN_LABEL.test(label) ? { label, role: false, body: m[2]! } : null;
}

// One to three words in capitals, a space, then the words (a capital, a quotation mark or a bracket).
const CAPITALS_LEAD = /^([A-Z][A-Z'’-]{1,20}(?: [A-Z][A-Z'’-]{1,20}){0,2}) (?=[A-Z"“'‘([][a-z’'"”\s.,]|I\s)/;
// Capitals that open a sentence without naming anyone.
const NOT_A_NAME = new Set([
  'THE',
  'AND',
  'BUT',
  'NATO',
  'USA',
  'CEO',
  'GDP',
  'COVID',
  'OK',
  'OKAY',
  'YES',
  'NO',
  'WELL',
  'NOTE',
  'END',
  'UPDATE',
  // Two letters: a first name ("JO", "AL") only where it is no common abbreviation.
  'US',
  'UK',
  'EU',
  'UN',
  'TV',
  'AI',
  'PM',
  'MP',
  'GP',
  'IT',
  'HR',
  'PR',
  'AM',
  'FM',
  'DC',
  'NY',
  'LA',
  'EV',
  'IP',
  'ID',
  'OR',
  'IF',
  'IN',
  'ON',
  'AT',
  'TO',
  'SO',
  'AS',
  'BY',
  'MY',
  'WE',
  'HE',
  'IS',
  'DO',
  'GO',
  'UP',
]);

const NAME_REST = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?\s*$/u;

function capitalsLeadOf(text: string): { label: string; role: boolean; body: string } | null {
  const c = text.charCodeAt(0);
  if (c < 0x41 || c > 0x5a || text.charCodeAt(1) < 0x41 || text.charCodeAt(1) > 0x5a) return null;
  const m = CAPITALS_LEAD.exec(text);
  if (!m || m[1]!.split(' ').some((w) => NOT_A_NAME.has(w)) || HEADING.test(m[1]!)) return null;
  const body = text.slice(m[0].length);
  // "JD Vance", "RG Cruz" alone on the line: a name whose first part is initials, no words run into a label.
  if (NAME_REST.test(body)) return null;
  return { label: m[1]!, role: false, body };
}

function markOf(text: string): string {
  const t = text.trimStart();
  if (t.startsWith('#')) return t.slice(0, t.search(/[^#]/));
  return t.startsWith('**') || t.startsWith('__') ? '**' : '';
}

// A Chinese label: a name, an office or an outlet, a few characters with no punctuation.
// Also an outlet, a space and the reporter's name: "中央社 蘇思云", "iThome 蘇文彬".
const HAN_LABEL = /^(?:[\p{Script=Han}A-Za-z]{1,12}(?:\s[\p{Script=Han}A-Za-z]{1,6})?\s)?[\p{Script=Han}·]{2,10}$/u;

/** The first letter of "More on", "Related", "See also", "Read more", "Further", "Other", "You may" (or a heading's mark). */
function mayOpenRelatedLinks(text: string): boolean {
  const c = text.charCodeAt(leadingSpaces(text)) | 0x20;
  return c === 0x6d || c === 0x72 || c === 0x73 || c === 0x66 || c === 0x6f || c === 0x79 || c === 0x23 || c === 0x2a;
}

function leadingSpaces(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
}

const GAP_REACH = 46;

/**
 * Three spaces, a tab or a spaced dash within the first characters: what GAP needs, looked for
 * by character code (most lines have none, and a long line would cost indexOf the whole line).
 */
function hasGapNearStart(text: string): boolean {
  const end = Math.min(text.length - 1, GAP_REACH);
  let spaces = 0;
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) return true;
    if (c === 0x20) {
      if (++spaces === 3) return true;
      continue;
    }
    if ((c === 0x2014 || c === 0x2013) && spaces === 1 && text.charCodeAt(i + 1) === 0x20) return true;
    spaces = 0;
  }
  return false;
}

function isIndented(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** The line read as a standalone label: its name and time, or null when it is not shaped like one. */
function labelOf(text: string): { label: string; at: number | null; role: boolean; colon: string } | null {
  let label = text.trim();
  if (label.length === 0 || label.length > MAX_LABEL_CHARS + 12 || hasProseWord(label)) return null;
  // "### Michele Bullock": a web page's speaker heading, as Markdown or html-to-text prints it.
  if (label.charCodeAt(0) === 0x23 /* # */) label = label.replace(MARKDOWN_HEADING, '').trim();
  const emphasised = EMPHASIS.exec(label);
  if (emphasised) label = emphasised[2]!.trim();
  // "[ADMIRAL OSTROWSKI]": a transcriber's label in square brackets, alone on its line.
  const bracketed = BRACKETED.exec(label);
  if (bracketed) label = bracketed[1]!.trim();
  let at: number | null = null;
  const stamp = TRAILING_STAMP.exec(label);
  if (stamp) {
    at = seconds(stamp[1]!);
    label = label.slice(0, stamp.index).trim();
  }
  // "### 唐鳳：", "**Ana Lima:**": a heading or bold line that is the label and its colon.
  let colon = ':';
  if (label !== text.trim() && /[:：]$/.test(label)) {
    colon = label.slice(-1);
    label = label.slice(0, -1).trim();
  }
  if (label.length === 0 || /[:：.?!,;]$/.test(label)) return null;
  if (QUESTION_FROM.test(label)) return label.length <= 2 * MAX_LABEL_CHARS ? { label, at, role: true, colon } : null;
  // "Jessie Wang - MediaTek, Investor Relations", "Sanjit Singh--Analyst": an earnings call's name, firm and role; the name is the label.
  const affiliated = NAME_AND_AFFILIATION.exec(label);
  // (Joined by "--", the post stays in the label, "Name, Post", where it tells an officer from an analyst.)
  if (affiliated && !HEADING.test(affiliated[1]!))
    return { label: label.includes('--') ? postedLabel(affiliated[1]!, affiliated[2]!.trim()) : affiliated[1]!, at, role: false, colon };
  if (label.length > MAX_LABEL_CHARS) return null;
  // "### Tom Reyes, Coastal Times": a reporter and the outlet, a label even printed once.
  if (namesReporterAndOutlet(label)) return { label, at, role: true, colon };
  const note = OUTLET_NOTE.exec(label);
  const name = note ? note[1]! : label;
  // A Chinese label, or one printed with a full-width colon ("Kolas Yotaka："), keeps the full-width colon the Chinese convention reads.
  if (ZH_HEADING.test(name) && !ROLE_ZH.test(name)) return null;
  if (HAN_LABEL.test(name) || ROLE_ZH.test(name)) colon = '：';
  if (ROLE.test(name) || ROLE_ZH.test(name)) return { label, at, role: true, colon };
  // "### iThome：": a brand with a lower-case first letter, printed with the full-width colon of a Chinese record
  // (or with its own colon, "### iThome:", by a typist switching keyboards: read with the record's colon).
  if (LATIN_BRAND.test(name) && (colon === '：' || (colon === ':' && /^[a-z]/.test(name)))) return { label, at, role: false, colon: '：' };
  return isNameShaped(name) || HAN_LABEL.test(name) ? { label, at, role: false, colon } : null;
}

/**
 * "Sanjit Singh--Analyst" as "Sanjit Singh, Analyst"; "Mike Cikos--Needham and Company -- Analyst"
 * (a firm, then the post) as "Mike Cikos, Analyst, Needham and Company": the post, then the firm
 * the asker speaks for, the order a label's outlet is read in.
 */
function postedLabel(name: string, affiliation: string): string {
  const firmThenPost = FIRM_THEN_POST.exec(affiliation);
  return firmThenPost ? `${name}, ${firmThenPost[2]!}, ${firmThenPost[1]!}` : `${name}, ${affiliation}`;
}
const FIRM_THEN_POST = /^(.+?)\s+--?\s+(\p{Lu}[^-]*)$/u;

const LATIN_BRAND = /^[a-z]?[A-Z][A-Za-z0-9&.'’-]{1,15}$/;

/**
 * A word in lower case that no name has ("the harbour reopens"): the line is prose. Read by
 * character code, as most lines a document opens its paragraphs with are; "Question from …" and
 * "Speaker 2" are not prose, a particle ("van", "de") is part of a name.
 */
function hasProseWord(text: string): boolean {
  if (text.charCodeAt(0) === 0x51 /* Q */ && QUESTION_FROM.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a || (i > 0 && text.charCodeAt(i - 1) !== 0x20)) continue;
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) >= 0x61 && text.charCodeAt(end) <= 0x7a) end++;
    // "iThome", "eBay": a name in mixed case, not a word of prose.
    const next = text.charCodeAt(end);
    const mixed = (next >= 0x41 && next <= 0x5a) || next >= 0x80;
    if (!mixed && !PARTICLES.has(text.slice(i, end)) && !ROLE.test(text.slice(i, end))) return true;
    i = end;
  }
  return false;
}

/** "Tom Webb, North Wire": a name, a comma, an outlet's name (one comma). */
function namesReporterAndOutlet(label: string): boolean {
  const comma = label.indexOf(',');
  if (comma <= 0 || label.indexOf(',', comma + 1) >= 0) return false;
  return isNameShaped(label.slice(0, comma).trim()) && isNameShaped(label.slice(comma + 1).trim());
}

/** Capitalised words (and name particles), at most MAX_LABEL_WORDS, no digits, not a heading. */
function isNameShaped(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS || HEADING.test(text) || /\d/.test(text)) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => PARTICLES.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** A label printed once: a person's, in capitals or of two or more words (a post after a comma aside). */
function readsAsPerson(label: string): boolean {
  const name = OUTLET_NOTE.exec(label)?.[1] ?? label.split(',', 1)[0]!;
  if (HAN_LABEL.test(name)) return true;
  return isNameShaped(name) && (name === name.toUpperCase() || name.split(/\s+/).length >= 2);
}
