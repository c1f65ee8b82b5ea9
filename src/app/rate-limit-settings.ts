// The rate limits as an operator sets them: `presser serve --rate-limit NAME=N` (repeatable) or
// PRESSER_RATE_LIMITS="NAME=N,NAME=N"; SECURITY.md lists the names and defaults.
// Only types from rate-limits.ts: every command loads this for its help, not the limiter library.
import type { RateLimitSettings } from './rate-limits.ts';

/** The names an operator uses, and the setting each one sets. */
export const RATE_LIMIT_NAMES = {
  'sign-ins': 'signInFailuresPer15Minutes',
  'sign-ins-per-account': 'signInFailuresPerAccountPer15Minutes',
  'access-links': 'accessLinkFailuresPer15Minutes',
  applications: 'applicationsPerHour',
  hands: 'handsPerMinute',
} as const satisfies Record<string, keyof RateLimitSettings>;

type LimitName = keyof typeof RATE_LIMIT_NAMES;

/** The limits the NAME=N pairs change (the flags; else the environment's list); the rest keep their defaults. */
export function rateLimitSettingsFrom(flags: string[] | undefined, env: NodeJS.ProcessEnv = process.env): Partial<RateLimitSettings> {
  const pairs = flags?.length ? flags : (env.PRESSER_RATE_LIMITS ?? '').split(',').filter((p) => p.trim());
  const settings: Partial<RateLimitSettings> = {};
  for (const pair of pairs) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d+)\s*$/.exec(pair);
    const names = Object.keys(RATE_LIMIT_NAMES).join(', ');
    if (!match) throw new Error(`rate limit "${pair}": write NAME=N, a name out of ${names} and a whole number`);
    const [, name, value] = match as unknown as [string, string, string];
    if (!Object.hasOwn(RATE_LIMIT_NAMES, name)) throw new Error(`unknown rate limit "${name}": use one of ${names}`);
    const points = Number(value);
    if (points < 1 || points > 1_000_000) throw new Error(`rate limit ${name}=${value}: use a number from 1 to 1000000`);
    settings[RATE_LIMIT_NAMES[name as LimitName]] = points;
  }
  return settings;
}
