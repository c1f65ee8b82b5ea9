// A magazine's interview printed with no labels at all: each question a paragraph set in bold
// ("**Is there a place for that in the budget?**") or in italics ("*Will the old quay close?*"), as a heading
// ("### Why so many?"), in brackets ("(You have supper here often?)"), in capitals ("HOW DO YOU FEEL AFTER …?") or
// numbered in order ("1. When will the channel reopen?", written answers to a paper's questions), the
// answers plain paragraphs under it. Each such paragraph is given the questioner's label
// ("**Q: Is there …?**", "Q: HOW DO YOU …?"), so the conventions read it, and the plain paragraphs under it become the answer (unlabelled-answers.ts), given to the one
// the document names. Tried only where no convention found a label.
import { ENDS_ASKING, type ParagraphLines } from './types.ts';

const MIN_QUESTIONS = 3;
const CLOSING_EMPHASIS = /[*_]+(?=\s*$)/;
// A paragraph wholly in bold, perhaps in several bold runs ("**Pre-K was a success,** **and …?**"), perhaps a space
// left before the closing mark ("**… previous generations? **").
const WHOLLY_BOLD = /^\s*(\*\*|__)(?=\S)[\s\S]*\S[ \t]?\1\s*$/;
const PLAIN_WORDS = /[^*_\s]/;

/** The paragraphs with each bold question labelled "Q", or null when the document is not printed so. */
export function withBoldQuestions(paragraphs: readonly ParagraphLines[]): ParagraphLines[] | null {
  const numbered = numberedQuestions(paragraphs);
  // "(You have supper here often?)": a paper's questions each set in brackets, read as italics are.
  const italic = paragraphs.map((p) => isItalicQuestion(p) || isBracketedQuestion(p));
  const leadIns = italicLeadIns(paragraphs, italic);
  // Headings that ask are the questions only where they are the document's form ("### Using Scoop for work?"
  // in a site's footer under questions in capitals is the site's).
  const asking = paragraphs.map(isQuestionHeading);
  const headings = asking.filter(Boolean).length;
  const headed =
    headings >= MIN_QUESTIONS && !paragraphs.some((p, i) => !asking[i] && (isBoldParagraph(p) || isCapitalsQuestion(p))) ? asking : asking.map(() => false);
  const bold = paragraphs.map((p, i) => numbered.has(i) || italic[i]! || headed[i]! || isBoldParagraph(p) || isCapitalsQuestion(p));
  let questions = 0;
  let answered = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!bold[i]) continue;
    questions++;
    if (i + 1 < paragraphs.length && !bold[i + 1] && PLAIN_WORDS.test(paragraphs[i + 1]![0]!.text)) answered++;
  }
  // Most bold paragraphs must have plain words under them: a page of bold headings is no interview.
  if (questions < MIN_QUESTIONS || answered * 3 < questions * 2) return null;
  // Some of them ask: a speech's section headings in bold ("**Support for businesses**") ask nothing.
  if (
    !paragraphs.some(
      (p, i) =>
        bold[i] &&
        ENDS_ASKING.test(
          p
            .map((l) => l.text)
            .join(' ')
            .replace(CLOSING_EMPHASIS, ''),
        ),
    )
  )
    return null;
  const out: ParagraphLines[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (leadIns.has(i)) continue;
    out.push(bold[i] ? labelledQuestion(p, i) : p);
  }
  return out;

  function labelledQuestion(p: ParagraphLines, i: number): ParagraphLines {
    const first = p[0]!;
    // "*How big are the ships?*": the question without its italics, after the italic lines that lead in to it.
    if (italic[i]) {
      let from = i;
      while (leadIns.has(from - 1)) from--;
      const said = paragraphs.slice(from, i + 1).map((q) => withoutItalics(q.map((l) => l.text.trim()).join(' ')));
      // (On the asking paragraph's line, whose words as printed end by asking: unlabelled-answers.ts reads it.)
      return [{ ...first, text: `Q: ${said.join(' ')}` }];
    }
    // "### 那么为什么会有这么多的留守儿童呢？": the question without its heading's marks.
    if (headed[i]) return [{ ...first, text: `Q: ${first.text.replace(HEADING_MARKS, '').trim()}` }];
    // "1. __Tell us about yourself.__": a numbered or bulleted question, its list marker no part of it.
    const unlisted = first.text.replace(numbered.has(i) ? QUESTION_NUMBER : LIST_MARKER, '');
    const text = /^\s*(?:\*\*|__)/.test(unlisted) ? unlisted.replace(/^(\s*)(\*\*|__)/, '$1$2Q: ') : `Q: ${unlisted.trimStart()}`;
    return [{ ...first, text }, ...p.slice(1)];
  }
}

// A question in capitals: no lower-case letter, several words, a question mark at the end.
const CAPITALS_QUESTION = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s[^\p{Ll}]*\?\s*$/u;

function isCapitalsQuestion(paragraph: ParagraphLines): boolean {
  return paragraph.length <= 3 && isQuestionInCapitals(paragraph.map((l) => l.text).join(' '));
}

