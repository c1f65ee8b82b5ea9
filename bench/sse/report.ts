// The results as Markdown, and the "Live stream" section of docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { RunResult } from './measure.ts';

/** A server keeps the rate when every viewer gets every event and the backlog does not grow: 99% within a second. */
export const KEPT_P99_MS = 1000;

function rateKept(r: RunResult): string {
  const problems = [
    r.complete < r.clients && `${r.complete}/${r.clients} got all`,
    r.connected < r.clients && `${r.connected} connected`,
    r.failedWrites > 0 && `${r.failedWrites} writes failed`,
    !(r.p99 <= KEPT_P99_MS) && 'falling behind',
  ].filter(Boolean);
  return problems.length === 0 ? 'yes' : `no (${problems.join(', ')})`;
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** The histogram stops at 60 s: a latency there is "at least". */
const latency = (ms: number) => (ms >= 60_000 ? '≥ 60000' : fixed(ms, 1));

export function machine(): string {
  const cores = cpus();
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Linux, Node ${process.version}`;
}

export function table(results: RunResult[]): string {
  const head = [
    'viewers',
    'rate',
    'server',
    'written/s',
    'delivered/s per viewer',
    'rate kept',
    'p50 ms',
    'p99 ms',
    'KB/conn RSS',
    'KB/conn heap',
    'µs CPU/delivery (kernel)',
    'others, cores',
  ];
  const rows = results.map((r) => [
    String(r.clients),
    `${r.rate}/s`,
    r.server,
    fixed(r.writtenPerSecond, 2),
    fixed(r.deliveredPerSecond, 2),
    rateKept(r),
    latency(r.p50),
    latency(r.p99),
    fixed(r.rssPerConnectionKB, 1),
    fixed(r.heapPerConnectionKB, 1),
    `${fixed(r.cpuMicrosPerDelivery, 1)} (${fixed(r.systemMicrosPerDelivery, 1)})`,
    fixed(r.otherCores, 2),
  ]);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function section(results: RunResult[], command: string, notes: string): string {
  return `## Live stream

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, with \`${command}\`.
All servers ran in the same run, one at a time, each in its own process, with the viewers in
${results[0]?.clientProcesses ?? 2} client processes on the same machine (loopback).

${table(results)}

${notes}
`;
}

/** Replaces the "## Live stream" section (up to the next "## " heading), or appends it. */
export function writeSection(path: string, text: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = current.search(/^## Live stream$/m);
  if (start < 0) return writeFileSync(path, `${current.trimEnd()}\n\n${text}`);
  const rest = current.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? current.length : start + 1 + next;
  writeFileSync(path, `${current.slice(0, start)}${text}${next < 0 ? '' : `\n${current.slice(end)}`}`);
}
