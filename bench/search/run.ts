// The search benchmark: presser (SQLite FTS5), MiniSearch and FlexSearch over the same generated
// corpus and the same queries, one engine per child process so each starts with a clean heap.
//   node --import tsx bench/search/run.ts [--turns 1000000] [--db PATH [--reuse]] [--engines presser,minisearch,flexsearch] [--write]
// --write replaces the "## Search" section of docs/benchmarks.md with the figures; --reuse searches
// the file at --db left by an earlier run instead of building it again (no build figures).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchQueries, QUERIES_PER_CLASS, QUERY_CLASSES } from './queries.ts';
import { median, percentile } from './stats.ts';

const { values } = parseArgs({
  options: {
    turns: { type: 'string', default: '1000000' },
    db: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    engines: { type: 'string', default: 'presser,minisearch,flexsearch' },
  },
});
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'presser-bench-'));
const queriesPath = join(work, 'queries.json');
writeFileSync(queriesPath, JSON.stringify(benchQueries()));
const dbPath = values.db ?? join(work, 'search.db');

interface Timings {
  times: Record<string, number[]>;
  cpu: Record<string, number[]>;
}

interface EngineResult extends Timings {
  engine: string;
  buildMs: number;
  indexMs?: number;
  loadMs?: number;
  loadCpuMs?: number;
  memoryUse?: { table: number; postings: number };
  cold?: Timings;
  viaSql?: Timings;
  writing?: Timings;
  top20?: { queries: number; sameOrder: number; sameTotalsAndFacets: number; overlap: number; hits: number };
  storeMs?: number;
  insertPerTurnMs?: number;
  deletePerTurnMs?: number;
  turnsBytes?: number;
  sizes?: Record<string, number>;
  heapMB: number;
  rssMB: number;
  totals: Record<string, number[]>;
}

function runEngine(engine: string): EngineResult {
  const script = engine === 'presser' ? 'engine-presser.ts' : 'engine-js.ts';
  const args = engine === 'presser' ? [values.turns!, queriesPath, dbPath, ...(values.reuse ? ['reuse'] : [])] : [engine, values.turns!, queriesPath];
  process.stderr.write(`search bench: ${engine} over ${values.turns} turns…\n`);
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', join(root, 'bench/search', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${engine} failed with status ${child.status}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as EngineResult;
  return { ...result, buildMs: result.indexMs ?? result.buildMs };
}

const results = values.engines!.split(',').map(runEngine);
rmSync(work, { recursive: true, force: true });

