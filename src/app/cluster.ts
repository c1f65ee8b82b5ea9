// What a node needs to share with the others of its cluster: the Redis bus and rate limits counted
// in Redis, so a limit holds for the cluster, not per node. While Redis is away each node counts
// in its own memory (the insurance limiter) rather than refusing every request.
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { RedisBus } from '../live/redis-bus.ts';
import type { LimiterFactory } from './rate-limits.ts';

export interface Cluster {
  bus: RedisBus;
  limiter: LimiterFactory;
}

export async function joinCluster(redisUrl: string, prefix = 'presser'): Promise<Cluster> {
  const bus = new RedisBus(redisUrl, { prefix });
  await bus.start();
  const limiter: LimiterFactory = (options) =>
    new RateLimiterRedis({
      storeClient: bus.client,
      useRedisPackage: false,
      ...options,
      keyPrefix: `${prefix}:limit:${options.keyPrefix}`,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  return { bus, limiter };
}
