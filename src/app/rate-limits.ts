import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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

export class RateLimits {
  private readonly applications: RateLimiterMemory;
  private readonly hands: RateLimiterMemory;
  private readonly signIns: RateLimiterMemory;

  constructor(settings: RateLimitSettings = DEFAULT_RATE_LIMITS) {
    this.applications = new RateLimiterMemory({ points: settings.applicationsPerHour, duration: 3600 });
    this.hands = new RateLimiterMemory({ points: settings.handsPerMinute, duration: 60 });
    this.signIns = new RateLimiterMemory({ points: settings.signInFailuresPer15Minutes, duration: 900 });
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

async function consume(limiter: RateLimiterMemory, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw new AppError('rate_limited', message, undefined, Math.ceil(result.msBeforeNext / 1000));
    throw result;
  }
}
