import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from './errors.ts';

/** Limits on what anyone can do too often. Memory now; rate-limiter-flexible has a Redis store for later. */
export interface RateLimitSettings {
  /** Accreditation applications per client address per hour. */
  applicationsPerHour: number;
  /** Hands raised per journalist per minute. */
  handsPerMinute: number;
  /** Failed sign-ins per address per 15 minutes. */
  signInFailuresPer15Minutes: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { applicationsPerHour: 10, handsPerMinute: 6, signInFailuresPer15Minutes: 20 };

/** Where counts are kept: this process's memory, or a store every node shares (src/app/cluster-limits.ts). */
export type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

const inMemory: LimiterFactory = (options) => new RateLimiterMemory(options);

export class RateLimits {
  private readonly applications: RateLimiterAbstract;
  private readonly hands: RateLimiterAbstract;
  private readonly signIns: RateLimiterAbstract;

  constructor(settings: RateLimitSettings = DEFAULT_RATE_LIMITS, limiter: LimiterFactory = inMemory) {
    this.applications = limiter({ keyPrefix: 'applications', points: settings.applicationsPerHour, duration: 3600 });
    this.hands = limiter({ keyPrefix: 'hands', points: settings.handsPerMinute, duration: 60 });
    this.signIns = limiter({ keyPrefix: 'sign-ins', points: settings.signInFailuresPer15Minutes, duration: 900 });
  }

  application(clientKey: string) {
    return consume(this.applications, clientKey, 'too many applications from this address; try again later');
  }
  hand(userId: string) {
    return consume(this.hands, userId, 'too many hands raised; wait a moment');
  }
  signInFailure(clientKey: string) {
    return consume(this.signIns, clientKey, 'too many failed sign-ins; try again later');
  }
}

async function consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw new AppError('rate_limited', message, undefined, Math.ceil(result.msBeforeNext / 1000));
    throw result;
  }
}
