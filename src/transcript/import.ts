// The transcript importer: bytes (or text) of a published press-conference transcript to a
// ConferenceRecord, with a report of every cleanup change. Pure: no I/O besides reading the
// bundled word list once.
//
//   decode → (a web page's text) → lines → front matter → timestamps → running heads → paragraphs → labels → turns
//          → metadata (preamble) → cleaning per paragraph → cast, kinds → record
import type { ConferenceRecord } from '../domain/record.ts';
import { assembleRecord, type CleanTurn } from './assemble.ts';
import { ParagraphCleaner, removeRunningHeads, runningHeadDate } from './clean/index.ts';
import { decodeTranscript } from './decode.ts';
import { withoutCoveringLetter } from './covering-letter.ts';
import { pageText } from './page-text.ts';
import { TranscriptError } from './errors.ts';
import { readFrontMatter } from './frontmatter.ts';
import { detectLabels, type LabelHit } from './labels/index.ts';
import { detectLanguage, LANGUAGE_SAMPLE } from './language.ts';
import { splitLines } from './lines.ts';
import { readPreamble, REMARKS_BY } from './metadata.ts';
import { takeGlossary } from './glossary.ts';
import { withMojibakeRepaired } from './mojibake.ts';
import { withCapsColonSlips } from './caps-colon-slips.ts';
import { withNamePeriodSlips } from './name-period-slips.ts';
import { withOcrMarkSlips } from './ocr-mark-slips.ts';
import { takePortalFurniture } from './portal-furniture.ts';
import { readChinesePreamble } from './zh/preamble.ts';
import { splitInlineAnswers } from './zh/inline-answers.ts';
import { withChineseInlineLabels } from './zh/inline-labels.ts';
import { withReportedAnswers } from './zh/reported-answers.ts';
import { pairLanguages } from './bilingual.ts';
import { splitAtSectionDatelines } from './zh/sections.ts';
import { withClosingDirectionsApart } from './stage-directions.ts';
import { groupParagraphs } from './paragraphs.ts';
import { withColonlessLabels } from './colonless-labels.ts';
import { withDashLabels } from './dash-labels.ts';
import { withHeadingNames } from './heading-names.ts';
import { foldedChinese, ScriptRestorer } from './zh/script.ts';
import { splitInlineLabels, splitRecurringCapsLabels } from './inline-labels.ts';
import { withBoldQuestions } from './bold-questions.ts';
import { withDashDialogue } from './dash-dialogue.ts';
import { withQuotedAnswers } from './quoted-answers.ts';
import { withChatHandles } from './chat-handles.ts';
import { withSignedLines } from './signatures.ts';
import { withBracketedAsides, withBracketedNamedTurns } from './bracketed-asides.ts';
import { withInterleavedCopiesRead } from './interleaved-copies.ts';
import { withNumberedHeadingsSet } from './numbered-headings.ts';
import { withNumberedQuestionMarks } from './numbered-question-marks.ts';
import { withDottedRulesOff, withSideMarksOff } from './side-marks.ts';
import { withCommaJoinsSplit } from './comma-joined.ts';
import { withNamesOverRoles } from './names-over-roles.ts';
import { withStandaloneLabels } from './standalone-labels.ts';
import { UNPRINTED_ANSWER, withRunOnAnswers, withUnlabelledAnswers } from './unlabelled-answers.ts';
import { UNPRINTED_QUESTION, withUnlabelledQuestions } from './unlabelled-questions.ts';
import { withIntroducedAskers } from './introduced-askers.ts';
import { withClosingThanks } from './closing-thanks.ts';
import { withColumnFirmsJoined } from './column-firms.ts';
import { withoutRepeatedCopy } from './repeated-copy.ts';
import { turnsByAddress } from './addressed.ts';
import { withAddressedQuestions } from './addressed-questions.ts';
import { withOpenedFloor } from './opened-floor.ts';
import { withPostedLabels } from './posted-labels.ts';
import { withKeyedMarks } from './keyed-marks.ts';
import { withRunTogetherNewsItem } from './zh/run-together.ts';
import { segment, type DraftTurn } from './segment.ts';
import { takeTimestamps } from './timestamps.ts';
import { withClockLinesSplit } from './clock-lines.ts';
import { withDiarizationLabels } from './diarization-labels.ts';
import { withColonsBelowNamesJoined, withWrappedLabelsJoined } from './wrapped-labels.ts';
import { withLineNumbersOff } from './line-numbers.ts';
import { withHighlightsOff } from './highlights.ts';
import { withEchoedBoldTurnsOnce } from './echoed-bold-turns.ts';
import { withRoleTagsOff } from './role-tags.ts';
import { withQuestionHeadingsUnset } from './question-headings.ts';
import { withSaidHeadings } from './said-headings.ts';
import { withoutSummaryPoints } from './summary-points.ts';
import { withoutCapitalHeadlines } from './capital-headlines.ts';
import type { CleanupChange, ImportOptions, SourceLine } from './types.ts';
import type { TurnDecision } from './assemble.ts';
import { recogniseProfile, type Profile } from './profiles/profile.ts';
import { mapped } from './arrays.ts';
import { withoutCommonIndent } from './common-indent.ts';
import { identityType } from './identity.ts';
import { withChineseLabelColons } from './zh/ascii-colons.ts';

