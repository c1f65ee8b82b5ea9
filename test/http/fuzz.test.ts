// Property-based fuzzing of every route in the OpenAPI document (and the live stream): random and
// malformed path segments, query strings and bodies, as every kind of caller, against a real server.
// Whatever comes in: no 5xx, a refusal has the shared error shape, and a refused request changes
// nothing in the database (SQLite's data_version, read from a second connection, counts every
// commit made by the server's). PRESSER_FUZZ_RUNS sets the requests per route (default 50).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createContext } from '../../src/app/context.ts';
import { DEFAULT_RATE_LIMITS } from '../../src/app/rate-limits.ts';
import { startServer } from '../../src/http/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { ApiClient } from '../support/client.ts';
import { accredit, buildScenario } from '../support/scenario.ts';
import { tempDir } from '../support/tmp.ts';

const RUNS = Number(process.env.PRESSER_FUZZ_RUNS ?? 50);

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minLength?: number;
  maxLength?: number;
};
interface Operation {
  method: string;
  template: string;
  params: { name: string; in: string; schema?: Schema }[];
  body: Schema | null;
}

/** Segments that have broken servers before: bad percent-encoding, traversal, NUL, very long. */
const NASTY_SEGMENTS = [
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%00',
  '%2F',
  '%C0%AF',
  '..',
  '.',
  '%FF%FE',
  'a'.repeat(300),
  '%uD800',
  '0',
  '-1',
  '1e9',
  '9007199254740993',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];
const NASTY_VALUES = ['', '-1', '0', '1e309', 'NaN', 'true', '[]', '{}', '%', '%ZZ', '\u0000', 'a'.repeat(5000), '2025-13-45', '__proto__'];

function resolveSchema(schema: Schema | undefined, components: Record<string, Schema>): Schema | undefined {
  let s = schema;
  for (let i = 0; s?.$ref && i < 10; i++) s = components[s.$ref.split('/').pop()!];
  return s;
}

/** Values that follow a JSON schema loosely, mixed with values of any type. */
function valueFor(schema: Schema | undefined, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveSchema(schema, components);
  const anything = fc.jsonValue({ maxDepth: 2 });
  if (!s || depth > 3) return anything;
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => valueFor(v, components, depth + 1)), anything);
  if (s.enum) return fc.oneof(fc.constantFrom(...s.enum), anything);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  const typed: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(...NASTY_VALUES),
      fc.string({ minLength: s.maxLength ?? 200, maxLength: (s.maxLength ?? 200) + 2 }),
    ),
    integer: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 53, -(2 ** 53), 1e308)),
    number: fc.oneof(fc.double(), fc.integer()),
    boolean: fc.boolean(),
    array: fc.array(valueFor(s.items, components, depth + 1), { maxLength: 4 }),
    object: s.properties ? objectFor(s, components, depth + 1) : fc.dictionary(fc.string({ maxLength: 10 }), anything, { maxKeys: 4 }),
  };
  return fc.oneof({ arbitrary: typed[type ?? ''] ?? anything, weight: 4 }, { arbitrary: anything, weight: 1 });
}

function objectFor(schema: Schema, components: Record<string, Schema>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, valueFor(v, components, depth)]));
  return fc.record(props, { requiredKeys: [] });
}

function bodyFor(schema: Schema | null, components: Record<string, Schema>): fc.Arbitrary<string | undefined> {
  const s = resolveSchema(schema ?? undefined, components);
  return fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 60 }),
    fc.constantFrom('{', '{"a":', '[', 'null', '""', '{"__proto__":{"admin":true}}', '\u0000', '{}'.padEnd(300_000, ' ')),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    {
      arbitrary: (s?.properties ? objectFor(s, components) : fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))).map((v) =>
        JSON.stringify(v),
      ),
      weight: 4,
    },
  );
}

function parseOrNull(text: string): { error?: { code?: unknown; message?: unknown } } | null {
  try {
    return JSON.parse(text) as { error?: { code?: unknown; message?: unknown } } | null;
  } catch {
    return null;
  }
}

const encodedOrRaw = (values: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: values.map(encodeURIComponent), weight: 3 }, { arbitrary: fc.constantFrom(...NASTY_SEGMENTS), weight: 1 });

