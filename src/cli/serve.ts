import type { Command } from 'commander';
import { databasePath, isPostgresUrl, openStore, redactUrl } from '../store/open.ts';
import type { HttpSettings } from '../http/settings.ts';
import { CliError, err } from './io.ts';

export function parsePort(value: string | undefined): number {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`invalid port "${value}": use a number from 0 to 65535`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the API, the live streams and the web pages')
    .option('--port <n>', 'port to listen on (default: $PRESSER_PORT or 8080)')
    .option('--host <address>', 'address to listen on (default: every interface)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: $PRESSER_DB or ./data/presser.db)')
    .option('--redis <url>', 'Redis for several nodes on one PostgreSQL database (default: $PRESSER_REDIS_URL)')
    .option('--no-demo', 'do not import the demo conference into an empty database')
    .option('--trust-proxy [hops]', 'believe Forwarded / X-Forwarded-* from this many reverse proxies in front (default 1 when given; $PRESSER_TRUST_PROXY)')
    .option(
      '--allow-origin <origin>',
      'another origin whose pages may send state-changing requests (repeatable; $PRESSER_ALLOWED_ORIGINS, comma-separated)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--smtp <url>',
      'mail server for the access links, e.g. smtps://user:password@mail.example.org:465 (default: $PRESSER_SMTP_URL; sender: $PRESSER_MAIL_FROM)',
    )
    .action(
      async (opts: {
        port?: string;
        host?: string;
        db?: string;
        redis?: string;
        demo: boolean;
        trustProxy?: string | boolean;
        allowOrigin?: string[];
        smtp?: string;
      }) => {
        const port = parsePort(opts.port ?? process.env.PRESSER_PORT);
        const { httpSettingsFrom } = await import('../http/settings.ts');
        let http: HttpSettings;
        try {
          http = httpSettingsFrom(opts);
        } catch (error) {
          throw new CliError((error as Error).message);
        }
        // Loaded here, not at the top: other commands need not pay for the web server's modules.
        const [{ createContext }, { seedDemoIfEmpty }, { startServer }] = await Promise.all([
          import('../app/context.ts'),
          import('../app/demo.ts'),
          import('../http/server.ts'),
        ]);
        const smtpUrl = opts.smtp ?? process.env.PRESSER_SMTP_URL;
        const { smtpMailer } = await import('../app/mailer.ts');
        const mailer = smtpUrl
          ? await smtpMailer(smtpUrl, process.env.PRESSER_MAIL_FROM).catch((error: Error) => {
              throw new CliError(error.message);
            })
          : null;
        const dbPath = databasePath(opts.db);
        const redisUrl = opts.redis ?? process.env.PRESSER_REDIS_URL;
        if (redisUrl && !isPostgresUrl(dbPath)) throw new CliError('--redis joins nodes that share one PostgreSQL database: give --db postgres://…');
        if (redisUrl && !/^rediss?:\/\//i.test(redisUrl)) throw new CliError(`invalid Redis URL "${redactUrl(redisUrl)}": use redis://HOST:PORT`);
        const store = await openStore(dbPath);
        const cluster = redisUrl ? await (await import('../app/cluster.ts')).joinCluster(redisUrl, process.env.PRESSER_REDIS_PREFIX || 'presser') : null;
        const ctx = createContext(store, { mailer, ...(cluster ? { bus: cluster.bus, limiter: cluster.limiter } : {}) });
        if (opts.demo) {
          const slug = await seedDemoIfEmpty(ctx);
          if (slug) err(`empty database: imported the demo conference /c/${slug}`);
        }
        const server = await startServer(ctx, { port, http, ...(opts.host ? { host: opts.host } : {}) }).catch(async (error: NodeJS.ErrnoException) => {
          await cluster?.bus.close();
          await store.close();
          if (error.code === 'EADDRINUSE') throw new CliError(`port ${port} is in use: choose another with --port or PRESSER_PORT`);
          throw error;
        });
        const { needsSetup } = await import('../app/staff.ts');
        // One write, so whoever waits for "listening" also has the set-up hint.
        const setup = (await needsSetup(ctx)) ? `\nno staff account yet: open ${server.url}/setup to create the first admin (or run presser user add)` : '';
        const mail = mailer ? '' : '\nno mail server set up (--smtp or PRESSER_SMTP_URL): access links are shown to the admin to send on';
        err(`presser listening on ${server.url} (database ${redactUrl(dbPath)}${redisUrl ? `, bus ${redactUrl(redisUrl)}` : ''})${setup}${mail}`);
        if (http.trustProxy > 0)
          err(`presser: trusting ${http.trustProxy} reverse prox${http.trustProxy === 1 ? 'y' : 'ies'} for the client address and scheme`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await server.close();
        await cluster?.bus.close();
        await store.close();
      },
    );
}
