// Transcripts such as the Federal Reserve's: "CHAIR POWELL. Good afternoon." — a name in
// capitals ending with a period, then the words.
import { label, leadingWhitespace, type LabelConvention, type ParsedLabel } from './types.ts';
import { startsWithCapitals } from './us-honorific.ts';

const HONORIFIC = /^(?:MR|MS|MRS|DR)\. /;
// One to four capitalised words of two or more letters (and middle initials: "MICHAEL S. DERBY"),
// then a period and a space or the line end.
const CAPS_NAME = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Lu}'’-]+){0,3})\.(?=\s|$)/u;

export const capsPeriodLabels: LabelConvention = {
  name: 'caps-period',
  parse(line: string): ParsedLabel | null {
    const start = leadingWhitespace(line);
    if (!startsWithCapitals(line, start)) return null;
    const text = line.slice(start, start + 80);
    const honorific = HONORIFIC.exec(text);
    const offset = honorific ? honorific[0].length : 0;
    const match = CAPS_NAME.exec(offset > 0 ? text.slice(offset) : text);
    if (!match) return null;
    const name = (honorific ? honorific[0] : '') + match[1]!;
    const length = offset + match[0].length;
    const words = name.split(' ').length;
    // Two or more words in capitals and a period are a label by their form, even once and mid-page.
    return label(name, line.slice(start + length), { needsRecurrence: words === 1, selfEvident: words >= 2 });
  },
};
