// A Chinese label that is a surname and an office ("秦大使") or the last part of a name written
// out in characters ("布伦南"): the full name the title or lead prints ("秦刚大使", "玛格丽特·布伦南").
import { CHINESE_OFFICE } from './labels.ts';

const SURNAME_THEN_OFFICE = new RegExp(`^(\\p{Script=Han}{1,2}?)(${CHINESE_OFFICE.source}|先生|女士|博士|教授|将军)$`, 'u');
const TRANSLITERATED = /^\p{Script=Han}{2,5}$/u;
const BEFORE_GIVEN_NAME = new RegExp(`^.*(?:${CHINESE_OFFICE.source}|记者|顾问|作家|学者|专家|人|的|了|和|与|及|向|对|是|在|由|被|将)`, 'u');
// A given name written out in characters is short ("大卫", "玛格丽特"): a longer run holds words before it.
const MAX_GIVEN_PART = 4;

/** The full name for the label, found in the sources, or null. */
export function chineseFullName(label: string, sources: string): string | null {
  const printed = label.trim();
  const titled = SURNAME_THEN_OFFICE.exec(printed);
  if (titled) {
    const [, surname, office] = titled as unknown as [string, string, string];
    // "秦刚大使": the surname, one or two characters of given name, the same office.
    const found = new RegExp(`${surname}(\\p{Script=Han}{1,2}?)${office}`, 'u').exec(sources);
    return found && !CHINESE_OFFICE.test(found[1]!) ? surname + found[1]! : null;
  }
  // "贝问": a surname alone, named in full where the title presents them ("和英国记者贝特兰的谈话").
  if (/^\p{Script=Han}$/u.test(printed)) {
    const presented = new RegExp(
      `(?:记者|主持人|教授|博士|作家|总统|总理|主席|大使)${printed}(\\p{Script=Han}{1,3}?)(?=的|先生|女士|[，。、：:\\s]|$)`,
      'u',
    ).exec(sources);
    return presented ? printed + presented[1]! : null;
  }
  if (!TRANSLITERATED.test(printed) || CHINESE_OFFICE.test(printed)) return null;
  // "玛格丽特·布伦南": given names joined by "·" before the label's name.
  const at = sources.indexOf(`·${printed}`);
  if (at < 0) return givenNameFirst(printed, sources);
  let start = at;
  while (start > 0 && /[\p{Script=Han}·]/u.test(sources.charAt(start - 1)) && at - start < 12) start--;
  // "…节目主持人玛格丽特": the given names start after the office or the last particle before them.
  const given = sources.slice(start, at).replace(BEFORE_GIVEN_NAME, '');
  const firstPart = given.split('·')[0]!;
  return firstPart.length >= 1 && firstPart.length <= MAX_GIVEN_PART && given.length <= 10 ? `${given}·${printed}` : null;
}

/**
 * "埃隆" under a title with "埃隆·马斯克": the label is the given name that opens a name written out in
 * characters. Where the name runs into the words after it ("安娜·科瓦奇谈港口"), its end is where the
 * family name stands alone elsewhere ("科瓦奇认为…"), the longest such.
 */
function givenNameFirst(printed: string, sources: string): string | null {
  // Most labels are no given name before a "·": settled by one search, no pattern built.
  if (printed.length > MAX_GIVEN_PART || !sources.includes(`${printed}·`)) return null;
  const found = new RegExp(`(?<![\\p{Script=Han}·])${printed}·(\\p{Script=Han}{1,5})(\\P{Script=Han}|$)?`, 'u').exec(sources);
  if (!found) return null;
  const run = found[1]!;
  if (found[2] !== undefined && run.length <= MAX_FAMILY_PART) return `${printed}·${run}`;
  for (let length = Math.min(run.length, MAX_FAMILY_PART); length >= 2; length--) {
    const family = run.slice(0, length);
    if (sources.replaceAll(`·${family}`, '').includes(family)) return `${printed}·${family}`;
  }
  return null;
}

const MAX_FAMILY_PART = 4;
