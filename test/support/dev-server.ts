// A throwaway server for looking at the pages by hand: demo record, staff, a live conference.
import { addUser } from '../../src/app/auth.ts';
import { createContext } from '../../src/app/context.ts';
import { seedDemoIfEmpty } from '../../src/app/demo.ts';
import { startServer } from '../../src/http/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { ApiClient } from './client.ts';
import { journalist, liveConference, PASSWORD } from './people.ts';

const store = await openSqliteStore(process.argv[2] ?? '/tmp/dev/dev.db');
await seedDemoIfEmpty(store);
const ctx = createContext(store);
const server = await startServer(ctx, { port: Number(process.argv[3] ?? 8123), host: '127.0.0.1' });
for (const role of ['admin', 'moderator', 'transcriber', 'interpreter'] as const) await addUser(ctx, { email: `${role}@press.example`, name: `${role[0]!.toUpperCase()}${role.slice(1)} Person`, role, password: PASSWORD }).catch(() => {});
const admin = new ApiClient(server.url);
await admin.signIn('admin@press.example', PASSWORD);
const slug = await liveConference(admin, `Harbour Briefing ${Date.now() % 1000}`);
const ivo = await journalist(admin, server.url, 'Ivo Brandt', 'North Wire', slug, 'foreign');
await ivo.post(`/api/conferences/${slug}/hands`, { topic: 'dues', question: 'Same dues?' });
console.log(server.url, slug);