export { TranscriptError, type TranscriptErrorCode } from './errors.ts';
export { formatDecisions, formatReport } from './report.ts';
export { readProfile, shippedProfiles, type Profile } from './profiles/profile.ts';
export type { TurnDecision } from './assemble.ts';
export type { CleanupChange, CleanupRule, ImportOptions } from './types.ts';

export interface ImportResult {
  /** The publisher profile that refined the inference ("earnings-call", or the user's), or null. */
  profile: string | null;
  /** What decided each turn's kind, speaker and outlet, in turn order. */
  decisions: TurnDecision[];
  record: ConferenceRecord;
  /** Every cleanup change, in input order; empty with `clean: false`. */
  report: CleanupChange[];
  /** The label convention and where the metadata came from, e.g. "colon-labels + title-block + dateline". */
  format: string;
}

/**
 * Labels printed in other clothes, rewritten line by line before paragraphs are read, in this order:
 * a stenographer's margin numbers off, a data set's role tags ("[Analyst] ") off, a reader's highlight marks off, a site's turns whose bold first paragraph is printed twice written once, questions set as headings unset, Chinese labels' ASCII colons made full-width, a speech recogniser's "SPEAKER_00" labels, a label a PDF wrapped over two lines, a recorder's time lines split, a talk's bracketed audience
 * lines, a note's end-of-answer signatures, chat handles, Chinese labels inside one long line, a
 * Chinese release's inline answers and reported answers. Each returns the lines as they were when
 * the document does not print its labels its way.
 */
const LINE_REWRITES: ReadonlyArray<(lines: SourceLine[]) => SourceLine[]> = [
  withLineNumbersOff,
  withSideMarksOff,
  withDottedRulesOff,
  withRoleTagsOff,
  withHighlightsOff,
  withEchoedBoldTurnsOnce,
  withSaidHeadings,
  withQuestionHeadingsUnset,
  withChineseLabelColons,
  withNumberedQuestionMarks,
  withNumberedHeadingsSet,
  withCapsColonSlips,
  withNamePeriodSlips,
  withOcrMarkSlips,
  withDiarizationLabels,
  withWrappedLabelsJoined,
  withColonsBelowNamesJoined,
  withDashLabels,
  withClockLinesSplit,
  withBracketedAsides,
  withBracketedNamedTurns,
  withSignedLines,
  withChatHandles,
  withPostedLabels,
  withKeyedMarks,
  withRunTogetherNewsItem,
  withChineseInlineLabels,
  splitInlineAnswers,
  withReportedAnswers,
];

