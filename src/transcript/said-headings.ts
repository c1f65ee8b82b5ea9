// A transcript rewritten into Markdown by a summarising tool heads each speaker's words with a
// sentence about them: "## On Page 17 of [Call Transcript](…), Eric Percher asked:", "## …, Brian S. Tyler,
// Chief Executive Officer, Harbour Corp. said", "## …, Britt Vitalone continued from previous page". Each such
// heading is the label of the words under it: "Name, Post:" before its first line. A heading that continues
// the one speaking says nothing new and goes; so does the speaker's post line left above it from the page
// ("Eric Percher Analyst, Nephron Research LLC"). The tool's topic subheads ("### Vaccine Distribution") stay
// headings. Where fewer than two headings read so, the document is left as it was.
import { isNameLike } from './labels/words.ts';
import type { SourceLine } from './types.ts';

const HEADING = /^\s{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/;
// "On Page 17 of [Transcript](https://…), ", "On page 3 of the transcript: ": where in the source the words stand.
const LOCATOR = /^on page \d+ of (?:\[[^\]]*\]\([^)]*\)|[^,:[]+)[ \t]*[,:][ \t]*/i;
const SAYING =
  /[ \t,]+(said|stated|asked|responded|replied|answered|added|remarked|commented|concluded(?: the call)?|continued(?:[ \t]+(?:from|on)[ \t]+(?:the[ \t]+)?previous page)?)[ \t]*[:.]?$/i;
const ARTICLE = /^(?:the|an?)[ \t]+/i;
// Who speaks without a name: "Operator", "Unnamed Speaker", "Unidentified Analyst", "Moderator".
const ROLE = /^(?:operator|moderator|host|(?:unnamed|unidentified|unknown)[ \t]+(?:speaker|analyst|participant|caller))$/i;
const MIN_HEADINGS = 2;
const MAX_POST_LINE_WORDS = 12;
const POST_AFTER = /^,?[ \t]+\p{Lu}/u;
const FIRM_END = /\b(?:Inc|Ltd|Co|Corp|LLC|L\.P|S\.A|plc)\.$/;

interface SaidHeading {
  /** "Brian S. Tyler, Chief Executive Officer & Director, Harbour Corp.": the label to set. */
  speaker: string;
  /** The name alone ("Brian S. Tyler"), to tell one speaker going on from another. */
  name: string;
  continues: boolean;
}

function readHeading(text: string): SaidHeading | null {
  if (!text.includes('#')) return null;
  const heading = HEADING.exec(text);
  if (!heading) return null;
  let rest = heading[1]!;
  const located = LOCATOR.exec(rest);
  if (located) rest = rest.slice(located[0].length);
  const saying = SAYING.exec(rest);
  // Without a verb of saying, only a located heading names a speaker: "On Page 16 of […], Brian S. Tyler, Chief Executive Officer".
  if (!saying && !located) return null;
  const speaker = (saying ? rest.slice(0, saying.index) : rest).replace(ARTICLE, '').replace(/[ \t,]+$/, '');
  // "Lisa C. Gill Analyst, JPMorgan Securities LLC": the post run into the name, as the page set it.
  const first = speaker.split(',', 1)[0]!;
  const name = first.replace(POST_AFTER_NAME, '').trim();
  if (ROLE.test(name)) return { speaker: capitalised(name), name: name.toLowerCase(), continues: isContinued(saying) };
  if (!isNameLike(name, 5)) return null;
  // (A firm's ", Inc." is joined to its name, so that the label's commas part the name, the post and the firm.)
  const post = `${first.slice(name.length).trim()}${speaker.slice(first.length)}`.replace(/^,?[ \t]*/, '').replace(FIRM_SUFFIX, ' $1');
  return { speaker: post ? `${name}, ${post}` : name, name: name.toLowerCase(), continues: isContinued(saying) };
}

const POST_AFTER_NAME = /[ \t]+(?:Analyst|Chief [A-Z][\w &]+|(?:Vice )?President|Director)$/;
const FIRM_SUFFIX = /,[ \t]*(Inc\.?|LLC|Ltd\.?|L\.?P\.?|plc|S\.A\.?|AG)(?=[ \t]*(?:,|$))/g;
const isContinued = (saying: RegExpExecArray | null) => saying !== null && saying[1]!.toLowerCase().startsWith('continued');
const capitalised = (text: string) => text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** The lines with each speaker heading made a label ("Name, Post: …") on the first line under it, or the lines as they were. */
export function withSaidHeadings(lines: SourceLine[]): SourceLine[] {
  let found = 0;
  for (const line of lines) if (readHeading(line.text) && ++found >= MIN_HEADINGS) break;
  if (found < MIN_HEADINGS) return lines;
  const out: SourceLine[] = [];
  let current: string | null = null;
  let pending: SaidHeading | null = null;
  for (const line of lines) {
    const said = readHeading(line.text);
    if (said) {
      dropPostLine(out, said.name);
      out.push({ ...line, text: '' });
      pending = said.continues && said.name === current ? null : said;
      if (pending) current = said.name;
      continue;
    }
    if (pending && line.text.trim() !== '' && !HEADING.test(line.text)) {
      // ("Operator said" over "Operator: Your next question …": the label is printed already.)
      const printed = line.text.trim().toLowerCase().startsWith(`${pending.name}:`);
      out.push(printed ? line : { ...line, text: `${pending.speaker}: ${line.text.trim()}` });
      pending = null;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Takes off the speaker's name-and-post line left just above their heading ("Eric Percher Analyst, Nephron Research LLC"). */
function dropPostLine(out: SourceLine[], name: string): void {
  let k = out.length - 1;
  while (k >= 0 && out[k]!.text.trim() === '') k--;
  const text = out[k]?.text.trim();
  if (text === undefined || !text.toLowerCase().startsWith(name) || text.split(/\s+/).length > MAX_POST_LINE_WORDS) return;
  // The post follows the name ("Analyst, …", ", Chief Financial Officer"), and no sentence ends but a firm's "Inc.".
  if (!POST_AFTER.test(text.slice(name.length)) || (/[.!?]$/.test(text) && !FIRM_END.test(text))) return;
  if (k > 0 && out[k - 1]!.text.trim() !== '') return;
  out[k] = { ...out[k]!, text: '' };
}
