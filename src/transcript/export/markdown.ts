import { yamlLibrary } from '../lazy-libraries.ts';
import { attribution, paragraphs, type ConferenceRecord, type Turn } from '../../domain/record.ts';

/**
 * Markdown with YAML front matter holding the conference facts, then one block per turn
 * with its label in bold. presser's importer reads this form back.
 */
export function toMarkdown(record: ConferenceRecord): string {
  const c = record.conference;
  const front = Object.fromEntries(
    Object.entries({
      title: c.title,
      date: c.date,
      time: c.time,
      timezone: c.timeZone,
      venue: c.venue,
      occasion: c.occasion,
      host: c.host,
      country: c.hostCountry,
      topic: c.topic,
      languages: c.languages,
    }).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
  const out = ['---', yamlLibrary().stringify(front).trimEnd(), '---', '', `# ${escapeInline(c.title)}`, ''];
  for (const turn of record.turns) out.push(...turnBlocks(turn, c.languages), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function turnBlocks(turn: Turn, languages: string[]): string[] {
  const blocks: string[] = [];
  const langs = languages.filter((l) => turn.text[l]);
  for (const lang of langs.length ? langs : Object.keys(turn.text)) {
    const paras = paragraphs(turn.text[lang] ?? '').map(escapeInline);
    const label = markdownLabel(turn);
    if (label && paras.length > 0) {
      const tag = langs.length > 1 && lang !== langs[0] ? ` [${lang}]` : '';
      paras[0] = `**${escapeInline(label)}${tag}:** ${paras[0]}`;
    }
    blocks.push(paras.join('\n\n'));
  }
  return [blocks.join('\n\n')];
}

/** The label as printed, or "Name, Outlet"; an outlet the printed label leaves out follows it in brackets, so no outlet is lost. */
function markdownLabel(turn: Turn): string | null {
  if (!turn.label) return attribution(turn) || null;
  const outlet = turn.outlet?.name;
  return outlet && !turn.label.includes(outlet) ? `${turn.label} (${outlet})` : turn.label;
}

/** Keeps printed text from turning into Markdown syntax. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(#{1,6}\s|[-+]\s|\d+\.\s|>)/, '\\$1');
}
