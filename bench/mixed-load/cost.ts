// What each action of the mixed load costs the server, without HTTP and without other processes'
// noise: the use cases called directly on the same state as run.ts sets up (an archive of earlier
// conferences, a live conference, N journalists of whom about half have a hand up, viewers attached
// to the hub as streams that only count bytes), each action followed by the hub's delivery. Reports
// CPU ms per action (this process's user + system time, which other processes' load disturbs far
// less than wall time) and wall ms. `--src DIR` measures another source tree; `--compare A=DIR,B`
// runs each tree in its own process, alternating, `--rounds` times.
//   node --import tsx bench/mixed-load/cost.ts --compare before=/tmp/before/src,after --rounds 3
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readSeed } from '../../test/support/seed.ts';
import { seedVariants } from '../seed-corpus.ts';
import { Histogram } from '../sse/histogram.ts';
import { ACTIONS, type Action } from './protocol.ts';

const { values } = parseArgs({
  options: {
    src: { type: 'string' },
    compare: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    journalists: { type: 'string', default: '200' },
    viewers: { type: 'string', default: '2000' },
    archive: { type: 'string', default: '1000' },
    actions: { type: 'string', default: '200' },
  },
});

type Cost = Record<Action, { cpuMean: number; cpuP99: number; wallP50: number; wallP99: number }>;

if (values.compare) {
  const trees = values.compare.split(',').map((spec) => spec.split('=') as [string, string | undefined]);
  const results: Record<string, Cost[]> = {};
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [name, src] of trees) {
      const args = [
        '--import',
        'tsx',
        import.meta.filename,
        '--journalists',
        values.journalists,
        '--viewers',
        values.viewers,
        '--archive',
        values.archive,
        '--actions',
        values.actions,
        ...(src ? ['--src', resolve(src)] : []),
      ];
      const cost = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as Cost;
      (results[name] ??= []).push(cost);
      console.error(`${name} round ${round + 1}: ${JSON.stringify(cost)}`);
    }
  }
  const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
  const head = ['tree', ...ACTIONS.map((a) => `${a}: CPU mean / p99 · wall p50 / p99 (ms)`)];
  console.log(
    [
      head,
      head.map(() => '---'),
      ...Object.entries(results).flatMap(([name, costs]) =>
        costs.map((c, i) => [
          `${name} (round ${i + 1})`,
          ...ACTIONS.map((a) => `${f(c[a].cpuMean)} / ${f(c[a].cpuP99)} · ${f(c[a].wallP50)} / ${f(c[a].wallP99)}`),
        ]),
      ),
    ]
      .map((r) => `| ${r.join(' | ')} |`)
      .join('\n'),
  );
} else {
  console.log(JSON.stringify(await measureTree(resolve(values.src ?? join(import.meta.dirname, '../../src')))));
}

