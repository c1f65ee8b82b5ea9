// The SIGKILL test of `npm test` (test/live/durability.test.ts) as a soak: the real `presser serve`
// process is killed with SIGKILL at a random moment while three writers append text, then started
// again on the same file, N times over. A viewer follows the stream throughout, resuming after each
// restart from the last event it saw. At the end: acknowledged writes lost, stored more than once,
// and the stream's gaps and repeats across all the resumes.
//   node --import tsx bench/sigkill/soak.ts              # 100 kills
//   node --import tsx bench/sigkill/soak.ts --kills 10 --json out.json
import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiClient, type StreamEvent } from '../../test/support/client.ts';
import { cli, exited, serveProcess, type ServerProcess } from '../../test/support/process.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '100' },
    writers: { type: 'string', default: '3' },
    'max-delay': { type: 'string', default: '400' },
    json: { type: 'string' },
  },
});
const KILLS = Number(values.kills);
const PASSWORD = 'soak password';
const EMAIL = 'desk@soak.example';

const dir = mkdtempSync(join(tmpdir(), 'presser-soak-'));
const db = join(dir, 'soak.db');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signedIn(server: ServerProcess): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.signIn(EMAIL, PASSWORD);
  return client;
}

/** Each piece in the turn's text, with how often it is there. */
function storedPieces(record: { turns: { seq: number; text: Record<string, string> }[] }): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of (record.turns.find((t) => t.seq === seq)?.text.en ?? '').split(/\s+/).filter(Boolean)) count.set(p, (count.get(p) ?? 0) + 1);
  return count;
}

let seq = 0;
try {
  if (cli(['user', 'add', '--email', EMAIL, '--role', 'admin', '--password', PASSWORD, '--db', db]).status !== 0) throw new Error('could not add the admin');
  let server = await serveProcess(db, ['--no-demo']);
  let admin = await signedIn(server);
  const origin = { origin: new URL(server.url).origin };
  const slug = (await admin.request('POST', '/api/conferences', { title: 'Soak Briefing', principals: ['Lena Marsh'] }, origin)).body.conference.slug as string;
  await admin.request('POST', `/api/conferences/${slug}/state`, { status: 'live' }, origin);
  seq = (await admin.request('POST', `/api/conferences/${slug}/turns`, { kind: 'statement' }, origin)).body.turn.seq as number;

  const acknowledged: string[] = [];
  const streamed: StreamEvent[] = [];
  const killDelays: number[] = [];
  let lastSeen = 0;
  const started = performance.now();
  for (let kill = 1; kill <= KILLS; kill++) {
    const stream = admin.stream(slug, lastSeen);
    await stream.opened;
    let stop = false;
    let n = 0;
    const writer = async (w: number) => {
      while (!stop) {
        const piece = `k${kill}w${w}n${++n}`;
        try {
          const answer = await admin.request(
            'POST',
            `/api/conferences/${slug}/turns/${seq}/text`,
            { lang: 'en', append: piece },
            { origin: new URL(server.url).origin },
          );
          if (answer.status >= 200 && answer.status < 300) acknowledged.push(piece);
        } catch {
          return; // the connection died with the server: never acknowledged
        }
      }
    };
    const before = acknowledged.length;
    const writers = Array.from({ length: Number(values.writers) }, (_, w) => writer(w));
    // A random moment once this round's writes flow (wait for them, not for a clock: the machine is shared).
    while (acknowledged.length < before + 5) await sleep(5);
    const delay = Math.floor(Math.random() * Number(values['max-delay']));
    killDelays.push(delay);
    await sleep(delay);
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await exited(server.child);
    await stream.done;
    streamed.push(...stream.events);
    if (stream.events.length > 0) lastSeen = stream.events[stream.events.length - 1]!.id;
    server = await serveProcess(db, ['--no-demo']);
    admin = await signedIn(server);
    if (kill % 10 === 0 || kill === KILLS) {
      // A checkpoint: what the restarted server stored so far, so a soak cut short still reports.
      const stored = storedPieces((await admin.get(`/api/conferences/${slug}`)).body);
      const lostSoFar = acknowledged.filter((p) => !stored.has(p)).length;
      const duplicatedSoFar = [...stored.values()].filter((c) => c > 1).length;
      const ids = streamed.map((e) => e.id);
      const gapsSoFar = ids.filter((id, i) => id !== i + 1).length;
      console.error(
        `${kill} kills: ${acknowledged.length} writes acknowledged, ${lostSoFar} lost, ${duplicatedSoFar} stored twice; ${ids.length} events streamed, ${gapsSoFar} out of place`,
      );
    }
  }

  // The last restart: read the record and the rest of the stream.
  const record = (await admin.get(`/api/conferences/${slug}`)) as { body: { turns: { seq: number; text: Record<string, string> }[] }; headers: Headers };
  const lastId = Number(record.headers.get('x-presser-last-event-id'));
  const rest = admin.stream(slug, lastSeen);
  if (lastId > lastSeen) await rest.until((e) => e.length > 0 && e[e.length - 1]!.id >= lastId, 30_000);
  rest.close();
  streamed.push(...rest.events);
  server.child.kill('SIGTERM');
  await exited(server.child);

  const storedCount = storedPieces(record.body);
  const stored = [...storedCount.keys()];
  const lost = acknowledged.filter((p) => !storedCount.has(p));
  const duplicated = [...storedCount].filter(([, c]) => c > 1).map(([p]) => p);
  const acked = new Set(acknowledged);
  const storedUnacknowledged = stored.filter((p) => !acked.has(p)).length;
  const ids = streamed.map((e) => e.id);
  const idSet = new Set(ids);
  const gaps = Array.from({ length: lastId }, (_, i) => i + 1).filter((id) => !idSet.has(id));
  const repeats = ids.length - idSet.size;
  const outOfOrder = ids.filter((id, i) => i > 0 && id <= ids[i - 1]!).length;
  const streamedPieces = streamed.filter((e) => e.event === 'turn.text').map((e) => String(e.data.append).trim());
  const streamedCount = new Map<string, number>();
  for (const p of streamedPieces) streamedCount.set(p, (streamedCount.get(p) ?? 0) + 1);
  const ackedNotStreamedOnce = acknowledged.filter((p) => streamedCount.get(p) !== 1).length;
  const result = {
    kills: KILLS,
    minutes: (performance.now() - started) / 60_000,
    acknowledged: acknowledged.length,
    lost: lost.length,
    duplicated: duplicated.length,
    storedUnacknowledged,
    events: lastId,
    streamed: ids.length,
    gaps: gaps.length,
    repeats,
    outOfOrder,
    ackedNotStreamedOnce,
    killDelayMs: { min: Math.min(...killDelays), max: Math.max(...killDelays) },
  };
  console.log(JSON.stringify(result, null, 2));
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));
  if (lost.length || duplicated.length || gaps.length || repeats || outOfOrder || ackedNotStreamedOnce) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
