// The host of a call who is not a principal: an investor-relations or communications officer who
// opens, hands over to the questions and closes. The document says so where it introduces them:
// "My name is Ada Quill, Head of Investor Relations", or the operator's "I would now like to hand
// the conference over to Ada Quill, Director of Investor Relations."

import { isGivenName } from './first-names.ts';

// Offices that run a call for others rather than answer in it.
export const HOST_OFFICE = /\b(?:investor relations|media relations|communications|public affairs|press office)\b/i;
// "VP of IR": the abbreviation, in capitals only.
const HOST_OFFICE_SHORT = /\bIR\b/;
const WINDOW = 240;
const LIST_DASH = /^\s+[-–—]\s/;
const LIST_LINE_START = /(?:^|\n)[ \t]*(?:[-*•]\s*)?$/;
// The list's lines run together: the name follows the item before it ("… - EVP & CFO Marta Quill").
const AFTER_LIST_ITEM = /\s[-–—]\s[^.!?\n]{1,40}\s$/;
// "… represented by Mrs. Suneeta Reddy – Managing Director; Mr. A. Krishnan – Group CFO; …": a host
// introducing the team, each name with its post, the items apart by semicolons.
const TEAM_LIST_ITEM =
  /(?:\b(?:represented by|joined by|with us (?:today|here)?\s*(?:is|are)?|we have(?: with us)?(?: today)?)|\s[-–—]\s[^!?\n]{1,60}?;(?:\s+and)?)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/i;
const OFFICE_REACH = 70;

/** Whether the speaker's introduction (in their first turn or in the turn before it) gives a host's office. */
export function introducedAsHost(name: string, firstTurn: string, turnBefore: string | null): boolean {
  const surname = name.split(/\s+/).pop();
  if (!surname || surname.length < 2) return false;
  return (
    officeAfter(firstTurn.slice(0, WINDOW), surname, isHostOffice, false) ||
    (turnBefore !== null && officeAfter(turnBefore.slice(-WINDOW), surname, isHostOffice, false)) ||
    introducesTheChief(firstTurn.slice(0, WINDOW * 2))
  );
}

// "Joining us today to answer your questions is Ada Quill, our CEO": whoever introduces the chief
// executive, by name and office, to answer is not the chief executive, and opens the call for them.
function introducesTheChief(opening: string): boolean {
  // The pattern tries every capital of the opening; most openings have no ", our" to find.
  if (!OUR_AFTER_COMMA.test(opening)) return false;
  const chief = INTRODUCES_THE_CHIEF.exec(opening);
  return chief !== null && INTRODUCING.test(opening.slice(0, chief.index));
}

// The words that present the people on the call: "Joining us today …", "With me on the call are …".
const INTRODUCING = /\b(?:joining (?:me|us)|with (?:me|us)|here (?:with (?:me|us) )?today|to answer)\b/i;

const OUR_AFTER_COMMA = /,\s+our\s/;
const INTRODUCES_THE_CHIEF =
  /\p{Lu}[\p{L}'’.-]+,\s+our\s+(?:(?:[Pp]resident|[Cc]hair(?:man)?|[Ff]ounder)\s+and\s+)?(?:CEO|[Cc]hief [Ee]xecutive(?:\s+[Oo]fficer)?)\b/u;

/** The opening names them with a host's office, in a participants list ("Simona Jankowski - VP, IR") or a sentence ("I'm Spencer Wang, VP of IR"). */
export function listedAsHost(name: string, sources: string | undefined): boolean {
  // ("Director of Investor Relations — Fang Liu": the post printed first.)
  return sources !== undefined && name.includes(' ') && (officeAfter(sources, name, isHostOffice, false) || postBefore(sources, name, isHostOffice));
}

/** A participants list names them with a post for the host: "Colette Kress - EVP & CFO", "Ada Quill, Chief Executive Officer". */
export function listedWithPost(name: string, sources: string | undefined, post: RegExp): boolean {
  const isPost = (clause: string) => post.test(clause);
  return sources !== undefined && name.includes(' ') && (officeAfter(sources, name, isPost, true) || postBefore(sources, name, isPost));
}

// "Chief Financial Officer — Mike Scarpelli": a participants list that prints the post first, the name ending the line.
const POST_THEN_DASH = /^\s*(?:[-*•]\s+)?([^\n]{2,80}?)\s+[–—-]{1,2}\s+$/;

function postBefore(text: string, name: string, isPost: (clause: string) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const lineEnd = text.indexOf('\n', at);
    if (text.slice(at + name.length, lineEnd < 0 ? undefined : lineEnd).trim() !== '') continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const before = POST_THEN_DASH.exec(text.slice(lineStart, at));
    if (before && isPost(before[1]!)) return true;
  }
  return false;
}

/** An office that runs a call for others: investor or media relations, communications, a press office. */
export function isHostOffice(clause: string): boolean {
  return HOST_OFFICE.test(clause) || HOST_OFFICE_SHORT.test(clause);
}

/**
 * The office printed right after the name ("Friedland, Head of Investor Relations.", "Jankowski - VP, IR"),
 * read to the end of its clause; `inList`: only where the name opens a list's line or follows the item
 * before it ("I'm Jerod Santo, managing editor …" in a sentence lists nobody).
 */
const NEXT_LISTED_NAME = /\s(\p{Lu}\p{Ll}+)(?=(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2},\s)/gu;

// A post's last word: "Chief Financial Officer" ends there, and a name may follow.
const POST_ENDS = /\b(?:Officer|President|Director|Manager|Secretary|Treasurer|Chair(?:man|woman|person)?|CEO|CFO|COO|CTO|Counsel|Partner)$/;

/**
 * The clause up to the next listed name, one that opens with a given name or follows a post's last
 * word ("Ioana Patriniche,", not "Investor Relations,").
 */
function beforeNextListed(clause: string): string {
  for (const m of clause.matchAll(NEXT_LISTED_NAME)) if (isGivenName(m[1]!) || POST_ENDS.test(clause.slice(0, m.index))) return clause.slice(0, m.index);
  return clause;
}

function officeAfter(text: string, name: string, isOffice: (clause: string) => boolean, inList: boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (
      inList &&
      at > 0 &&
      !LIST_LINE_START.test(text.slice(Math.max(0, at - 4), at)) &&
      !AFTER_LIST_ITEM.test(text.slice(Math.max(0, at - 60), at)) &&
      !TEAM_LIST_ITEM.test(text.slice(Math.max(0, at - 80), at))
    )
      continue;
    const after = text.slice(at + name.length, at + name.length + OFFICE_REACH);
    if (!after.startsWith(',') && !LIST_DASH.test(after)) continue;
    // (The clause ends where the list's next name and its comma begin, the lines run together:
    // "…, Chief Financial Officer Ioana Patriniche, Head of Investor Relations".)
    if (isOffice(beforeNextListed(after.split(/[\n.;!?]/)[0]!))) return true;
  }
  return false;
}
