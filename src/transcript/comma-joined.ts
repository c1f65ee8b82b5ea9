// A transcript stored as one field of a data set, its paragraphs pasted together with commas
// ("…you want.,QUESTIONS,EFFECTS OF THE ELECTION,[1.] Q. Mr. President, …?,THE PRESIDENT. I
// think …"): each comma right after a sentence's end, with no space before the next capital, was a
// paragraph break. Read only where the text has few line breaks and many such joins.
// After a sentence's end, or after a heading in capitals ("QUESTIONS,EFFECTS OF THE ELECTION,[1.] Q.").
const JOIN = /(?<=[.?!:"”’)\]\d]|\p{Lu}{2}),(?=[\p{Lu}[\d(“"])/gu;
const MIN_JOINS = 8;

/** The text with comma-joined paragraphs apart again, or the text as it is. */
export function withCommaJoinsSplit(text: string): string {
  if (!text.includes(',')) return text;
  const joins = text.match(JOIN)?.length ?? 0;
  if (joins < MIN_JOINS) return text;
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0 && breaks * 4 < joins; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks * 4 < joins ? text.replace(JOIN, '\n\n') : text;
}
