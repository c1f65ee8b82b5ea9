// Which registered outlet a name means, and which ones it only resembles: the registry is matched
// through names and aliases, ignoring case, punctuation and kind words ("Xinhua News Agency" is
// Xinhua); a name that only resembles one ("Fjord Posten", "Reuter") is a near-duplicate the press
// office decides about, never one merged or created silently.
import { distance } from 'fastest-levenshtein';
import { nameKey, outletKey } from './record.ts';

export interface NamedOutlet {
  name: string;
  aliases: readonly string[];
}

export function outletNames(outlet: NamedOutlet): string[] {
  return [outlet.name, ...outlet.aliases];
}

/** The outlet a name means: its name, then an alias, each ignoring case and punctuation, then the same ignoring kind words. */
export function findOutlet<T extends NamedOutlet>(name: string, registry: readonly T[]): T | null {
  const key = nameKey(name);
  const loose = outletKey(name);
  return (
    registry.find((o) => nameKey(o.name) === key) ??
    registry.find((o) => o.aliases.some((a) => nameKey(a) === key)) ??
    registry.find((o) => outletNames(o).some((n) => outletKey(n) === loose)) ??
    null
  );
}

const HAN = /\p{Script=Han}/u;

const digitsOf = (key: string) => key.match(/\p{N}+/gu)?.join(' ') ?? '';

/** Whether two outlet keys are close: a typo apart, or one the other's words plus more ("Phoenix" and "Phoenix Satellite"). */
function resembles(a: string, b: string): boolean {
  if (a === b) return true;
  // Numbers name different outlets ("Channel 4", "Channel 5"), never a typo.
  if (digitsOf(a) !== digitsOf(b)) return false;
  const longest = Math.max(a.length, b.length);
  // Chinese names are short and dense: one character in three, at most.
  const allowed = HAN.test(a + b) ? Math.floor(longest / 3) : longest >= 5 ? Math.floor(longest / 5) : 0;
  if (allowed > 0 && distance(a, b) <= allowed) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A short common word ("post", "news") is in too many names to say anything.
  if (short.length < (HAN.test(short) ? 2 : 5)) return false;
  if (HAN.test(short)) return long.includes(short);
  const words = new Set(long.split(' '));
  return short.split(' ').every((w) => words.has(w));
}

/** Registered outlets a name resembles without naming one of them, closest first: the candidates to ask about. */
export function nearOutlets<T extends NamedOutlet>(name: string, registry: readonly T[], limit = 5): T[] {
  if (findOutlet(name, registry)) return [];
  const key = outletKey(name);
  const scored = registry.flatMap((o) => {
    const close = outletNames(o)
      .map((n) => outletKey(n))
      .filter((k) => resembles(key, k));
    return close.length ? [{ o, d: Math.min(...close.map((k) => distance(key, k))) }] : [];
  });
  return scored
    .sort((a, b) => a.d - b.d || a.o.name.localeCompare(b.o.name))
    .slice(0, limit)
    .map((s) => s.o);
}

/** Names added to an outlet's aliases: neither its name nor an alias it has already, each once. */
export function withAliases(outlet: NamedOutlet, names: readonly string[]): string[] {
  const seen = new Set(outletNames(outlet).map(nameKey));
  const aliases = [...outlet.aliases];
  for (const name of names) {
    const key = nameKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(name.trim());
  }
  return aliases;
}
