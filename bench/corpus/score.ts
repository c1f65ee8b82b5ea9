// Scores one imported record against the facts a human reader established for the same
// document: every fact is one point, right or wrong, with what was expected and what was found.
// Pure: no I/O. The counting rules are in bench/corpus/README.md.
import type { ConferenceRecord, Person, Turn } from '../../src/domain/record.ts';
import type { Facts, OutletFact, SpeakerFact } from './schema.ts';

export interface FactCheck {
  /** What was checked: "date", "turns of Wang Wenbin", "outlet Reuters", … */
  fact: string;
  expected: string;
  actual: string;
  ok: boolean;
}

const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'miss', 'dr', 'madam', 'mx']);

/** A name compared without case, accents, punctuation, spacing or a leading honorific. */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** A title compared without case, spacing, quote or dash style. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A document that prints no title is titled after its file by the counting rules ("cpd-town-hall-debate");
 * a record that shows that name with spaces for its hyphens ("cpd town hall debate") names it the same.
 */
function sameFileStem(expected: string, actual: string): boolean {
  return /^[\w-]+$/.test(expected) && expected.replace(/[-_]+/g, ' ').toLowerCase() === titleKey(actual);
}

function keysOf(name: string, aliases: readonly string[] = []): Set<string> {
  return new Set([name, ...aliases].map(nameKey));
}

function outletKeys(outlet: OutletFact): { name: string; keys: Set<string> } {
  return typeof outlet === 'string' ? { name: outlet, keys: keysOf(outlet) } : { name: outlet.name, keys: keysOf(outlet.name, outlet.aliases) };
}

function isPressTurn(turn: Turn): boolean {
  if (turn.kind === 'question') return true;
  return turn.kind === 'interjection' && turn.speaker?.role !== 'principal' && turn.speaker?.role !== 'moderator';
}

function check(fact: string, expected: unknown, actual: unknown): FactCheck {
  const e = String(expected);
  const a = String(actual);
  return { fact, expected: e, actual: a, ok: e === a };
}

