// A group interview told in the lead: "…接受了《人民日报》《光明日报》和《中国新闻周刊》五家媒体的采访". The
// questions are printed under "记者：" alone, so the outlets that asked are named only there.

// Two or more names in book-title marks, joined by nothing, "、", "和" or "及", before the media
// they are and the interview they gave ("…等媒体的采访", "…联合采访").
const GROUP = /((?:《[^《》]{1,20}》\s*(?:、|和|与|及|以及)?\s*){2,})(?:[一二三四五六七八九十\d]+家|等)?(?:媒体|记者)?(?:的)?(?:联合)?(?:采访|专访)/u;
const NAME = /《([^《》]{1,20})》/gu;

/** The outlets a Chinese lead names as giving the interview together, or none. */
export function groupInterviewOutlets(lead: readonly string[]): string[] {
  for (const paragraph of lead) {
    const m = GROUP.exec(paragraph);
    if (m) return [...m[1]!.matchAll(NAME)].map((n) => n[1]!);
  }
  return [];
}
