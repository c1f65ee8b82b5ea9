import { attribution, paragraphs, type ConferenceRecord, type Turn } from '../../domain/record.ts';
import { describeConference } from './describe.ts';

/**
 * Plain text: title, the facts line, then each turn reflowed as `Label: text`, labels as printed
 * (or the speaker and outlet). Every language of a turn is given, the first one labelled, each
 * further one after it marked with its tag ("[zh] …"); `lang` narrows it to one language.
 */
export function toText(record: ConferenceRecord, lang?: string): string {
  const out = [record.conference.title, ...describeConference(record.conference), ''];
  const languages = lang ? [lang] : record.conference.languages;
  for (const turn of record.turns) out.push(turnText(turn, languages), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function turnText(turn: Turn, languages: readonly string[]): string {
  const present = languages.filter((l) => turn.text[l]?.trim());
  const langs = present.length > 0 ? present : Object.keys(turn.text).slice(0, 1);
  const label = turn.label ?? (attribution(turn) || null);
  const blocks = langs.map((lang, i) => {
    const paras = paragraphs(turn.text[lang] ?? '');
    if (paras.length === 0) return '';
    if (i === 0 && label) paras[0] = `${label}${labelSeparator(label)}${paras[0]}`;
    else if (i > 0) paras[0] = `[${lang}] ${paras[0]}`;
    return paras.join('\n\n');
  });
  return blocks.filter(Boolean).join('\n\n');
}

/** Chinese labels take the full-width colon they were printed with; "Q" takes its spaces. */
function labelSeparator(label: string): string {
  if (/[\u3400-\u9fff]$/.test(label)) return '：';
  if (label === 'Q') return '    ';
  return ': ';
}