async function measureTree(src: string): Promise<Cost> {
  type Modules = [
    typeof import('../../src/app/context.ts'),
    typeof import('../../src/app/auth.ts'),
    typeof import('../../src/app/accreditation.ts'),
    typeof import('../../src/app/rate-limits.ts'),
    typeof import('../../src/app/conferences.ts'),
    typeof import('../../src/app/floor.ts'),
    typeof import('../../src/app/writing.ts'),
    typeof import('../../src/live/hub.ts'),
    typeof import('../../src/store/sqlite/open.ts'),
    typeof import('../../src/transcript/import.ts'),
    typeof import('../../src/app/content-hash.ts'),
  ];
  const load = (path: string) => import(pathToFileURL(join(src, path)).href);
  const [
    { createContext },
    { addUser },
    { apply, approve },
    { DEFAULT_RATE_LIMITS },
    { createConference, changeState },
    floor,
    writing,
    { StreamHub },
    { openSqliteStore },
    { importTranscript },
    { contentHash },
  ] = (await Promise.all(
    [
      'app/context.ts',
      'app/auth.ts',
      'app/accreditation.ts',
      'app/rate-limits.ts',
      'app/conferences.ts',
      'app/floor.ts',
      'app/writing.ts',
      'live/hub.ts',
      'store/sqlite/open.ts',
      'transcript/import.ts',
      'app/content-hash.ts',
    ].map(load),
  )) as Modules;

  const dir = mkdtempSync(join(tmpdir(), 'presser-cost-'));
  try {
    const store = await openSqliteStore(join(dir, 'cost.db'));
    const seed = readSeed();
    const archive = Number(values.archive);
    for (const doc of seedVariants(seed, (archive * Buffer.byteLength(seed)) / 1048576).slice(0, archive)) {
      const { record } = importTranscript(doc);
      await store.conferences.saveRecord(record, { contentHash: contentHash(record) }, new Date().toISOString());
    }
    const ctx = createContext(store, { rateLimits: { ...DEFAULT_RATE_LIMITS, applicationsPerHour: 1e9, handsPerMinute: 1e9 } });
    const hub = new StreamHub(ctx.bus, { log: (id, after, limit) => store.events.after(id, after, limit), heartbeatMs: 3_600_000 });
    const admin = await addUser(ctx, { email: 'admin@cost.example', role: 'admin', password: 'cost password' });
    const moderator = await addUser(ctx, { email: 'moderator@cost.example', role: 'moderator', password: 'cost password' });
    const writer = await addUser(ctx, { email: 'writer@cost.example', role: 'transcriber', password: 'cost password' });
    const conference = await createConference(ctx, {
      title: 'Cost Briefing',
      date: new Date().toISOString().slice(0, 10),
      principals: ['Lena Marsh'],
      languages: ['en'],
    });
    for (const status of ['scheduled', 'live'] as const) await changeState(ctx, admin, conference.slug, status);
    const ARCHIVE_OUTLETS = [
      'Harbor Daily',
      'Northern Television',
      'Coastal Times',
      'Meridian Radio',
      'Kestrel News Agency',
      'Vostok Panorama',
      'Pacific Herald',
    ];
    const journalists = [];
    for (let i = 0; i < Number(values.journalists); i++) {
      const outlet = i % 60 < ARCHIVE_OUTLETS.length ? ARCHIVE_OUTLETS[i % 60]! : `Outlet ${i % 60}`;
      const accreditation = await apply(ctx, { name: `Journalist ${i}`, email: `j${i}@cost.example`, outlet, conference: conference.slug }, 'cost');
      journalists.push((await approve(ctx, admin, accreditation.id, { origin: i % 2 ? 'foreign' : 'domestic' })).journalist);
    }
    const seq = (await writing.openTurn(ctx, writer, conference.slug, { kind: 'statement' })).seq;

    // Streams that count bytes: the hub's encoding and fan-out are measured, the sockets are not.
    let bytes = 0;
    const info = (await store.conferences.info(conference.slug))!;
    const stream = (audience: { kind: 'public' } | { kind: 'staff' } | { kind: 'journalist'; userId: string }) => ({
      audience,
      userId: audience.kind === 'journalist' ? audience.userId : null,
      lastId: info.lastEventId,
      pending: null,
      lastWriteAt: 0,
      write: (b: Buffer) => void (bytes += b.length),
      close() {},
    });
    for (let i = 0; i < Number(values.viewers); i++) hub.attach(conference.id, stream({ kind: 'public' }), info.lastEventId);
    for (const j of journalists) hub.attach(conference.id, stream({ kind: 'journalist', userId: j.id }), info.lastEventId);
    hub.attach(conference.id, stream({ kind: 'staff' }), info.lastEventId);

    // Half the journalists wait with a hand up, as in the loopback run.
    const hands = new Map<string, string>();
    for (const j of journalists.slice(0, journalists.length / 2)) hands.set(j.id, (await floor.raiseHand(ctx, j, conference.slug, { topic: 'Port dues' })).id);

    const cpu = Object.fromEntries(ACTIONS.map((a) => [a, [] as number[]])) as Record<Action, number[]>;
    const wall = Object.fromEntries(ACTIONS.map((a) => [a, new Histogram()])) as Record<Action, Histogram>;
    const flushed = () => new Promise((done) => setImmediate(done));
    const time = async (action: Action, run: () => Promise<unknown>) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await run();
      await flushed();
      wall[action].record(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[action].push((c.user + c.system) / 1000);
    };
    let piece = 0;
    for (let i = 0; i < Number(values.actions); i++) {
      const j = journalists[(i * 7919) % journalists.length]!;
      const up = hands.get(j.id);
      if (up) {
        await time('lower', () => floor.lowerHand(ctx, j, conference.slug, up).catch(() => undefined));
        hands.delete(j.id);
      } else {
        await time('raise', async () => hands.set(j.id, (await floor.raiseHand(ctx, j, conference.slug, { topic: 'Port dues' })).id));
      }
      await time('append', () => writing.appendText(ctx, writer, conference.slug, seq, 'en', `piece ${++piece} of the statement on the harbour dues`));
      if (i % 10 === 0) {
        await time('floor', async () => {
          const given = await floor.giveFloor(ctx, moderator, conference.slug);
          for (const [user, hand] of hands) if (hand === given.handId) hands.delete(user);
        });
      }
    }
    hub.close();
    await store.close();
    if (bytes === 0) throw new Error('the streams received nothing');
    const p99 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(list.length * 0.99) - 1)] ?? NaN;
    return Object.fromEntries(
      ACTIONS.map((a) => [
        a,
        { cpuMean: cpu[a].reduce((x, y) => x + y, 0) / cpu[a].length, cpuP99: p99(cpu[a]), wallP50: wall[a].quantile(0.5), wallP99: wall[a].quantile(0.99) },
      ]),
    ) as Cost;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
