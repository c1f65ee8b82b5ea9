// Labels printed as a name alone on its line with the speaker's job or firm on the next, the
// words below them, as a results-call transcript service lays out every turn:
//
//   Spencer Adam Neumann
//   Chief Financial Officer
//   Sure. I'll take that, and then others can fill in. …
//
// often inside a page-long paragraph of a PDF's text layer, with no blank line around them.
// Each name line becomes a colon label opening a paragraph of its own, the job line run into it
// ("Spencer Adam Neumann, Chief Financial Officer:"; an analyst's firm without its division,
// "Douglas Till Anmuth, JPMorgan Chase & Co:"). A pair counts only when the layout is the document's: the same name over the same job
// line at least twice, for two people at least; then every name over a job-shaped line with
// speech under it, and a role alone ("Operator") after a finished sentence, is a label too.
import { PART_HEADING } from './labels/index.ts';
import { OFFICE_WORDS } from './labels/words.ts';
import { HOST_OFFICE } from './hosts.ts';
import { escapeRegExp } from './chars.ts';
import { endsSentence, type ParagraphLines } from './types.ts';

const NAME =
  /^\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?|van|von|de|der|del|da|dos|du|la|le|bin|al))(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?|van|von|de|der|del|da|dos|du|la|le|bin|al)){0,3}$/u;
