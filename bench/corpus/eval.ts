// Scores presser's importer on the real-transcript corpus: every document in the manifest is read
// from DIR, imported in-process with the same function `presser convert` uses, and compared with
// the facts a human reader established (bench/corpus/facts/<id>.json). Prints a table per document
// and totals per publisher, shape and language; exits 0 whatever the score.
//
//   npm run eval:corpus -- DIR [--src OTHER/src] [--failures FILE] [--markdown] [--only ID,ID] [--facts FACTS_DIR]
//
// --src scores the importer of another checkout (e.g. a branch's worktree) against the same facts;
// --failures writes every wrong fact per document as Markdown; --markdown prints the tables as Markdown;
// --facts reads the facts from another folder (variants.ts --write keeps there the facts of a copy that rewrites names).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ConferenceRecord } from '../../src/domain/record.ts';
import { Facts, Manifest } from './schema.ts';
import { percent, scoreRecord, tally, totalsBy, type DocumentScore } from './score.ts';

type Importer = (input: Uint8Array, options: { fileName?: string }) => { record: ConferenceRecord };

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    src: { type: 'string' },
    failures: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    only: { type: 'string' },
    facts: { type: 'string' },
  },
});
const dir = positionals[0];
if (!dir || !existsSync(dir)) {
  console.error(
    'usage: npm run eval:corpus -- DIR [--src OTHER/src] [--failures FILE] [--markdown] [--only ID,ID] [--facts FACTS_DIR]  (DIR: the folder of corpus texts)',
  );
  process.exit(2);
}

const srcRoot = values.src ? resolve(values.src) : resolve(here, '../../src');
const { importTranscript } = (await import(pathToFileURL(join(srcRoot, 'transcript/import.ts')).href)) as { importTranscript: Importer };
const manifest = Manifest.parse(JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8')));
const only = values.only ? new Set(values.only.split(',')) : null;

const scores: DocumentScore[] = [];
/** Who the record says spoke, for the failures file: "Name (role) ×turns". */
const seen = new Map<string, string>();
function castOf(record: ConferenceRecord): string {
  const counts = new Map<string, number>();
  for (const turn of record.turns) {
    const who = turn.speaker ? `${turn.speaker.name} (${turn.speaker.role})` : turn.outlet ? `[${turn.outlet.name}]` : `[${turn.label ?? 'no label'}]`;
    const key = `${who} ${turn.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ×${n}`).join('; ');
}
const missing: string[] = [];
for (const entry of manifest.documents) {
  if (only && !only.has(entry.id)) continue;
  const factsFile = join(values.facts ?? join(here, 'facts'), `${entry.id}.json`);
  const textFile = join(dir, entry.file);
  if (!existsSync(factsFile) || !existsSync(textFile)) {
    missing.push(`${entry.id}: ${existsSync(factsFile) ? `no ${textFile}` : 'no facts yet'}`);
    continue;
  }
  const facts = Facts.parse(JSON.parse(readFileSync(factsFile, 'utf8')));
  let record: ConferenceRecord | null = null;
  let failure = 'import failed';
  try {
    record = importTranscript(readFileSync(textFile), { fileName: entry.file }).record;
  } catch (error) {
    failure = `import failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  scores.push({ id: entry.id, publisher: entry.publisher, shape: entry.shape, language: entry.language, checks: scoreRecord(record, facts, failure) });
  seen.set(entry.id, record ? castOf(record) : failure);
}

const md = values.markdown;
function table(head: string[], rows: string[][]): string {
  if (md) return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const docRows = scores.map((s) => {
  const t = tally(s.checks);
  return [s.id, s.publisher, s.shape, s.language, `${t.right}/${t.total}`, percent(t)];
});
console.log(table(['document', 'publisher', 'shape', 'lang', 'facts right', '%'], docRows));
for (const key of ['publisher', 'shape', 'language'] as const) {
  console.log('');
  const rows = [...totalsBy(scores, key)].map(([group, t]) => [group, String(t.documents), `${t.right}/${t.total}`, percent(t)]);
  console.log(table([key, 'documents', 'facts right', '%'], rows));
}
const all = tally(scores.flatMap((s) => s.checks));
console.log(`\noverall: ${all.right}/${all.total} facts right (${percent(all)}) on ${scores.length} documents, importer from ${srcRoot}`);
if (missing.length > 0) console.log(`not scored: ${missing.join('; ')}`);

if (values.failures) {
  const parts = [
    `# What the importer gets wrong, per document\n\nGenerated by \`npm run eval:corpus -- ${dir} --failures ${values.failures}\` with the importer from ${srcRoot}; overall ${all.right}/${all.total} (${percent(all)}).\n`,
  ];
  for (const s of scores) {
    const wrong = s.checks.filter((c) => !c.ok);
    const t = tally(s.checks);
    parts.push(`## ${s.id} (${s.publisher}, ${s.shape}, ${s.language}): ${t.right}/${t.total}\n`);
    parts.push(wrong.length === 0 ? 'all facts right\n' : `${wrong.map((c) => `- ${c.fact}: expected ${c.expected}, got ${c.actual}`).join('\n')}\n`);
    parts.push(`Record: ${seen.get(s.id) ?? ''}\n`);
  }
  writeFileSync(values.failures, parts.join('\n'));
}
