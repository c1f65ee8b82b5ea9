import { paragraphs, type ConferenceRecord, type Turn } from '../../domain/record.ts';
import { describeConference } from './describe.ts';

/** Plain text: title, the facts line, then each turn reflowed as `Label: text`, labels as printed. */
export function toText(record: ConferenceRecord, lang?: string): string {
  const out = [record.conference.title, ...describeConference(record.conference), ''];
  for (const turn of record.turns) out.push(turnText(turn, lang ?? record.conference.languages[0]), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function turnText(turn: Turn, lang: string | undefined): string {
  const text = (lang && turn.text[lang]) || Object.values(turn.text)[0] || '';
  const paras = paragraphs(text);
  const label = turn.label ?? turn.speaker?.name ?? turn.outlet?.name ?? null;
  if (label && paras.length > 0) paras[0] = `${label}${labelSeparator(label)}${paras[0]}`;
  return paras.join('\n\n');
}

/** Chinese labels take the full-width colon they were printed with; "Q" takes its spaces. */
function labelSeparator(label: string): string {
  if (/[\u3400-\u9fff]$/.test(label)) return '：';
  if (label === 'Q') return '    ';
  return ': ';
}