const JOB_WORD = /^(?:[\p{Lu}&][\p{L}\p{N}'’.&()/-]*,?|of|and|for|the|de|du|la|le|del|y|und|et|in|on|at|to|&|[-–—])$/u;
// "Farmland Partners Inc. - Executive Chairman & CEO": a transcript service's firm, a dash, the post.
const FIRM_DASH_POST = /^(.+?)\s+[-–—]\s+(.+)$/u;
const ANALYST = /\banalyst\b/i;
const ANALYST_THEN_FIRM = /^(?:(?:senior|equity|research|managing director(?: &| and)?)\s+)*analyst\s*,\s*(\S.*)$/i;
const FIRM_ABBREVIATION_END = /\b(?:Inc|Co|Corp|Ltd|L\.P|N\.A|S\.A|A\.G)\.$/;
const ROLE_ALONE = /^(?:Operator|Moderator|Unidentified (?:Analyst|Participant|Speaker|Company Representative)|Unknown (?:Analyst|Speaker))$/;
// A firm's division after its name: "JPMorgan Chase & Co, Research Division".
const DIVISION = /,\s*(?:Research|Equity Research|Investment Research|Securities|Research Division|Equity Research Division)[^,]*$/i;
const MIN_RECURRING_NAMES = 2;
const MAX_JOB_CHARS = 100;
// Name and post together, as the colon convention reads a label.
const MAX_LABEL_CHARS = 60;

interface Pair {
  paragraph: number;
  line: number;
  name: string;
  job: string;
  jobParagraph: number;
  jobLine: number;
}

/** The paragraphs with each name-over-job label rewritten as a colon label, or null when the document is not laid out so. */
export function withNamesOverRoles(paragraphs: readonly ParagraphLines[]): ParagraphLines[] | null {
  const pairs = findPairs(paragraphs);
  const uses = new Map<string, number>();
  for (const p of pairs) uses.set(`${p.name}\n${p.job}`, (uses.get(`${p.name}\n${p.job}`) ?? 0) + 1);
  const recurringNames = new Set(pairs.filter((p) => (uses.get(`${p.name}\n${p.job}`) ?? 0) >= 2).map((p) => p.name));
  if (recurringNames.size < MIN_RECURRING_NAMES) return null;
  const starts = new Map<number, Map<number, string | null>>();
  const mark = (paragraph: number, line: number, label: string | null) => {
    if (!starts.has(paragraph)) starts.set(paragraph, new Map());
    starts.get(paragraph)!.set(line, label);
  };
  for (const p of pairs) {
    mark(p.paragraph, p.line, labelFor(p.name, p.job));
    mark(p.jobParagraph, p.jobLine, null);
  }
  for (const role of rolesAlone(paragraphs)) mark(role.paragraph, role.line, `${role.name}:`);
  // A name printed with no job line under it, speech right below, twice or more: the same layout's label.
  for (const alone of namesAlone(paragraphs, starts)) mark(alone.paragraph, alone.line, `${alone.name}:`);
  const out: ParagraphLines[] = [];
  paragraphs.forEach((lines, p) => {
    const marks = starts.get(p);
    if (!marks) {
      out.push(lines);
      return;
    }
    let current: ParagraphLines = [];
    lines.forEach((line, l) => {
      if (!marks.has(l)) {
        current.push(line);
        return;
      }
      const label = marks.get(l);
      if (label === null || label === undefined) return; // the job line goes
      if (current.length > 0) out.push(current);
      current = [{ ...line, text: label }];
    });
    if (current.length > 0) out.push(current);
  });
  return out;
}

/** "Name, Post:" for an official; "Name, Firm:" for an analyst (the firm without its division). */
function labelFor(name: string, job: string): string {
  // "Analyst, Wells Fargo Securities LLC": the analyst's firm after the post.
  const analyst = ANALYST_THEN_FIRM.exec(job);
  if (analyst) return labelFor(name, analyst[1]!);
  // "Firm - Post": an analyst's firm, an official's post (the firm is the host's).
  const dashed = FIRM_DASH_POST.exec(job);
  if (dashed) return ANALYST.test(dashed[2]!) || DIVISION.test(dashed[1]!) ? labelFor(name, dashed[1]!) : labelFor(name, dashed[2]!);
  // The first of the posts only: a label stays short ("Co-Founder, Chairman, President & Co-CEO"); a long
  // one without its complement ("Senior Vice President of Public & Private Investor Relations").
  if (isPost(job)) {
    const post = job.split(',')[0]!.trim();
    // (An office that runs the call, "… of Investor Relations", keeps that part: hosts.ts reads it.)
    const [before, ...complement] = post.split(/\s+of\s+/);
    const head = post.length + name.length <= MAX_LABEL_CHARS ? post : HOST_OFFICE.test(post) && complement.length > 0 ? complement.join(' of ') : before!;
    return head.length + name.length > MAX_LABEL_CHARS ? `${name}:` : `${name}, ${head}:`;
  }
  // "Keefe, Bruyette, & Woods, Inc.": the firm with its commas dropped, so the label keeps one comma.
  const firm = job
    .replace(DIVISION, '')
    .replace(/\s*,\s*/g, ' ')
    .trim();
  return firm ? `${name}, ${firm}:` : `${name}:`;
}

// Words a firm's name carries, not a person's: "Autonomous Research US LP", "MoffettNathanson LLC".
const FIRM_WORDS =
  /\b(?:LLC|LP|L\.P\.|Inc\.?|Ltd|Limited|Research|Capital|Markets|Securities|Partners|Group|Bank|Co\.?|Company|Advisors|Advisers|Management|Asset|Investments|Holdings|Equity|Exchange)$|\b(?:Research|Capital|Securities|Markets|Bank)\b/;

function isPost(job: string): boolean {
  return job
    .toLowerCase()
    .split(/[\s,&/-]+/)
    .some((w) => OFFICE_WORDS.has(w) || POSTS.has(w));
}

const POSTS = new Set([
  'chief',
  'officer',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'vp',
  'svp',
  'evp',
  'head',
  'founder',
  'co-founder',
  'relations',
  'investor',
  'chairman',
  'chair',
  'director',
  'treasurer',
  'controller',
  'counsel',
  'manager',
  'executive',
  'partner',
]);

function findPairs(paragraphs: readonly ParagraphLines[]): Pair[] {
  const pairs: Pair[] = [];
  // The job line may open the next paragraph: a page's furniture stood between them.
  const after = (p: number, l: number): [number, number] | null =>
    l + 1 < paragraphs[p]!.length ? [p, l + 1] : p + 1 < paragraphs.length && paragraphs[p + 1]!.length > 0 ? [p + 1, 0] : null;
  for (let p = 0; p < paragraphs.length; p++) {
    const lines = paragraphs[p]!;
    for (let l = 0; l < lines.length; l++) {
      const name = lines[l]!.text.trim();
      if (name.length > 48 || !NAME.test(name)) continue;
      const jobAt = after(p, l);
      if (!jobAt) continue;
      const job = paragraphs[jobAt[0]]![jobAt[1]]!.text.trim();
      if (!isJobShaped(job)) continue;
      const wordsAt = after(jobAt[0], jobAt[1]);
      if (!wordsAt || !isSpeech(paragraphs[wordsAt[0]]![wordsAt[1]]!.text)) continue;
      pairs.push({ paragraph: p, line: l, name, job, jobParagraph: jobAt[0], jobLine: jobAt[1] });
    }
  }
  return pairs;
}

function isJobShaped(text: string): boolean {
  // ("Analyst, Truist Securities, Inc.": a firm's abbreviation ends it with a period.)
  if (text.length < 2 || text.length > MAX_JOB_CHARS || (/[.?!:;]$/.test(text) && !FIRM_ABBREVIATION_END.test(text))) return false;
  // "Chief Financial Officer" is shaped like a name too: a post's word tells it from one.
  if (NAME.test(text) && !isPost(text) && !FIRM_WORDS.test(text)) return false;
  return text.split(/\s+/).every((w) => JOB_WORD.test(w));
}

/** The words under a label: a sentence, not another name or the rest of a job line ("Division", "& Co-CEO"). */
function isSpeech(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !NAME.test(t) && (/\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(t) || /[.?!]$/.test(t));
}

interface Alone {
  paragraph: number;
  line: number;
  name: string;
}

/**
 * Lines that pass `test` alone, opening a paragraph, after a finished sentence or under a part's
 * heading ("Presentation"), with speech under them.
 */
function aloneOverSpeech(paragraphs: readonly ParagraphLines[], test: (text: string, p: number, l: number) => boolean): Alone[] {
  const found: Alone[] = [];
  paragraphs.forEach((lines, p) => {
    lines.forEach((line, l) => {
      const text = line.text.trim();
      if (!test(text, p, l)) return;
      if (l > 0 && !endsSentence(lines[l - 1]!.text) && !PART_HEADING.test(lines[l - 1]!.text)) return;
      const words = l + 1 < lines.length ? lines[l + 1]!.text : paragraphs[p + 1]?.[0]?.text;
      if (words !== undefined && isSpeech(words)) found.push({ paragraph: p, line: l, name: text });
    });
  });
  return found;
}

/** "Operator" alone on a line over speech. */
function rolesAlone(paragraphs: readonly ParagraphLines[]): Alone[] {
  return aloneOverSpeech(paragraphs, (text) => ROLE_ALONE.test(text));
}

/** "Matthew Mercier" alone on a line over speech, at least twice, where no pair was found. */
function namesAlone(paragraphs: readonly ParagraphLines[], taken: ReadonlyMap<number, ReadonlyMap<number, string | null>>): Alone[] {
  const found = aloneOverSpeech(paragraphs, (text, p, l) => text.length <= 48 && NAME.test(text) && !taken.get(p)?.has(l) && !FIRM_WORDS.test(text));
  const uses = new Map<string, number>();
  for (const f of found) uses.set(f.name, (uses.get(f.name) ?? 0) + 1);
  // Once is enough right under the operator's hand-off naming them ("… from Jim Schneider with Goldman Sachs."):
  // the surname on the line before.
  return found.filter((f) => uses.get(f.name)! >= 2 || surnameOnLineBefore(paragraphs, f));
}

function surnameOnLineBefore(paragraphs: readonly ParagraphLines[], alone: Alone): boolean {
  const before = alone.line > 0 ? paragraphs[alone.paragraph]![alone.line - 1] : paragraphs[alone.paragraph - 1]?.at(-1);
  const surname = alone.name.split(/\s+/).at(-1)!;
  return before !== undefined && surname.length >= 3 && new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(before.text);
}

/** "Paul A. Pittman": a person's name alone on its line, two words at least (posted-labels.ts and running heads read it too). */
export function isNameAlone(text: string): boolean {
  return NAME.test(text.trim());
}
