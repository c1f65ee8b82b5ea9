// Labels as a chat log or a collaborative note prints them: a handle in angle brackets, often set
// as code ("`<chihao>` Since g0v is …", "<pm5> It would be …"), and questions as numbered headings
// ("### Q1: Since the movement …?"). Each is rewritten as the colon label it stands for ("[chihao]:",
// a handle in brackets as a transcriber prints one; "Q1:"); "<kjcl translating pofeng>" is pofeng's words again in another language, so it takes
// pofeng's label and the bilingual pairing joins it to the turn it translates.
import type { SourceLine } from './types.ts';

const HANDLE = /^(\s*)`?<([\p{L}\p{N}_.-]{1,30})(?:\s+translating\s+([\p{L}\p{N}_.-]{1,30}))?>`?[ \t\u00a0]+(?=\S)/u;
const QUESTION_HEADING = /^\s*#{1,6}\s+(Q\d{1,3}|Question\s+\d{1,3})\s*[:：.]\s+(?=\S)/i;
const MIN_HANDLES = 3;

// "stark: Thank you …", "adam3us: At that time …": a handle in lower case before a colon, as a
// conference's volunteer transcriber types it. Read only where two handles or more recur.
const PLAIN_HANDLE = /^(\s*)([a-z][a-z0-9_.-]{1,29}):[ \t\u00a0]+(?=\S)/;
const NOT_HANDLES = new Set([
  'note',
  'notes',
  'edit',
  'update',
  'source',
  'tags',
  'date',
  'title',
  'media',
  'speakers',
  'http',
  'https',
  'mailto',
  'see',
  'via',
  'ps',
  'eg',
  'ie',
  'q',
  'a',
]);

/** The lines with handle labels and numbered question headings rewritten, or the lines as they are. */
export function withChatHandles(lines: SourceLine[]): SourceLine[] {
  const plain = plainHandles(lines);
  if (plain)
    lines = lines.map((line) => {
      const m = PLAIN_HANDLE.exec(line.text);
      return m && plain.has(m[2]!) ? { ...line, text: `${m[1]}[${m[2]}]: ${line.text.slice(m[0].length)}` } : line;
    });
  let handles = 0;
  for (const line of lines) if (line.text.includes('<') && HANDLE.test(line.text) && ++handles >= MIN_HANDLES) break;
  if (handles < MIN_HANDLES) return lines;
  return lines.map((line) => {
    const handle = line.text.includes('<') ? HANDLE.exec(line.text) : null;
    if (handle) return { ...line, text: `${handle[1]}[${handle[3] ?? handle[2]}]: ${line.text.slice(handle[0].length)}` };
    const question = line.text.includes('#') ? QUESTION_HEADING.exec(line.text) : null;
    if (question) return { ...line, text: `${question[1]!.replace(/\s+/g, ' ')}: ${line.text.slice(question[0].length)}` };
    return line;
  });
}

/** The lower-case handles that open lines, where at least two of them open two lines or more; else null. */
function plainHandles(lines: readonly SourceLine[]): Set<string> | null {
  let uses: Map<string, number> | null = null;
  for (const line of lines) {
    const c = line.text.charCodeAt(0);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x20)) continue;
    const m = PLAIN_HANDLE.exec(line.text);
    if (!m || NOT_HANDLES.has(m[2]!)) continue;
    uses ??= new Map();
    uses.set(m[2]!, (uses.get(m[2]!) ?? 0) + 1);
  }
  if (!uses) return null;
  const recurring = new Set([...uses].filter(([, n]) => n >= 2).map(([handle]) => handle));
  return recurring.size >= 2 ? recurring : null;
}
