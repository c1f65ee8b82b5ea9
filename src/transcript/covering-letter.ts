// A filing's covering letter on the first page of a PDF's text layer: "Sub: Transcript of Earnings Call …",
// "Sir, We wish to inform you …", "Yours faithfully", a signature. The transcript starts on the next
// page; nothing on the letter's page is anyone's words at the conference.

const SUBJECT_LINE = /^[ \t]*(?:Sub|Subject|Re|Ref)[ \t]*[:.–-][ \t]*\S/im;
const LETTER_CLOSE = /^[ \t]*(?:Yours (?:faithfully|sincerely|truly)|Thanking you|With (?:kind |best )?regards)\b/im;
// The letter is a page of a longer document: the transcript after it is at least as long.
const MIN_REST_SHARE = 1;

/** The text without a covering letter printed as its first page, or the text as it is. */
export function withoutCoveringLetter(text: string): string {
  const feed = text.indexOf('\f');
  if (feed < 0 || feed > 6000) return text;
  const letter = text.slice(0, feed);
  if (text.length - feed < letter.length * MIN_REST_SHARE || !SUBJECT_LINE.test(letter) || !LETTER_CLOSE.test(letter)) return text;
  return text.slice(feed + 1);
}
