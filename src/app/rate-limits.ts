import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from './errors.ts';

/**
 * Limits on what anyone can do too often. Sign-ins and access links count every attempt before the
 * secret is checked and give the point back when it was right: parallel guesses cannot slip past the
 * count, and over the limit the answer is 429 whether the guess was right or wrong.
 */
export interface RateLimitSettings {
  /** Accreditation applications per client address per hour. */
  applicationsPerHour: number;
  /** Hands raised per journalist per minute. */
  handsPerMinute: number;
  /** Failed sign-ins per client address per 15 minutes. */
  signInFailuresPer15Minutes: number;
  /** Failed sign-ins per account (email) per 15 minutes, from any number of addresses. */
  signInFailuresPerAccountPer15Minutes?: number;
  /** Wrong, used or expired access-link tokens per client address per 15 minutes. */
  accessLinkFailuresPer15Minutes?: number;
}

export const DEFAULT_RATE_LIMITS: Required<RateLimitSettings> = {
  applicationsPerHour: 10,
  handsPerMinute: 6,
  signInFailuresPer15Minutes: 20,
  signInFailuresPerAccountPer15Minutes: 10,
  accessLinkFailuresPer15Minutes: 20,
};

const QUARTER_HOUR = 900;

/** An attempt counted in advance; settle it with succeeded() to give its points back. */
export interface CountedAttempt {
  succeeded(): Promise<void>;
}

/** Where counts are kept: this process's memory, or Redis, shared by every node (src/app/cluster.ts). */
export type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

const inMemory: LimiterFactory = (options) => new RateLimiterMemory(options);

export class RateLimits {
  private readonly applications: RateLimiterAbstract;
  private readonly hands: RateLimiterAbstract;
  private readonly signInsPerAddress: RateLimiterAbstract;
  private readonly signInsPerAccount: RateLimiterAbstract;
  private readonly accessLinks: RateLimiterAbstract;

  constructor(partial: Partial<RateLimitSettings> = {}, limiter: LimiterFactory = inMemory) {
    const settings = { ...DEFAULT_RATE_LIMITS, ...partial };
    this.applications = limiter({ keyPrefix: 'applications', points: settings.applicationsPerHour, duration: 3600 });
    this.hands = limiter({ keyPrefix: 'hands', points: settings.handsPerMinute, duration: 60 });
    this.signInsPerAddress = limiter({ keyPrefix: 'sign-ins-address', points: settings.signInFailuresPer15Minutes, duration: QUARTER_HOUR });
    this.signInsPerAccount = limiter({ keyPrefix: 'sign-ins-account', points: settings.signInFailuresPerAccountPer15Minutes, duration: QUARTER_HOUR });
    this.accessLinks = limiter({ keyPrefix: 'access-links', points: settings.accessLinkFailuresPer15Minutes, duration: QUARTER_HOUR });
  }

  application(clientKey: string) {
    return consume(this.applications, clientKey, 'too many applications from this address; try again later');
  }
  hand(userId: string) {
    return consume(this.hands, userId, 'too many hands raised; wait a moment');
  }
  /** Counts a sign-in against the address and the account before the password is checked. */
  signInAttempt(clientKey: string, email: string): Promise<CountedAttempt> {
    return countAttempt(
      [
        [this.signInsPerAddress, clientKey],
        [this.signInsPerAccount, email.trim().toLowerCase()],
      ],
      'too many sign-in attempts; try again later',
    );
  }
  /** Counts an access-link sign-in against the address before the token is looked up. */
  accessLinkAttempt(clientKey: string): Promise<CountedAttempt> {
    return countAttempt([[this.accessLinks, clientKey]], 'too many access-link attempts from this address; try again later');
  }
}

async function countAttempt(keys: [RateLimiterAbstract, string][], message: string): Promise<CountedAttempt> {
  const results = await Promise.allSettled(keys.map(([limiter, key]) => limiter.consume(key)));
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (refused.length > 0) {
    const waits = refused.map((reason) => {
      if (reason instanceof RateLimiterRes) return reason.msBeforeNext;
      throw reason;
    });
    throw new AppError('rate_limited', message, undefined, Math.max(1, Math.ceil(Math.max(...waits) / 1000)));
  }
  return {
    async succeeded() {
      await Promise.all(keys.map(([limiter, key]) => limiter.reward(key, 1)));
    },
  };
}

async function consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw new AppError('rate_limited', message, undefined, Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
    throw result;
  }
}