export function importTranscript(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const printed = withoutRepeatedCopy(
    withColumnFirmsJoined(
      withCommaJoinsSplit(pageText(withoutCommonIndent(withMojibakeRepaired(withoutCoveringLetter(withPlainSpaceAfterColons(decodeTranscript(input).text)))))),
    ),
  );
  // Chinese is read in Simplified characters and full-width colons, whichever the document prints
  // (zh/script.ts); what is found is printed in the document's own.
  const text = foldedChinese(printed);
  const result = importText(text, options);
  return text === printed ? result : new ScriptRestorer(printed, text).restoreAll(result);
}

/**
 * "[Analyst] Joe Moore, Morgan Stanley:\u00a0Great, thanks": a web page's no-break space after a colon as a
 * plain one, so that a label is read however the page spaced it (a page read as HTML has plain ones throughout).
 */
function withPlainSpaceAfterColons(text: string): string {
  return text.includes(':\u00a0') ? text.replace(/:\u00a0/g, ': ') : text;
}

function importText(text: string, options: ImportOptions): ImportResult {
  const clean = options.clean ?? true;
  const profile = options.profile === undefined ? recogniseProfile(text) : options.profile;
  const report: CleanupChange[] = [];
  const { frontMatter, rest } = readFrontMatter(withoutFurniture(withInterleavedCopiesRead(splitLines(text)), profile, report));
  const portal = takePortalFurniture(rest, report);
  const timed = takeTimestamps(LINE_REWRITES.reduce((lines, rewrite) => rewrite(lines), takeGlossary(portal.lines, report)));
  const lines = clean ? removeRunningHeads(timed, report, text) : timed;
  let paragraphs = groupParagraphs(lines);
  // A speaker's name printed as a heading again and again, over the words: their label (heading-names.ts).
  paragraphs = withHeadingNames(paragraphs) ?? paragraphs;
  if (paragraphs.length === 0) throw new TranscriptError('empty', 'the transcript has front matter but no text');

  let detection = options.asStatement ? null : detectLabels(paragraphs);
  // (With no label at a line's start, capitals labels that recur inside long lines: splitRecurringCapsLabels.)
  const unglued = detection ? splitInlineLabels(paragraphs, detection) : options.asStatement ? null : splitRecurringCapsLabels(paragraphs);
  if (unglued) {
    paragraphs = unglued;
    detection = detectLabels(paragraphs);
  }
  const colonless = detection ? withColonlessLabels(paragraphs, detection) : null;
  if (colonless) {
    paragraphs = colonless;
    detection = detectLabels(paragraphs);
  }
  // Labels alone on their line, the words below them: rewritten as colon labels and read again.
  // Tried where labels are scarce (a convention reading a label in most paragraphs, or a dozen, has
  // found the document's), or where those a convention found stand alone, words below them.
  const scarce =
    !detection ||
    standingAlone(detection.hits) * 2 >= detection.hits.length ||
    // Only the operator labelled ("Operator: Our first question comes from …"), the speakers' names alone over their words.
    oneLabelOnly(detection.hits) ||
    (detection.hits.length * 4 < paragraphs.length && detection.hits.length < PLENTY_OF_LABELS);
  const standalone = options.asStatement || !scarce ? null : (withNamesOverRoles(paragraphs) ?? withStandaloneLabels(paragraphs, detection?.hits.length ?? 0));
  if (standalone) {
    paragraphs = standalone;
    detection = detectLabels(paragraphs);
  }
  // A statement that opens the floor, then plain paragraphs of questions and answers (opened-floor.ts).
  const opened = options.asStatement ? null : withOpenedFloor(paragraphs, detection);
  if (opened) {
    paragraphs = opened;
    detection = detectLabels(paragraphs);
  }
  // With no labels, a transcript whose reporters address the one they question is read by that
  // structure (addressed.ts); a page whose byline names its speaker (a speech, an introductory
  // statement) is that speaker's statement; any other unlabelled text is refused, as before.
  // With no labels at all, questions set in bold over plain answers (a magazine's interview).
  // Or a dialogue whose turns open with a dash, nobody named; or a report's plain questions over quoted answers.
  const boldQuestions =
    options.asStatement || detection ? null : (withBoldQuestions(paragraphs) ?? withDashDialogue(paragraphs) ?? withQuotedAnswers(paragraphs));
  if (boldQuestions) {
    paragraphs = boldQuestions;
    detection = detectLabels(paragraphs);
  }
  if (!options.asStatement && !detection) detection = turnsByAddress(paragraphs);
  // An article's key points over the transcript ("AI 发展速度惊人：…"): the editor's, not speakers (summary-points.ts).
  if (detection) detection = withoutSummaryPoints(detection, paragraphs) ?? detection;
  if (detection) detection = withoutCapitalHeadlines(detection) ?? detection;
  if (!options.asStatement && !detection && !hasByline(paragraphs)) throw noTurns();
  const cleaner = new ParagraphCleaner(lines, clean, report);
  const cleanText = (para: (typeof paragraphs)[number]) => cleaner.text(para);

  const segments = detection ? segment(paragraphs, detection.hits) : { preamble: paragraphs, turns: [], headings: [], closing: [], spliced: [], captions: [] };
  // Bold questions with plain answers under them and no answerer's label: the answers are turns of their own.
  const answered = detection ? withUnlabelledAnswers(segments.turns, lines) : null;
  if (answered) segments.turns = answered;
  // A reporter's question whose answer, printed under no label, runs on in the question's turn.
  const runOn = detection && !answered ? withRunOnAnswers(segments.turns) : null;
  if (runOn) segments.turns = runOn;
  // Questions printed without a label between an official's labelled answers: turns of their own.
  const asked = detection && !answered ? withUnlabelledQuestions(segments) : null;
  if (asked) {
    segments.preamble = asked.preamble;
    segments.turns = asked.turns;
  }
  // A reporter who names themself at the start of a paragraph under an answer: a question of their own.
  const introduced = detection ? withIntroducedAskers(segments.turns) : null;
  if (introduced) segments.turns = introduced;
  // "Mr. President, would you …?" closing an answer, the same official's label next: a question of its own.
  const addressed = detection && !asked ? withAddressedQuestions(segments.turns) : null;
  if (addressed) segments.turns = addressed;
  // "Thank you, Mr. President." under the last answer, no label: the press's closing turn.
  const thanked = detection ? withClosingThanks(segments.turns) : null;
  if (thanked) segments.turns = thanked;
  for (const line of segments.closing) {
    if (line.text.trim() === '') continue;
    report.push({ rule: 'header-footer', line: line.no, before: line.text.trim(), after: '', reason: 'a closing mark or footer after the last words' });
  }
  for (const line of segments.spliced)
    report.push({ rule: 'header-footer', line: line.no, before: line.text.trim(), after: '', reason: 'a page’s letterhead printed inside a sentence' });
  for (const line of segments.captions)
    report.push({
      rule: 'header-footer',
      line: line.no,
      before: line.text.trim(),
      after: '',
      reason: 'a photograph’s caption among the turns, not anyone’s words',
    });
  for (const heading of segments.headings) {
    report.push({
      rule: 'section-heading',
      line: heading.no,
      before: heading.text.trim(),
      after: '',
      reason: 'a section heading between turns (Markdown, bold or capitals), not anyone’s words',
    });
  }
  const preamble = readPreamble(segments.preamble, cleanText);
  readChinesePreamble(preamble, frontMatter, portal, text);
  const turns: CleanTurn[] = withTwoLineLabels(mapped(segments.turns, (turn) => cleanTurn(turn, cleaner))).filter((turn) => turn.paragraphs.length > 0);
  cleaner.release();
  if (!options.asStatement && !detection && !preamble.sources.includes('byline')) throw noTurns();
  const statement = options.asStatement || !detection ? preamble.narration : null;
  if (statement?.length === 0) throw new TranscriptError('empty', 'nothing is left to keep as a statement once the title is taken');
  if (!statement && turns.length === 0) throw noTurns();

  const language = detectLanguage(openingTexts(preamble.title ?? '', preamble.narration, turns));
  const decisions: TurnDecision[] = [];
  const record = assembleRecord({
    frontMatter,
    preamble,
    turns: pairLanguages(withClosingDirectionsApart(splitAtSectionDatelines(turns)), language),
    language,
    fileName: options.fileName,
    runningHeadDate: runningHeadDate(report),
    statement,
    readByAddress: detection?.convention === 'addressed',
    profile: profile ?? undefined,
    decisions,
  });
  // Read by structure: no label was printed, so none is kept.
  if (detection?.convention === 'addressed') for (const turn of record.turns) turn.label = null;
  if (answered) for (const turn of record.turns) if (turn.label === UNPRINTED_ANSWER) turn.label = null;
  if (asked || thanked) for (const turn of record.turns) if (turn.label === UNPRINTED_QUESTION) turn.label = null;
  const sources = [...(standalone ? ['labels on their own lines'] : []), ...(frontMatter ? ['front-matter'] : []), ...preamble.sources];
  const format = [detection?.convention ?? 'statement', ...sources].join(' + ');
  report.sort((a, b) => a.line - b.line);
  return { record, report, format, profile: profile?.name ?? null, decisions };
}

