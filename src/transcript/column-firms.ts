// A call's Q&A laid out as a table in a PDF's text layer: the speaker's name in a left column and,
// for an analyst, the firm in brackets beside it or on the line under it, the words in a right
// column:
//   Flora Bocahut      Yes, thank you. Good morning. Thank you for taking my
//   (Barclays)         questions. I have one on NII and one on cost, please.
// The firm joins the name ("Flora Bocahut (Barclays)"), so the label names both and the words run
// on without it; and the row opens a paragraph, as a turn of its own does (the table prints none
// between its rows).
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{L}[\p{L}'’.-]+){1,3}`;
const NAME_OVER_FIRM = new RegExp(String.raw`^([ \t\f]*${NAME})([ \t]{3,})(\S[^\n]*)\n\(([^()\n]{2,40})\)([ \t]{3,})`, 'gmu');
// (The line before is matched, not looked behind at: a lookbehind over a line is tried at every character.)
const NAME_AND_FIRM_AFTER_LINE = new RegExp(String.raw`(\S)\n(?=[ \t\f]*${NAME} \([^()\n]{2,40}\)[ \t]{3,}\S)`, 'gu');
// In such a table, any name in the left column opens a row: "Flora Bocahut      Yes, that's very clear."
// under the last line of an answer indented to the right column.
const NAME_ROW_AFTER_INDENTED = new RegExp(String.raw`(\n[ \t]{3,}\S[^\n]*)\n(?=\f?${NAME}[ \t]{3,}\S)`, 'gu');

/** The text with each firm under a name in a left column joined to the name, each such row a paragraph. */
export function withColumnFirmsJoined(text: string): string {
  if (!text.includes('\n(') && !text.includes(')   ')) return text;
  const joined = text.replace(
    NAME_OVER_FIRM,
    (_, name: string, gap: string, words: string, firm: string, after: string) =>
      // (The gap after the joined name stays three spaces wide at least, a column's gap: "Anke Reingen (RBC)   Yes, …".)
      `${name} (${firm})${gap.length >= firm.length + 6 ? gap.slice(firm.length + 3) : '   '}${words}\n${' '.repeat(firm.length + 2)}${after}`,
  );
  const rows = joined.replace(NAME_AND_FIRM_AFTER_LINE, '$1\n\n');
  // Only a table that gives firms so is read so: elsewhere a line under an indented one may run on.
  return rows === text ? text : rows.replace(NAME_ROW_AFTER_INDENTED, '$1\n\n');
}
