// A call transcript's lists of who takes part, above the first turn: "Company Participants" over
// "Jeff Markowitz – Chief Executive Officer" lines, "Conference Call Participants" over
// "Dana Lee – Harbour Weekly". The company's people answer; the others ask, for the outlet or firm
// after the dash. The lists' lines are never labels with their first words; the askers listed are
// declared with their outlets, while who of the company answers is left to the turns (an IR host
// listed among them only hands the floor).
import type { DeclaredPerson, DeclaredRole } from './cast-fields.ts';

const HEADING =
  /^\s*(?:\*\*)?\s*(company|corporate|executive|conference call|call|analyst|media)?\s*(participants|executives|analysts|speakers)\s*:?\s*(?:\*\*)?\s*$/i;
// "Jeff Markowitz – Senior Vice President", "* Dana Lee - Harbour Weekly - Analyst".
// Also "James von Moltke, Chief Financial Officer": a comma before a post (its words say it is one).
const ENTRY =
  /^\s*(?:[-*•]\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|da|di|du|le|la)){0,3})(?:\s+[–—-]\s+|,\s+(?=[^,\n]{0,80}\b(?:[Oo]fficer|[Hh]ead|[Cc]hief|[Pp]resident|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Mm]anager|CEO|CFO|COO|[Tt]reasurer|[Ss]ecretary|[Ss]pokes(?:person|man|woman)|[Gg]overnor)\b))(\S.{0,120}?)\s*$/u;
const JOB_AFTER_FIRM = /\s+[–—-]\s+(?:analyst|reporter|correspondent|journalist|editor|research analyst)$/i;
const MAX_HEADING_LINE = 60;

export interface ParticipantLists {
  /** Indexes of the lines that belong to a list, its headings included. */
  lines: Set<number>;
  /** Everyone the lists name, whatever their part. */
  names: Set<string>;
  people: DeclaredPerson[];
  /** The company's people the lists name: they answer, or run the floor, never ask. */
  staff: string[];
}

/** "Company Participants", "Conference Call Participants": a list's heading, never a title. */
export function isParticipantsHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LINE && HEADING.test(text);
}

/** The participants lists among the lines (texts, in order), or null when there is none. */
export function participantLists(texts: readonly string[]): ParticipantLists | null {
  let found: ParticipantLists | null = null;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (text.length > MAX_HEADING_LINE) continue;
    const heading = HEADING.exec(text);
    if (!heading) continue;
    const role = roleOf(heading[1]?.toLowerCase(), heading[2]!.toLowerCase());
    const entries: [number, DeclaredPerson][] = [];
    let j = i + 1;
    for (; j < texts.length; j++) {
      if (texts[j]!.trim() === '') continue;
      const entry = ENTRY.exec(texts[j]!);
      if (!entry) break;
      const person: DeclaredPerson = { name: entry[1]!, role: role ?? 'principal' };
      if (role === 'journalist') person.outlet = entry[2]!.replace(JOB_AFTER_FIRM, '');
      entries.push([j, person]);
    }
    if (entries.length === 0) continue;
    found ??= { lines: new Set(), people: [], names: new Set(), staff: [] };
    found.lines.add(i);
    for (const [at, person] of entries) {
      found.lines.add(at);
      found.names.add(person.name);
      if (role === 'journalist') found.people.push(person);
      else if (role === 'principal') found.staff.push(person.name);
    }
    i = j - 1;
  }
  return found;
}

/** Whom a heading lists: the company's people answer, the call's participants and analysts ask; plain "Participants" says neither. */
function roleOf(qualifier: string | undefined, noun: string): DeclaredRole | null {
  if (noun === 'executives' || qualifier === 'company' || qualifier === 'corporate' || qualifier === 'executive') return 'principal';
  if (noun === 'analysts' || qualifier === 'conference call' || qualifier === 'call' || qualifier === 'analyst' || qualifier === 'media') return 'journalist';
  return null;
}