/**
 * The title, the narration and the turns' paragraphs, in order, up to the 4,000 characters
 * detectLanguage reads (language.ts): not every paragraph of a long document copied into one array.
 */
function openingTexts(title: string, narration: readonly string[], turns: readonly CleanTurn[]): string[] {
  const texts = [title];
  let length = title.length;
  for (const text of narration) {
    if (length >= LANGUAGE_SAMPLE) return texts;
    texts.push(text);
    length += text.length;
  }
  for (const turn of turns)
    for (const text of turn.paragraphs) {
      if (length >= LANGUAGE_SAMPLE) return texts;
      texts.push(text);
      length += text.length;
    }
  return texts;
}

/** Lines the profile describes as furniture (page heads, site navigation), each taken out with a report line. */
function withoutFurniture(printed: SourceLine[], profile: Profile | null, report: CleanupChange[]): SourceLine[] {
  if (!profile || (profile.furniture.length === 0 && profile.footer.length === 0 && !profile.start)) return printed;
  const lines = profile.start ? withoutSiteBeforeStart(printed, profile, report) : printed;
  // The footer opens in the second half of the page, and runs to its end.
  let end = lines.length;
  for (let i = Math.floor(lines.length / 2); i < lines.length && end === lines.length; i++)
    if (profile.footer.some((pattern) => pattern.test(lines[i]!.text))) end = i;
  for (const line of lines.slice(end))
    if (line.text.trim() !== '')
      report.push({ rule: 'header-footer', line: line.no, before: line.text.trim(), after: '', reason: `footer in profile ${profile.name}` });
  return lines.slice(0, end).filter((line) => {
    if (!profile.furniture.some((pattern) => pattern.test(line.text))) return true;
    report.push({ rule: 'header-footer', line: line.no, before: line.text.trim(), after: '', reason: `furniture in profile ${profile.name}` });
    return false;
  });
}

