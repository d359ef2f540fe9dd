import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { REDIS } from './redis.token';
import { closeRedis, watchRedis } from './redis-connection';

/** How long `on` waits for Redis to confirm a subscription before going on without it (it stays queued). */
const SUBSCRIBE_WAIT_MS = 2_000;

/**
 * A signal to every API instance, e.g. "the holidays changed: forget your copy", optionally with
 * a short message ("which user"). Over Redis pub/sub when REDIS_URL is set (channels carry
 * REDIS_KEY_PREFIX, so deployments sharing a server do not hear each other); within this process
 * otherwise. Delivery is best effort: a cache that listens must still expire on its own, and can
 * ask `listening` whether it would hear a signal now.
 */
@Injectable()
export class Broadcast implements OnApplicationShutdown {
  private readonly logger = new Logger('Broadcast');
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  private subscriber: Redis | null = null;
  private subscriberConnections = 0;

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly config: AppConfig,
  ) {}

  /**
   * Whether a signal published now by any instance would reach this one: always without Redis;
   * with Redis, while the subscriber connection is up (signals sent while it is down are lost).
   */
  get listening(): boolean {
    return !this.redis || this.subscriber?.status === 'ready';
  }

  /**
   * Goes up each time the subscriber connection is (re)established: a cache that kept something
   * before may have missed signals sent meanwhile. Always 0 without Redis.
   */
  get listenGeneration(): number {
    return this.subscriberConnections;
  }

  /** Runs `handler` with the message whenever any instance, this one included, publishes on `channel`. */
  async on(channel: string, handler: (message: string) => void): Promise<void> {
    const handlers = this.handlers.get(channel) ?? new Set();
    const first = handlers.size === 0;
    handlers.add(handler);
    this.handlers.set(channel, handlers);
    if (!this.redis || !first) return;
    if (!this.subscriber) {
      // A connection in subscriber mode can do nothing else: its own. Unlike the app's
      // connection it queues while Redis is away, so a subscription made during an outage is
      // sent once Redis answers (and ioredis subscribes again after every reconnection).
      this.subscriber = this.redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, commandTimeout: undefined });
      this.subscriber.on('message', (name: string, message: string) => this.deliver(name.slice(this.channel('').length), message));
      this.subscriber.on('ready', () => this.subscriberConnections++);
      watchRedis(this.subscriber, 'Redis subscriber', this.logger);
    }
    // Start-up does not wait on Redis: past SUBSCRIBE_WAIT_MS the subscription completes later.
    let timer: NodeJS.Timeout | undefined;
    const subscribed = this.subscriber.subscribe(this.channel(channel)).then(
      () => true,
      (error: Error) => (this.logger.warn(`${channel}: not subscribed (${error.message})`), true),
    );
    const waited = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), SUBSCRIBE_WAIT_MS)));
    if (!(await Promise.race([subscribed, waited]))) this.logger.warn(`${channel}: subscription pending until Redis answers`);
    clearTimeout(timer);
  }

  /** Tells every instance; resolves once Redis has passed the signal on to the subscribers. */
  async publish(channel: string, message = '1'): Promise<void> {
    if (!this.redis) return this.deliver(channel, message);
    try {
      await this.redis.publish(this.channel(channel), message);
    } catch (error) {
      this.logger.warn(`${channel}: not published (${(error as Error).message}); told this instance only`);
      this.deliver(channel, message);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.subscriber) await closeRedis(this.subscriber);
  }

  private deliver(channel: string, message: string): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(message);
      } catch (error) {
        this.logger.error(`${channel}: ${(error as Error).message}`);
      }
    }
  }

  private channel(name: string): string {
    return `${this.config.redisKeyPrefix}broadcast:${name}`;
  }
}
