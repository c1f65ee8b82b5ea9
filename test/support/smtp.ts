// A real SMTP server on loopback (smtp-server), keeping every message it receives parsed by
// mailparser, so tests read what a journalist's mailbox would hold.
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  url: string;
  messages: ParsedMail[];
  /** Resolves with the next message to this address (or one already received). */
  next(to: string): Promise<ParsedMail>;
}

export async function mailbox(options: { refuse?: boolean } = {}): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse) return callback(new Error('mailbox unavailable'));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          for (const w of waiters.splice(0)) w();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = (server.server.address() as AddressInfo).port;
  const find = (to: string) => messages.find((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).some((a) => a.text.includes(to)));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    next: (to) =>
      new Promise((resolve) => {
        const check = () => {
          const found = find(to);
          if (found) resolve(found);
          else waiters.push(check);
        };
        check();
      }),
  };
}