/** "HOW DO YOU FEEL …?": a question of several words with no lower-case letter. */
export function isQuestionInCapitals(text: string): boolean {
  return text.length < 400 && CAPITALS_QUESTION.test(text);
}

// "1. When will the channel reopen?", "3) …?", "(4) …?", "2、……？": a written interview's numbered question, a paragraph of its own.
const QUESTION_NUMBER = /^\s*(?:Q\s*)?\(?(\d{1,3})[.)、]\s*/;

/** "1. When will …?": a numbered question's first and last lines as printed. */
export function isNumberedQuestion(firstLine: string, lastLine: string): boolean {
  return QUESTION_NUMBER.test(firstLine) && ENDS_ASKING.test(lastLine);
}

/**
 * Paragraphs that are numbered questions, numbered 1, 2, 3 … in order (a list of points numbered
 * so, or one question, is no interview): by index, the numbers that do not follow on left out.
 */
function numberedQuestions(paragraphs: readonly ParagraphLines[]): Set<number> {
  const found = new Set<number>();
  let expected = 1;
  for (let i = 0; i < paragraphs.length; i++) {
    const lines = paragraphs[i]!;
    if (lines.length > 4) continue;
    const number = QUESTION_NUMBER.exec(lines[0]!.text);
    if (!number || Number(number[1]) !== expected || !isNumberedQuestion(lines[0]!.text, lines[lines.length - 1]!.text)) continue;
    found.add(i);
    expected++;
  }
  return found.size >= MIN_QUESTIONS ? found : new Set();
}

// "*How big are the ships you can take now?*": a question wholly in italics (one mark, not bold's two). A title
// inside it is set roman by marks of its own ("*In *Bluets *and elsewhere you …?*"), and a site may leave a space
// before the closing mark ("…? *").
const ITALIC_QUESTION = /^([*_])(?![*_\s])[^\n]{3,1500}[?？][ \t\u00a0]?\1$/;
// A paragraph wholly in italics that asks nothing: "*In an interview, you said:*" or the words quoted after it.
const ITALIC_PARAGRAPH = /^([*_])(?![*_\s])[^\n]{3,1500}[^*_\s][ \t\u00a0]?\1$/;

/** The words of a paragraph wholly in italics or in brackets, without the marks around them. */
function withoutItalics(text: string): string {
  return text
    .replace(/^[*_(]/, '')
    .replace(/[ \t\u00a0]?[*_)]$/, '')
    .trim();
}

/**
 * Paragraphs wholly in italics just before an italic question ("*In an interview, you said:*", "*People often
 * say …*", "*What has it been like …?*"): they lead in to it, one question. Only after the first question: an
 * introduction in italics above the first is the magazine's.
 */
function italicLeadIns(paragraphs: readonly ParagraphLines[], italic: readonly boolean[]): Set<number> {
  const leadIns = new Set<number>();
  let asked = false;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!italic[i]) continue;
    if (asked)
      for (let j = i - 1; j >= 0 && !italic[j] && paragraphs[j]!.length <= 3 && ITALIC_PARAGRAPH.test(paragraphs[j]!.map((l) => l.text.trim()).join(' ')); j--)
        leadIns.add(j);
    asked = true;
  }
  return leadIns;
}

/** A paragraph wholly in one pair of round brackets, a few words at least: "(But at home? Somebody cooks?)". */
function isBracketedQuestion(paragraph: ParagraphLines): boolean {
  if (paragraph.length > 3) return false;
  const text = paragraph.map((l) => l.text.trim()).join(' ');
  if (!text.startsWith('(') || !text.endsWith(')') || text.split(/\s+/).length < MIN_BRACKETED_WORDS) return false;
  // ("(Laughter) Yes. (Applause)": the first bracket closes before the end.)
  return text.indexOf(')') === text.length - 1 && text.lastIndexOf('(') === 0;
}

const MIN_BRACKETED_WORDS = 3;

function isItalicQuestion(paragraph: ParagraphLines): boolean {
  if (paragraph.length > 3) return false;
  return ITALIC_QUESTION.test(paragraph.map((l) => l.text.trim()).join(' '));
}

export const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-*+])\s+(?=\*\*|__)/;

// "### 对于留守儿童来说，…可能在安全感…方面存在问题吗？": a question set as a heading over its plain answer.
const HEADING_MARKS = /^\s*#{2,6}\s+|\s+#+\s*$/g;
const QUESTION_HEADING = /^\s*#{2,6}\s+\S.{0,400}[?？]\s*#*\s*$/;

function isQuestionHeading(paragraph: ParagraphLines): boolean {
  return paragraph.length === 1 && QUESTION_HEADING.test(paragraph[0]!.text);
}

function isBoldParagraph(paragraph: ParagraphLines): boolean {
  const first = (paragraph[0]?.text ?? '').replace(LIST_MARKER, '');
  if (!first.trimStart().startsWith('**') && !first.trimStart().startsWith('__')) return false;
  const text = [first, ...paragraph.slice(1).map((l) => l.text)].join(' ');
  // (A rule of asterisks, "*****", is no bold paragraph: it has no words.)
  return text.length < 1500 && WHOLLY_BOLD.test(text) && PLAIN_WORDS.test(text);
}