const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${Math.round(bytes / 1e6)} MB`);
const s = (ms: number | null | undefined) => (ms == null || Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const name = (engine: string) =>
  ({ presser: 'presser (SQLite FTS5 + in-memory table)', minisearch: 'MiniSearch 7', flexsearch: 'FlexSearch 0.8' })[engine] ?? engine;
const p50p99 = (samples: number[] | undefined) => `${f(percentile(samples ?? [], 50))} / ${f(percentile(samples ?? [], 99))}`;
const presser = results.find((r) => r.engine === 'presser');

/** The columns of the latency tables: every engine, and presser's SQL path (the search before the in-memory table). */
const columns: { title: string; timings: Timings; matches?: Record<string, number[]> }[] = results.flatMap((r) => {
  const own = { title: name(r.engine), timings: r as Timings, matches: r.totals };
  return r.engine === 'presser' && r.viaSql ? [own, { title: 'presser, SQL path (before)', timings: r.viaSql }] : [own];
});

const lines: string[] = [];
lines.push(
  `${Number(values.turns).toLocaleString('en')} turns (45% Chinese, 55% English; 50 per conference, 2000–2025, 90% published), ${QUERIES_PER_CLASS} queries per class, each run twice after a first round (${QUERIES_PER_CLASS * 2} timings per class). Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), run on ${new Date().toISOString().slice(0, 10)} while other work shared the machine. Reproduce: \`node --import tsx bench/search/run.ts --write\`.`,
  '',
);
lines.push('| engine | index build | on disk | memory after the searches (JS heap + typed arrays) | process RSS |', '| --- | --- | --- | --- | --- |');
for (const r of results) {
  const disk = r.sizes
    ? `${mb(r.sizes.fts! + r.sizes.docs!)} index (${mb(r.sizes.fts)} FTS5 + ${mb(r.sizes.docs)} search_docs); file ${mb(r.sizes.file)}, of which turns ${mb(r.sizes.turns)}`
    : 'none (in memory)';
  const held = r.memoryUse ? ` (in-memory table ${mb(r.memoryUse.table)}, postings of searched phrases ${mb(r.memoryUse.postings)})` : '';
  lines.push(`| ${name(r.engine)} | ${s(r.buildMs)} | ${disk} | ${r.heapMB} MB${held} | ${r.rssMB} MB |`);
}
if (presser?.insertPerTurnMs !== undefined && typeof presser.storeMs === 'number') {
  lines.push(
    '',
    `presser keeps the index in the turn's own transaction: saving a conference costs ${f(presser.insertPerTurnMs)} ms per turn and deleting one ${f(presser.deletePerTurnMs!)} ms per turn, index included (storing the ${Number(values.turns).toLocaleString('en')} turns before the index existed took ${s(presser.storeMs!)}).`,
  );
}
if (presser?.loadMs !== undefined) {
  lines.push(
    '',
    `presser's in-memory table (what filters, facets and bm25 need of every indexed turn) is read from SQLite in ${s(presser.loadMs)} (${s(presser.loadCpuMs!)} of CPU), in steps in the background after a process's first search, which SQL answers meanwhile.`,
  );
}
lines.push(
  '',
  'Latency of one search, in milliseconds: the top 20 by score, the total, and the counts per speaker, outlet and year over every match. For presser this is `search()` as GET /api/search calls it, snippets included.',
  '',
);
lines.push(
  `| query class | matches (median) | ${columns.map((c) => `${c.title} p50 / p99`).join(' | ')} |`,
  `| --- | --- | ${columns.map(() => '---').join(' | ')} |`,
);
for (const c of QUERY_CLASSES) {
  const matches = median(results[0]?.totals[c] ?? []);
  lines.push(`| ${c} | ${Math.round(matches).toLocaleString('en')} | ${columns.map((col) => p50p99(col.timings.times[c])).join(' | ')} |`);
}
lines.push(
  '',
  'The same searches in CPU time of the searching process (milliseconds, p50 / p99): less disturbed by the other work on the machine than the wall-clock figures above.',
  '',
);
const cpuColumns = [...columns.map((c) => ({ title: c.title, cpu: c.timings.cpu }))];
if (presser?.cold) cpuColumns.splice(1, 0, { title: 'presser, first search of each query', cpu: presser.cold.cpu });
if (presser?.writing) cpuColumns.splice(2, 0, { title: 'presser, a live write before each search', cpu: presser.writing.cpu });
lines.push(`| query class | ${cpuColumns.map((c) => c.title).join(' | ')} |`, `| --- | ${cpuColumns.map(() => '---').join(' | ')} |`);
for (const c of QUERY_CLASSES) lines.push(`| ${c} | ${cpuColumns.map((col) => p50p99(col.cpu[c])).join(' | ')} |`);
if (presser?.top20) {
  const t = presser.top20;
  lines.push(
    '',
    `presser from memory and presser's SQL path give the same 20 results in the same order with the same scores for ${t.sameOrder}/${t.queries} queries (${t.overlap}/${t.hits} of the SQL path's hits are in memory's top 20), and the same total and facets for ${t.sameTotalsAndFacets}/${t.queries}.`,
  );
}
for (const r of results.filter((r) => r.engine !== 'presser' && presser)) {
  const same = (c: string) => (r.totals[c] ?? []).filter((n, i) => n === presser!.totals[c]?.[i]).length;
  const agree = QUERY_CLASSES.filter((c) => c !== 'phrase').map((c) => `${same(c)}/${r.totals[c]?.length ?? 0} ${c}`);
  lines.push(
    '',
    `${name(r.engine)} finds the same number of turns as presser for ${agree.join(', ')} queries (${same('phrase')}/${r.totals.phrase?.length ?? 0} phrases: it has no positions, so a phrase is all of its words anywhere).`,
  );
}
const table = lines.join('\n');
process.stdout.write(`${table}\n`);

if (values.write) {
  const path = join(root, 'docs/benchmarks.md');
  const notes = readFileSync(join(root, 'bench/search/NOTES.md'), 'utf8').trim();
  const section = `## Search\n\n${table}\n\n${notes}\n`;
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const at = doc.indexOf('\n## Search\n');
  const next = at < 0 ? -1 : doc.indexOf('\n## ', at + 1);
  const updated = at < 0 ? `${doc.trimEnd()}\n\n${section}` : `${doc.slice(0, at + 1)}${section}${next < 0 ? '' : doc.slice(next)}`;
  writeFileSync(path, updated);
  process.stderr.write(`search bench: wrote the Search section of ${path}\n`);
}
