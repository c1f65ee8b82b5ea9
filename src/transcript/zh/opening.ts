// The unlabelled opening of a Chinese transcript, split where the telling of the event ends and
// the spokesperson's announcements begin: "中新网7月6日电 外交部发言人华春莹6日主持例行记者会…"
// and "以下是答问实录：" tell of the event; "一、应…邀请，…将于…访华。" that follows is what the
// spokesperson announced before the first question, their statement.

// Telling of the event rather than saying something at it.
const TELLS_OF_EVENT =
  /记者会|发布会|吹风会|答记者问|答问|回答了?记者的?提问|实录|会见传媒|会见记者|接受.{0,12}(?:采访|访问|专访|访谈)|如下[：:]$|以下(?:是|为)|^(?:这)是[^。]{0,60}(?:的)?(?:演说|讲话|谈话|报告|题词|讲演|发言|答问)。?$/u;
// ("这是毛泽东在…大会上的演说。": an editor's note on what the piece is, told of it.)
// An editor's preface or note ("前言：王教授邀得……", "編者按：…"): told of the piece, whatever it says.
// Or in black brackets, perhaps spaced out: "【导  读】华为有两个决策体系……", "【编者按】".
const EDITORS_WORD =
  /^(?:>\s*)?(?:(?:前言|引言|序言|编者按|編者按|记者按|編按|编按|按语|按語|导语|導語|背景)\s*[：:]|【\s*(?:导\s*读|導\s*讀|编\s*者\s*按|編\s*者\s*按|导\s*语|導\s*語|摘\s*要|内容提要|前\s*言)\s*】)/u;
// A dateline: a news agency's "…电" or a date (with or without the year) at the very start.
// (Or a page's stamp: "2024-08-30T10:56:27.662Z".)
const DATELINE = /^(?:\S{0,12}?\d{1,2}月\d{1,2}日电|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\s)/u;
// "他表示，目前……": the lead reporting what the principal said, in the third person.
const REPORTED_SPEECH = /^(?:他|她|\p{Script=Han}{2,4})(?:还|也|并)?(?:表示|认为|指出|强调|介绍|透露|坦言)[，,：:]/u;
// A sentence ends where Chinese or Latin punctuation closes it, perhaps inside a quotation.
const ENDS_SENTENCE = /[。！？!?.…][”」』"）)]?$/u;
const CJK = /\p{Script=Han}/u;
const ITALIC_NOTE = /^\*(?!\*)[^*][\s\S]*[^*]\*$/u;
const PIECE_NOTE = /^本文(?:来自|來自|为|為|系|根据|根據|整理|首发|首發|原载|原載|经|經)/u;

/**
 * How many of the opening paragraphs tell of the event (narration); the rest, when there are any,
 * are announcements of the principal. Null when the opening is not Chinese prose.
 */
export function chineseNarrationLength(paragraphs: readonly string[]): number | null {
  if (paragraphs.length === 0 || !paragraphs.every((p) => CJK.test(p))) return null;
  let told = 0;
  paragraphs.forEach((p, i) => {
    const text = p
      .trim()
      .replace(/^\*+|\*+$/g, '')
      .trim();
    // "*本文来自于我和 Albert 的一段对话…*": a paragraph set in italics, or one that says what the piece is, is the editor's.
    if (ITALIC_NOTE.test(p.trim()) || PIECE_NOTE.test(text)) told = i + 1;
    else if (TELLS_OF_EVENT.test(text) || EDITORS_WORD.test(text) || DATELINE.test(text) || REPORTED_SPEECH.test(text) || !ENDS_SENTENCE.test(text))
      told = i + 1;
  });
  return told;
}
