import { Option, type Command } from 'commander';
import { MIN_PASSWORD_LENGTH } from '../app/auth.ts';
import { USER_ROLES, type UserRole } from '../domain/roles.ts';
import { databasePath, openStore } from '../store/open.ts';
import { CliError, out } from './io.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function choosePassword(opts: { password?: string; passwordStdin?: boolean }, role: UserRole): Promise<string | undefined> {
  if (opts.password !== undefined) return opts.password;
  if (opts.passwordStdin) return readStdin();
  if (role === 'journalist') return undefined;
  if (!process.stdin.isTTY) throw new CliError('no password given: use --password, --password-stdin, or run in a terminal to be asked');
  const { default: password } = await import('@inquirer/password');
  const first = await password({ message: 'Password:', mask: true });
  const again = await password({ message: 'Password again:', mask: true });
  if (first !== again) throw new CliError('the passwords do not match');
  return first;
}

export function registerUsers(program: Command): void {
  const user = program.command('user').description('manage staff accounts');
  user
    .command('add')
    .description('add a user; staff sign in with email and password (asked for when not given)')
    .requiredOption('--email <email>', 'sign-in address')
    .addOption(new Option('--role <role>', 'what the user may do').choices(USER_ROLES).makeOptionMandatory())
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .option('--password <password>', `password (at least ${MIN_PASSWORD_LENGTH} characters); prefer the prompt or --password-stdin`)
    .option('--password-stdin', 'read the password from standard input')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .action(async (opts: { email: string; role: UserRole; name?: string; password?: string; passwordStdin?: boolean; db?: string }) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(opts.email)) throw new CliError(`"${opts.email}" is not an email address`);
      const secret = await choosePassword(opts, opts.role);
      const [{ addUser }, { createContext }, { AppError }] = await Promise.all([
        import('../app/auth.ts'),
        import('../app/context.ts'),
        import('../app/errors.ts'),
      ]);
      const store = await openStore(databasePath(opts.db));
      try {
        const created = await addUser(createContext(store), { email: opts.email, name: opts.name, role: opts.role, password: secret });
        out(`added ${created.role} ${created.email}`);
      } catch (error) {
        if (error instanceof AppError) throw new CliError(error.message);
        throw error;
      } finally {
        await store.close();
      }
    });
}