/** The page's first line (its title), then the lines after the profile's start line: the site's lines between them are furniture. */
function withoutSiteBeforeStart(lines: SourceLine[], profile: Profile, report: CleanupChange[]): SourceLine[] {
  const first = lines.findIndex((line) => line.text.trim() !== '');
  const start = lines.findIndex((line, i) => i > first && profile.start!.test(line.text));
  if (first < 0 || start < 0) return lines;
  for (const line of lines.slice(first + 1, start + 1))
    if (line.text.trim() !== '')
      report.push({ rule: 'header-footer', line: line.no, before: line.text.trim(), after: '', reason: `before the transcript in profile ${profile.name}` });
  return [...lines.slice(0, first + 1), ...lines.slice(start + 1)];
}

/** A turn's paragraphs cleaned, the empty ones left out: one object and one array per turn. */
function cleanTurn(turn: DraftTurn, cleaner: ParagraphCleaner): CleanTurn {
  let paragraphs: string[];
  if (turn.paragraphs.length === 1) {
    // One paragraph (most turns): an array of its size. An array's first push reserves room for
    // 17 items, and every turn's array lives to the end of the import.
    const text = cleaner.text(turn.paragraphs[0]!);
    paragraphs = text === '' ? [] : [text];
  } else {
    paragraphs = [];
    for (const paragraph of turn.paragraphs) {
      const text = cleaner.text(paragraph);
      if (text !== '') paragraphs.push(text);
    }
  }
  const clean: CleanTurn = { label: turn.parsed.label, paragraphs, startsAt: turn.startsAt };
  if (turn.afterHeading) clean.afterHeading = true;
  if (turn.parsed.numbered) clean.numbered = true;
  return clean;
}

