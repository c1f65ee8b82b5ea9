// Shared shapes of the transcript importer: what goes in, what comes out, and the
// line-level representation every stage passes along.

/** The names of the cleanup rules, as they appear in a report. */
export type CleanupRule = 'hyphen-join' | 'hyphen-keep' | 'header-footer' | 'page-number' | 'glyph' | 'ocr-confusion' | 'section-heading';

/** One change the cleaner made (or one decision it took), for a human to audit. */
export interface CleanupChange {
  rule: CleanupRule;
  /** 1-based line number in the input. */
  line: number;
  before: string;
  after: string;
  reason: string;
}

export interface ImportOptions {
  /** Repair OCR and layout defects (default true); false keeps the text as printed. */
  clean?: boolean;
  /** Keep the whole text as one statement instead of looking for speaker labels. */
  asStatement?: boolean;
  /** The file's name, used only in messages and as a last-resort title. */
  fileName?: string;
  /**
   * A publisher profile (profiles/profile.ts) that refines the inference; null for none.
   * Left out, a shipped profile is chosen by the cues in the document, or none.
   */
  profile?: import('./profiles/profile.ts').Profile | null;
}

/** One line of the input as printed, without its line terminator. */
export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  text: string;
  /** 0-based page index; pages are separated by form feeds. */
  page: number;
  /** The line opens a page: after a form feed, or (in some OCR) marked by one leading space. */
  pageStart: boolean;
  /** Seconds from the start, where a timed transcript stamped the line. */
  at?: number;
}

/** A paragraph is the run of lines it was printed on. */
export type ParagraphLines = SourceLine[];

const CLOSERS = new Set([...`"'”’」』)）`].map((c) => c.charCodeAt(0)));
const ENDERS = new Set([...'.?!…。？！'].map((c) => c.charCodeAt(0)));

/** Whether the text (trailing spaces ignored) ends a sentence: . ? ! … 。？！, perhaps before closing quotes. */
/** A text that ends on a question mark, perhaps inside closing quotes or brackets: it asks. */
export const ENDS_ASKING = /[?？]["”’»』」)）\]］]*\s*$/;

export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && ENDERS.has(text.charCodeAt(i));
}

/** CJK ideographs, CJK punctuation and full-width forms. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/** Verbs a report quotes someone with ("Mourinho said", "he insisted"): one list for the quoted answers and the account around them. */
export const REPORTING_VERBS = 'said|says|added|insisted|replied|admitted|explained|told|jibed|joked|quipped|referenced|asked|declared|stated|warned|claimed';