/** Every fact of the document checked against the record (or all wrong when the import failed). */
export function scoreRecord(record: ConferenceRecord | null, facts: Facts, failure = 'import failed'): FactCheck[] {
  const checks: FactCheck[] = [];
  const speakerKeys = new Map<SpeakerFact, Set<string>>(facts.speakers.map((s) => [s, keysOf(s.name, s.aliases)]));
  const keysForPrincipal = (name: string): Set<string> => {
    const listed = facts.speakers.find((s) => nameKey(s.name) === nameKey(name));
    return listed ? speakerKeys.get(listed)! : keysOf(name);
  };

  if (!record) {
    const wrong = (fact: string, expected: unknown) => checks.push({ fact, expected: String(expected), actual: failure, ok: false });
    wrong('title', facts.title);
    wrong('date', facts.date);
    for (const p of facts.principals) wrong(`principal ${p}`, 'principal');
    wrong('no other principal', 'none');
    for (const s of facts.speakers) wrong(`turns of ${s.name}`, s.turns);
    wrong('questions', facts.questions);
    wrong('answers', facts.answers);
    if (facts.statements !== undefined) wrong('statements', facts.statements);
    for (const o of facts.outlets) wrong(`outlet ${outletKeys(o).name}`, 'asked');
    for (const text of facts.absent) wrong(`absent "${text}"`, 'absent');
    return checks;
  }

  const { conference, turns, people } = record;
  const titleOk = [facts.title, ...facts.titleAliases].some((t) => titleKey(t) === titleKey(conference.title) || sameFileStem(t, conference.title));
  checks.push({ fact: 'title', expected: facts.title, actual: conference.title, ok: titleOk });
  checks.push(check('date', facts.date, conference.date));

  const recordPrincipals = people.filter((p) => p.role === 'principal');
  for (const name of facts.principals) {
    const keys = keysForPrincipal(name);
    const found = recordPrincipals.some((p) => keys.has(nameKey(p.name)));
    checks.push({ fact: `principal ${name}`, expected: 'principal', actual: found ? 'principal' : describeRole(people, keys), ok: found });
  }
  const allPrincipalKeys = new Set(facts.principals.flatMap((n) => [...keysForPrincipal(n)]));
  const extra = recordPrincipals.filter((p) => !allPrincipalKeys.has(nameKey(p.name))).map((p) => p.name);
  checks.push({ fact: 'no other principal', expected: 'none', actual: extra.length === 0 ? 'none' : extra.join(', '), ok: extra.length === 0 });

  const matches = (person: Person | null, keys: Set<string>) => person !== null && keys.has(nameKey(person.name));
  for (const speaker of facts.speakers) {
    const keys = speakerKeys.get(speaker)!;
    checks.push(check(`turns of ${speaker.name}`, speaker.turns, turns.filter((t) => matches(t.speaker, keys)).length));
  }

  const firstPress = turns.findIndex(isPressTurn);
  const principalTurns = turns.map((t, i) => ({ t, i })).filter(({ t }) => t.speaker?.role === 'principal');
  checks.push(check('questions', facts.questions, turns.filter(isPressTurn).length));
  checks.push(check('answers', facts.answers, firstPress < 0 ? 0 : principalTurns.filter(({ i }) => i > firstPress).length));
  if (facts.statements !== undefined) {
    checks.push(check('statements', facts.statements, principalTurns.filter(({ i }) => firstPress < 0 || i < firstPress).length));
  }

  for (const outlet of facts.outlets) {
    const { name, keys } = outletKeys(outlet);
    const found = record.outlets.some((o) => [o.name, ...o.aliases].some((n) => keys.has(nameKey(n))));
    checks.push({ fact: `outlet ${name}`, expected: 'asked', actual: found ? 'asked' : 'not found', ok: found });
  }

  // Narration may carry furniture like a closing time; speech may not.
  const spoken = turns.map((t) => (t.kind === 'narration' ? '' : Object.values(t.text).join('\n').replace(/\s+/g, ' ')));
  for (const text of facts.absent) {
    const needle = text.replace(/\s+/g, ' ');
    // Whole words at a Latin letter's edge: the page's "Prev" link is not the "Prev" of "Prevezon" in speech.
    const edges = new RegExp(
      `${/^[A-Za-z]/.test(needle) ? '(?<![A-Za-z])' : ''}${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${/[A-Za-z]$/.test(needle) ? '(?![A-Za-z])' : ''}`,
    );
    const at = spoken.findIndex((s) => s.includes(needle) && edges.test(s));
    checks.push({ fact: `absent "${text}"`, expected: 'absent', actual: at < 0 ? 'absent' : `in turn ${turns[at]!.seq}`, ok: at < 0 });
  }
  return checks;
}

function describeRole(people: Person[], keys: Set<string>): string {
  const person = people.find((p) => keys.has(nameKey(p.name)));
  return person ? person.role : 'not found';
}

export interface DocumentScore {
  id: string;
  publisher: string;
  shape: string;
  language: string;
  checks: FactCheck[];
}

export interface Tally {
  right: number;
  total: number;
}

export function tally(checks: readonly FactCheck[]): Tally {
  return { right: checks.filter((c) => c.ok).length, total: checks.length };
}

/** Facts right per group (publisher, shape, language), in the order the groups first appear. */
export function totalsBy(scores: readonly DocumentScore[], key: 'publisher' | 'shape' | 'language'): Map<string, Tally & { documents: number }> {
  const totals = new Map<string, Tally & { documents: number }>();
  for (const score of scores) {
    const t = tally(score.checks);
    const group = totals.get(score[key]) ?? { right: 0, total: 0, documents: 0 };
    totals.set(score[key], { right: group.right + t.right, total: group.total + t.total, documents: group.documents + 1 });
  }
  return totals;
}

export function percent({ right, total }: Tally): string {
  return total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`;
}
