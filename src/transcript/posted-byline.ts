// A byline that names the speakers with their posts, perhaps the place and the day after them, on
// the document's first line: "Mario Draghi, President of the ECB,Vítor Constâncio, Vice-President
// of the ECB,Brdo pri Kranju, 4 October 2012". Who is to speak, not the title.
import { findDate } from './dates.ts';

const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|di|du|von|van|der|den|la|le|del|dos)){1,3}$/u;
const POST =
  /\b(?:President|Vice-President|Governor|Deputy Governor|Chair(?:man|woman|person)?|Minister|Secretary|Director|Chief|Head|Commissioner|Spokes(?:person|man|woman)|Member|Executive|Officer|Mayor|Premier|Chancellor)\b/;

export interface PostedByline {
  names: string[];
  place: string | null;
  date: string | null;
}

/** The names, place and day a byline of posted names gives, or null when the line is no such byline. */
export function postedByline(line: string): PostedByline | null {
  if (line.length > 300 || line.indexOf(',') < 0) return null;
  const parts = line.split(/\s*,\s*/).map((part) => part.trim());
  const names: string[] = [];
  let i = 0;
  while (i + 1 < parts.length && NAME.test(parts[i]!) && POST.test(parts[i + 1]!) && !NAME_ONLY.test(parts[i + 1]!)) {
    names.push(parts[i]!);
    i += 2;
  }
  const rest = parts.slice(i).join(', ');
  const date = rest === '' ? null : (findDate(rest)?.iso ?? null);
  // Two posted names, or one with the day: a lone "Ana Reyes, Minister of Harbours" may be a title.
  if (names.length === 0 || (names.length === 1 && !date)) return null;
  if (rest !== '' && !date) return null;
  const place = parts.length > i + 1 ? parts[i]! : null;
  return { names, place: place && !/\d/.test(place) ? place : null, date };
}

// A post is words of an office, not a second name ("Ana Reyes, Tomas Berg").
const NAME_ONLY = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;