/**
 * "Franz Adler:" with no words, then "Chief Designer: Do you want me to take that one?": a name
 * and its office printed as two labels. A label that appears only there is the office of the name
 * before it; the words are the named speaker's.
 */
function withTwoLineLabels(turns: CleanTurn[]): CleanTurn[] {
  const uses = new Map<string, number>();
  for (const turn of turns) uses.set(turn.label, (uses.get(turn.label) ?? 0) + 1);
  // In place (the turns are this function's own: cleanTurn made them), from the last, so each
  // turn sees the label printed before it, not one given here.
  for (let i = turns.length - 1; i >= 1; i--) {
    const turn = turns[i]!;
    const before = turns[i - 1]!;
    if (before.paragraphs.length > 0 || uses.get(turn.label) !== 1 || ANONYMOUS_LABEL.test(turn.label)) continue;
    // "### 問：" over "天下雜誌記者黃亦筠請問：": the reporter's own line says more than the mark over it.
    if (ANONYMOUS_LABEL.test(before.label) && identityType(turn.label) === 'person') continue;
    turns[i] = { ...turn, label: before.label };
  }
  return turns;
}

const PLENTY_OF_LABELS = 12;

/** Every hit the same label: a convention that found one voice has not found the document's. */
function oneLabelOnly(hits: readonly LabelHit[]): boolean {
  const first = hits[0]?.parsed.label;
  return hits.length > 1 && hits.every((hit) => hit.parsed.label === first);
}

/** How many of the labels found have no words after them on their line. */
function standingAlone(hits: readonly LabelHit[]): number {
  let alone = 0;
  for (const hit of hits) if (hit.parsed.body === '') alone++;
  return alone;
}
const ANONYMOUS_LABEL = /^(?:q|a|question|answer|questioner|reporter|journalist|问|答|记者)$/i;

/** A heading after the first, which a byline may be: only then is a label-less text read further. */
function hasByline(paragraphs: ReadonlyArray<readonly SourceLine[]>): boolean {
  let headings = 0;
  for (const paragraph of paragraphs.slice(0, 12)) if (paragraph.length === 1 && /^\s*#{1,6}\s/.test(paragraph[0]!.text) && ++headings === 2) return true;
  // "#### Remarks by Ms Grace Fu, Minister for …": a speech's own heading names who gives it.
  return paragraphs.slice(0, 3).some((p) => p.length <= 2 && REMARKS_BY.test(p[0]!.text));
}

function noTurns(): TranscriptError {
  return new TranscriptError(
    'no_turns',
    'no speaker labels were recognised (such as "Name: text", "MS. SMITH:", "Q", "CHAIR POWELL." or "记者："); use --as-statement to keep the text as one statement',
  );
}
