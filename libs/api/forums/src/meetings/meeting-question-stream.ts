import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig, Broadcast } from '@walikota/api-platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';

const CHANNEL = 'meeting-questions';

/**
 * The live question board (docs/product.md, "Town-hall meetings"): server-sent events per meeting.
 * A change on any API instance is published through `Broadcast` (Redis pub/sub when configured),
 * and every instance passes it to the streams it holds. Each event carries the list's version,
 * so a client that lost its stream polls `GET …/questions?since=<version>` instead.
 */
@Injectable()
export class MeetingQuestionStream implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('MeetingQuestionStream');
  private readonly listeners = new Map<string, Set<(version: number) => void>>();
  private readonly open = new Set<ServerResponse>();

  constructor(
    private readonly broadcast: Broadcast,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.broadcast.on(CHANNEL, (message) => this.deliver(message));
  }

  /** Tells every instance that a meeting's question list is now at `version`; never throws. */
  async changed(meetingId: string, version: number): Promise<void> {
    try {
      await this.broadcast.publish(CHANNEL, JSON.stringify({ meetingId, version }));
    } catch (error) {
      this.logger.warn(`not published: ${(error as Error).message}`);
    }
  }

  /** Holds the response open as an event stream of `meetingId`'s versions, starting with `version`. */
  serve(request: FastifyRequest, reply: FastifyReply, meetingId: string, version: number): void {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx would otherwise hold the events back in its buffer.
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
    });
    let last = version;
    const send = (v: number) => {
      if (v < last) return;
      last = v;
      res.write(`id: ${v}\nevent: questions\ndata: ${JSON.stringify({ version: v })}\n\n`);
    };
    res.write('retry: 5000\n\n');
    send(version);
    const listeners = this.listeners.get(meetingId) ?? new Set();
    listeners.add(send);
    this.listeners.set(meetingId, listeners);
    this.open.add(res);
    // A comment line now and then: proxies close a connection that stays silent.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), this.config.meetings.streamHeartbeatMs);
    heartbeat.unref();
    const close = () => {
      clearInterval(heartbeat);
      listeners.delete(send);
      if (listeners.size === 0) this.listeners.delete(meetingId);
      this.open.delete(res);
    };
    request.raw.on('close', close);
    res.on('close', close);
  }

  /** Open streams would keep the server from closing: they end first. */
  beforeApplicationShutdown(): void {
    for (const res of this.open) res.end();
    this.open.clear();
  }

  private deliver(message: string): void {
    let parsed: { meetingId?: unknown; version?: unknown };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      return;
    }
    if (typeof parsed.meetingId !== 'string' || typeof parsed.version !== 'number') return;
    for (const send of this.listeners.get(parsed.meetingId) ?? []) send(parsed.version);
  }
}
