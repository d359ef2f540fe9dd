import { PasswordService, UserEntity, UserRoleEntity } from '@walikota/api-identity';
import { EmailFrequency } from '@walikota/api-notifications';
import { SessionBrowser, TestApp } from '@walikota/api-testing';
import { simpleParser, ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import supertest from 'supertest';

export const PASSWORD = 'kopi-tubruk-pagi-hari';

/** A session browser signing in with PASSWORD. */
export class Browser extends SessionBrowser {
  async login(email: string): Promise<this> {
    expect((await this.signIn(email, PASSWORD)).status).toBe(200);
    return this;
  }

  post(url: string): supertest.Test {
    return this.send('post', url);
  }
}

export interface UserOptions {
  roles?: string[];
  language?: 'id' | 'en';
  emailFrequency?: EmailFrequency;
  status?: 'active' | 'suspended';
}

/** A verified account (password PASSWORD); returns its id. */
export async function createUser(t: TestApp, email: string, options: UserOptions = {}): Promise<string> {
  const passwordHash = await t.app.get(PasswordService).hash(PASSWORD);
  const user = await t.dataSource.getRepository(UserEntity).save({
    email,
    name: email.split('@')[0],
    passwordHash,
    emailVerifiedAt: new Date(),
    language: options.language ?? 'id',
    emailFrequency: options.emailFrequency ?? 'immediate',
    status: options.status ?? 'active',
  });
  const roles = options.roles ?? ['citizen'];
  if (roles.length) await t.dataSource.getRepository(UserRoleEntity).insert(roles.map((role) => ({ userId: user.id, role })));
  return user.id;
}

/** Polls until `check` returns a value (not undefined/false), for at most `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A real SMTP server on a random local port that parses every message it accepts. */
export class TestSmtpServer {
  readonly received: ParsedMail[] = [];
  /** Recipients answered with a temporary failure (451), and how often each was refused. */
  readonly refuse = new Set<string>();
  readonly refusals = new Map<string, number>();
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        if (!this.refuse.has(address.address)) return callback();
        this.refusals.set(address.address, (this.refusals.get(address.address) ?? 0) + 1);
        callback(Object.assign(new Error('Kotak surat sementara tidak tersedia'), { responseCode: 451 }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
  }

  static async start(): Promise<TestSmtpServer> {
    const smtp = new TestSmtpServer();
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => addressesOf(mail).includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function addressesOf(mail: ParsedMail): string[] {
  const to = mail.to ? ([] as unknown[]).concat(mail.to) : [];
  return (to as { value: { address?: string }[] }[]).flatMap((group) => group.value.map((v) => v.address ?? ''));
}
