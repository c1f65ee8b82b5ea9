// Transcripts such as the Federal Reserve's: "CHAIR POWELL. Good afternoon." — a name in
// capitals ending with a period, then the words.
import { label, labelStart, type LabelConvention, type ParsedLabel } from './types.ts';
import { questionMarker, startsWithCapitals } from './us-honorific.ts';

const HONORIFIC = /^(?:MR|MS|MRS|DR)\. /;
// One to four capitalised words of two or more letters (and middle initials: "MICHAEL S. DERBY"),
// then a period and a space or the line end.
// A word in capitals, a surname's prefix perhaps in lower case as printed ("McGRANE", "MacDONALD", "DeSANTIS").
const CAPS_NAME = /^(\p{Lu}(?:[a-z]{1,2}\p{Lu})?[\p{Lu}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}(?:[a-z]{1,2}\p{Lu})?[\p{Lu}'’-]+){0,3})\.(?=\s|$)/u;

const STRAY_PERIOD = /^THE\. (?=(?:VICE )?PRESIDENT\.|PRIME MINISTER\.|CHAIR(?:MAN|WOMAN)?\.|SECRETARY\.|GOVERNOR\.|CHANCELLOR\.|PREMIER\.)/;

const QUESTION_WORD = /^Q ?U ?E ?S ?T ?I ?O ?N(?=\s+\p{Lu}|\s*$)/u;
const PRIME_MINISTER_INITIALS = /^P\. ?M\.(?=\s+\p{Lu})/u;

const ANONYMOUS_ASKER = /^(Reporter|Journalist):(?=\s)/;

// The Public Papers' editors add a reporter's outlet in brackets: "FRANK CORMIER [Associated Press]. Thank you."
const BRACKETED_OUTLET = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Lu}'’-]+){1,3}) \[([^\]]{2,60})\]\.(?=\s|$)/u;

// A reporter's name in title case (an honorific perhaps), a comma, an outlet of capitalised words, a colon.
const NAME_COMMA_OUTLET =
  /^(?!Q\. )((?:(?:Mr|Mrs|Ms|Miss|Dr)\. )?\p{Lu}(?:\.|[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)(?: \p{Lu}(?:\.|[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)){1,3}, (?:the |The )?\p{Lu}[\p{L}&.'’-]*(?: (?:of |the |and |for |& )?\p{Lu}[\p{L}&.'’-]*){0,5}):[ \t]+(?=\S)/u;

/** A capital, not capitals, then a comma and a colon soon after: the only lines NAME_COMMA_OUTLET is tried on. */
function mayNameSelfAndOutlet(line: string, start: number): boolean {
  const first = line.charCodeAt(start);
  if (first < 0x41 || first > 0x5a) return false;
  const comma = line.indexOf(', ', start);
  if (comma < 0 || comma - start >= 40) return false;
  const colon = line.indexOf(':', comma);
  return colon > 0 && colon - start < 90;
}

// The Public Papers since the 1990s set the office in title case: "The President. Good afternoon."
// ("The Attorney General.", "The Secretary of Transportation.": a cabinet member beside him, the office with its department.)
const TITLE_CASE_OFFICE =
  /^The (?:Vice |Deputy )?(?:President|Prime Minister|Chancellor|Premier|Secretary(?: of (?:the )?\p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,3})?|Governor|First Lady|Attorney General|Solicitor General|Surgeon General|Press Secretary)\.(?=\s|$)/u;

// The first letters of those offices: most lines open with none of them.
const OPENS_WITH_OFFICE = new Set([...'VPCSGFMKQE'].map((c) => c.charCodeAt(0)));

/** Whether a line opens with an office and a name in title case and a period ("President Trump."). */
export function startsWithOfficeAndName(line: string, start: number): boolean {
  return OPENS_WITH_OFFICE.has(line.charCodeAt(start)) && TITLE_CASE_OFFICE_AND_NAME.test(line.slice(start, start + 60));
}

/** Whether a line opens with a title-case office and a period ("The President."). */
export function startsWithTitleCaseOffice(line: string, start: number): boolean {
  return line.startsWith('The ', start) && TITLE_CASE_OFFICE.test(line.slice(start, start + 80));
}

// The American Presidency Project's pages: "President Trump. Thank you.", "Prime Minister May. Well, …".
const TITLE_CASE_OFFICE_AND_NAME =
  /^(?:Vice )?(?:President|Prime Minister|Chancellor|Premier|Secretary|Governor|Foreign Minister|Minister|Mayor|Chairman|Chairwoman|Chair|King|Queen|Emperor|Pope)(?: \p{Lu}[\p{Ll}'’-]+){1,2}\.(?=\s|$)/u;

export const capsPeriodLabels: LabelConvention = {
  name: 'caps-period',
  parse(line: string): ParsedLabel | null {
    const start = labelStart(line);
    if (startsWithTitleCaseOffice(line, start)) {
      const office = TITLE_CASE_OFFICE.exec(line.slice(start, start + 80))![0];
      return label(office.slice(0, -1), line.slice(start + office.length), { selfEvident: true });
    }
    const officeAndName = OPENS_WITH_OFFICE.has(line.charCodeAt(start)) ? TITLE_CASE_OFFICE_AND_NAME.exec(line.slice(start, start + 60)) : null;
    if (officeAndName) return label(officeAndName[0].slice(0, -1), line.slice(start + officeAndName[0].length), { needsRecurrence: true });
    // "Reporter: Thank you, Mr. President.": an anonymous questioner's label, in any form.
    const asker =
      line.charCodeAt(start) === 0x52 /* R */ || line.charCodeAt(start) === 0x4a /* J */ ? ANONYMOUS_ASKER.exec(line.slice(start, start + 12)) : null;
    if (asker) return label(asker[1]!, line.slice(start + asker[0].length), { selfEvident: true });
    // "P. M. Well, …": a typescript's initials for the Prime Minister, read as "PM" where they recur.
    if (line.charCodeAt(start) === 0x50 /* P */) {
      const pm = PRIME_MINISTER_INITIALS.exec(line.slice(start, start + 8));
      if (pm) return label('PM', line.slice(start + pm[0].length), { needsRecurrence: true });
    }
    // "Frank Cormier, Associated Press: Mr. President, …": the Miller Center's reporters name themselves and their outlet.
    const named = mayNameSelfAndOutlet(line, start) ? NAME_COMMA_OUTLET.exec(line.slice(start, start + 90)) : null;
    if (named) return label(named[1]!, line.slice(start + named[0].length));
    if (!startsWithCapitals(line, start)) return null;
    const text = line.slice(start, start + 80);
    // "QUESTION Prime Minister, …", "QUE STI ON": a typescript's questioner without a stop, OCR-spaced perhaps.
    if (text.charCodeAt(0) === 0x51 /* Q */) {
      const asked = QUESTION_WORD.exec(text);
      if (asked) return label('Q', line.slice(start + asked[0].length), { needsRecurrence: true });
    }
    // The Public Papers' reporters: "Q. Mr. President, …" beside "THE PRESIDENT. …".
    if (text.charCodeAt(0) === 0x51 /* Q */) {
      const q = questionMarker(text);
      if (q > 0) return label('Q', line.slice(start + q), { selfEvident: true });
    }
    // "THE. PRESIDENT.": a stray period after the article, as a typesetter's slip.
    if (STRAY_PERIOD.test(text)) {
      const match = CAPS_NAME.exec(`THE ${text.slice(5)}`);
      if (match && match[1]!.includes(' ')) return label(match[1]!, line.slice(start + match[0].length + 1), { selfEvident: true });
    }
    const honorific = HONORIFIC.exec(text);
    const offset = honorific ? honorific[0].length : 0;
    const rest = offset > 0 ? text.slice(offset) : text;
    const bracketed = BRACKETED_OUTLET.exec(rest);
    if (bracketed)
      return label(`${(honorific ? honorific[0] : '') + bracketed[1]!} [${bracketed[2]!}]`, line.slice(start + offset + bracketed[0].length), {
        selfEvident: true,
      });
    const match = CAPS_NAME.exec(rest);
    if (!match) return null;
    const name = (honorific ? honorific[0] : '') + match[1]!;
    const length = offset + match[0].length;
    const words = name.split(' ').length;
    // Two or more words in capitals and a period are a label by their form, even once and mid-page.
    return label(name, line.slice(start + length), { needsRecurrence: words === 1, selfEvident: words >= 2 });
  },
  // The ways parse can succeed: an office in title case, an anonymous asker, or capitals.
  mayRead(line: string, start: number): boolean {
    return (
      startsWithCapitals(line, start) ||
      line.startsWith('The ', start) ||
      line.startsWith('Reporter:', start) ||
      line.startsWith('Journalist:', start) ||
      // (A reporter's name and outlet in title case.)
      mayNameSelfAndOutlet(line, start) ||
      startsWithOfficeAndName(line, start)
    );
  },
};