test('no request, however malformed, gets a 5xx, an error of another shape, or changes anything when refused', { timeout: 600_000 }, async () => {
  const path = join(tempDir(), 'fuzz.db');
  const store = await openSqliteStore(path);
  const ctx = createContext(store, { rateLimits: { ...DEFAULT_RATE_LIMITS, applicationsPerHour: 1_000_000, handsPerMinute: 1_000_000 } });
  const server = await startServer(ctx, { port: 0, host: '127.0.0.1' });
  const url = server.url;
  const reader = new Database(path, { readonly: true });
  try {
    const s = await buildScenario(ctx, url);
    const { link } = await accredit(s.admin, url, 'Fuzz Journalist', 'Fuzz Wire', s.live, 'foreign');
    const journalist = new ApiClient(url);
    assert.equal((await journalist.get(new URL(link).pathname)).status, 303);
    const callers: Record<string, string | null> = {
      anonymous: null,
      journalist: journalist.cookie,
      transcriber: s.transcriber.cookie,
      interpreter: s.interpreter.cookie,
      moderator: s.moderator.cookie,
      admin: s.admin.cookie,
    };
    // The check below can fail: a write the server commits moves the reader's data_version.
    const version = reader.pragma('data_version', { simple: true });
    assert.equal((await s.transcriber.post(`/api/conferences/${s.live}/turns/2/text`, { lang: 'en', append: 'Soon.' })).status, 200);
    assert.notEqual(reader.pragma('data_version', { simple: true }), version, 'a committed write is seen');
    const knownSegments: Record<string, string[]> = { slug: [s.live, s.published, s.scheduled], seq: ['1', '2', '3'], id: [], handId: [] };

    const doc = (await new ApiClient(url).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: Operation['params']; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
      components?: { schemas?: Record<string, Schema> };
    };
    const components = doc.components?.schemas ?? {};
    const operations: Operation[] = Object.entries(doc.paths).flatMap(([template, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        template,
        params: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      })),
    );
    // The live stream is served outside the document's router; it takes a path and Last-Event-ID.
    operations.push({
      method: 'GET',
      template: '/api/conferences/{slug}/events',
      params: [
        { name: 'slug', in: 'path' },
        { name: 'lastEventId', in: 'query' },
      ],
      body: null,
    });
    // Changes of state and settings last, so the live conference stays live for the other routes.
    const late = (o: Operation) => (/\/(state|settings)$/.test(o.template) ? 1 : 0);
    operations.sort((a, b) => late(a) - late(b));

    const failures = new Map<string, string>();
    let requests = 0;
    for (const op of operations) {
      const pathParams = op.params.filter((p) => p.in === 'path');
      const queryParams = op.params.filter((p) => p.in === 'query');
      const request = fc.record({
        caller: fc.constantFrom(...Object.keys(callers)),
        segments: fc.tuple(
          ...pathParams.map((p) =>
            encodedOrRaw(
              fc.oneof(
                fc.constantFrom(...(knownSegments[p.name]?.length ? knownSegments[p.name]! : ['x'])),
                fc.string({ maxLength: 30 }),
                fc.string({ unit: 'grapheme', maxLength: 12 }),
              ),
            ),
          ),
        ),
        query: fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...(queryParams.length ? queryParams.map((p) => p.name) : ['q'])), fc.string({ maxLength: 8 })).map(encodeURIComponent),
            fc.oneof(
              valueFor(queryParams[0]?.schema, components).map((v) => encodeURIComponent(typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))),
              fc.constantFrom(...NASTY_VALUES).map(encodeURIComponent),
              fc.constantFrom('%', '%ZZ', '%E0%A4%A'),
            ),
          ),
          { maxLength: 4 },
        ),
        body: op.method === 'GET' ? fc.constant(undefined) : bodyFor(op.body, components),
        contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', undefined),
        lastEventId: fc.oneof(fc.constant(undefined), fc.constantFrom('0', '-1', 'abc', '1e3', '99999999999999999999')),
      });
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          let i = 0;
          const target =
            op.template.replace(/\{[^}]+\}/g, () => r.segments[i++] ?? 'x') + (r.query.length ? `?${r.query.map(([k, v]) => `${k}=${v}`).join('&')}` : '');
          // Signing out would end the shared sessions: that route is fuzzed without one.
          const cookie = op.template === '/api/session' && op.method === 'DELETE' ? null : callers[r.caller];
          const headers: Record<string, string> = { origin: new URL(url).origin };
          if (cookie) headers.cookie = cookie;
          if (r.contentType && r.body !== undefined) headers['content-type'] = r.contentType;
          if (r.lastEventId !== undefined && op.template.endsWith('/events')) headers['last-event-id'] = r.lastEventId;
          const versionBefore = reader.pragma('data_version', { simple: true });
          const abort = new AbortController();
          const res = await fetch(url + target, {
            method: op.method,
            headers,
            redirect: 'manual',
            signal: abort.signal,
            ...(r.body !== undefined ? { body: r.body } : {}),
          });
          // An open stream never ends by itself: its status is all this needs.
          const text = res.headers.get('content-type')?.startsWith('text/event-stream') ? (abort.abort(), '') : await res.text();
          requests++;
          const what = `${op.method} ${op.template}`;
          const shown = `${op.method} ${target.slice(0, 200)} as ${r.caller}${r.body !== undefined ? ` body ${r.body.slice(0, 120)}` : ''}`;
          const fail = (kind: string, detail: string) =>
            failures.has(`${what} ${kind}`) || failures.set(`${what} ${kind}`, `${shown} → ${res.status} ${detail}`);
          if (res.status >= 500) fail(`${res.status}`, text.slice(0, 200));
          if (res.status >= 400) {
            const shape = parseOrNull(text);
            if (typeof shape?.error?.code !== 'string' || typeof shape.error.message !== 'string')
              fail('shape', `not the shared error shape: ${JSON.stringify(text.slice(0, 120))}`);
            if (reader.pragma('data_version', { simple: true }) !== versionBefore) fail('changed', 'refused, yet the database changed');
          }
        }),
        { numRuns: RUNS },
      );
    }
    assert.ok(requests >= operations.length * RUNS, `${requests} requests sent`);
    assert.deepEqual([...failures.values()], [], `${failures.size} kinds of failure in ${requests} requests`);
  } finally {
    reader.close();
    await server.close();
    await store.close();
  }
});
