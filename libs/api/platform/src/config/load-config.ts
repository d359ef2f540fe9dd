import { AppConfig, ConfigError, LogFormat, LogLevel, NodeEnv, StorageDriver } from './app-config';

type Env = Record<string, string | undefined>;

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOG_FORMATS: LogFormat[] = ['json', 'pretty'];
const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];
const STORAGE_DRIVERS: StorageDriver[] = ['disk'];
/** `name@host` or `Display Name <name@host>`; no line breaks, which would inject headers. */
const MAIL_FROM = /^(?:[^<>\r\n]{1,100} <[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const port = read.int('PORT', 3000, 1, 65535);
  const config = Object.assign(new AppConfig(), {
    nodeEnv,
    host: read.string('HOST', '127.0.0.1'),
    port,
    publicUrl: read.url('PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']).replace(/\/$/, ''),
    sitemapPageSize: 50_000,
    databaseUrl: read.optionalUrl('DATABASE_URL', ['postgres:', 'postgresql:']),
    embeddedDatabase: !env['DATABASE_URL']?.trim(),
    databaseSchema: read.optionalPattern('DATABASE_SCHEMA', /^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case schema name'),
    databasePoolSize: read.int('DATABASE_POOL_SIZE', 10, 1, 200),
    dataDir: read.string('DATA_DIR', 'data'),
    migrateOnStart: read.bool('MIGRATE_ON_START', true),
    seedOnStart: read.bool('SEED_ON_START', !env['DATABASE_URL']),
    seedDemoReports: read.bool('SEED_DEMO_REPORTS', true),
    redisUrl: read.optionalUrl('REDIS_URL', ['redis:', 'rediss:']),
    redisKeyPrefix: read.pattern('REDIS_KEY_PREFIX', 'walikota:', /^[\w:.-]{1,64}$/, 'letters, digits and : . - _'),
    corsOrigins: read.list('CORS_ORIGINS').map((origin) => {
      if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://example.go.id`);
      return origin;
    }),
    bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 1_048_576, 1024, 104_857_600),
    rateLimitTtlSeconds: read.int('RATE_LIMIT_TTL_SECONDS', 60, 1, 86_400),
    rateLimitMax: read.int('RATE_LIMIT_MAX', 600, 1, 1_000_000),
    authRateLimitMax: read.int('AUTH_RATE_LIMIT_MAX', 10, 1, 100_000),
    reportsPerHour: read.int('REPORTS_PER_HOUR', 10, 1, 100_000),
    petitions: {
      sponsors: read.int('PETITION_SPONSORS', 5, 1, 100),
      openDays: read.int('PETITION_OPEN_DAYS', 90, 1, 365),
      responseThreshold: read.int('PETITION_RESPONSE_THRESHOLD', 500, 1, 10_000_000),
      agendaThreshold: read.int('PETITION_AGENDA_THRESHOLD', 2500, 1, 10_000_000),
      responseDays: read.int('PETITION_RESPONSE_DAYS', 21, 1, 365),
      moderationWorkingDays: read.int('PETITION_MODERATION_WORKING_DAYS', 10, 1, 100),
      countIntervalMs: read.int('PETITION_COUNT_INTERVAL_MS', 1000, 100, 5000),
      signsPerAccountPerHour: read.int('PETITION_SIGNS_PER_ACCOUNT_PER_HOUR', 60, 1, 100_000),
      signsPerIpPerMinute: read.int('PETITION_SIGNS_PER_IP_PER_MINUTE', 300, 1, 1_000_000),
      createsPerAccountPerDay: read.int('PETITIONS_PER_ACCOUNT_PER_DAY', 5, 1, 10_000),
      createsPerIpPerHour: read.int('PETITIONS_PER_IP_PER_HOUR', 20, 1, 100_000),
      unusualSigning: read.int('PETITION_UNUSUAL_SIGNING', 50, 2, 1_000_000),
    },
    forums: {
      postsPerHour: read.int('FORUM_POSTS_PER_HOUR', 30, 1, 100_000),
      newAccountPostsPerHour: read.int('FORUM_NEW_ACCOUNT_POSTS_PER_HOUR', 5, 1, 100_000),
      threadsPerDay: read.int('FORUM_THREADS_PER_DAY', 10, 1, 10_000),
      postsPerIpPerHour: read.int('FORUM_POSTS_PER_IP_PER_HOUR', 300, 1, 1_000_000),
      newAccountDays: read.int('FORUM_NEW_ACCOUNT_DAYS', 7, 0, 365),
      newAccountHeldPosts: read.int('FORUM_NEW_ACCOUNT_HELD_POSTS', 3, 0, 100),
      flagsToHide: read.int('FORUM_FLAGS_TO_HIDE', 3, 1, 1000),
    },
    meetings: {
      registrationsPerHour: read.int('MEETING_REGISTRATIONS_PER_HOUR', 20, 1, 100_000),
      questionsPerHour: read.int('MEETING_QUESTIONS_PER_HOUR', 10, 1, 100_000),
      streamHeartbeatMs: read.int('MEETING_STREAM_HEARTBEAT_MS', 15_000, 1000, 60_000),
    },
    publicListCacheMs: read.int('PUBLIC_LIST_CACHE_MS', nodeEnv === 'test' ? 0 : 1000, 0, 60_000),
    trustProxy: read.bool('TRUST_PROXY', false),
    openApiEnabled: read.bool('OPENAPI_ENABLED', nodeEnv !== 'production'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    logFormat: read.oneOf('LOG_FORMAT', LOG_FORMATS, nodeEnv === 'development' ? 'pretty' : 'json'),
    authSecret: read.secret('AUTH_SECRET', 32),
    accessTokenTtlSeconds: read.int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlDays: read.int('REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    cookieSecure: read.bool('COOKIE_SECURE', (env['PUBLIC_URL'] ?? '').startsWith('https:')),
    smtpUrl: read.optionalUrl('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: read.pattern('MAIL_FROM', 'Walikota <noreply@localhost>', MAIL_FROM, 'an address like Walikota <noreply@example.go.id>'),
    municipalityCode: read.pattern('MUNICIPALITY_CODE', '33.74', /^\d{2}\.\d{2}$/, 'a regency/city code like 33.74'),
    timeZone: read.timeZone('TIME_ZONE', 'Asia/Jakarta'),
    webDistDir: read.string('WEB_DIST_DIR', 'dist/apps/web/browser'),
    serverRendering: read.bool('SERVER_RENDERING', true),
    serverRenderTimeoutMs: read.int('SERVER_RENDER_TIMEOUT_MS', 3000, 100, 60_000),
    renderedPageCacheMs: read.int('RENDERED_PAGE_CACHE_MS', nodeEnv === 'test' ? 0 : 1000, 0, 60_000),
    mapTileUrl: read.tileUrl('MAP_TILE_URL'),
    siteLogoPath: read.pattern('SITE_LOGO_PATH', '/logo.png', /^\/[\w./-]{1,200}$/, 'a path on this site such as /logo.svg'),
    uploadMaxBytes: read.int('UPLOAD_MAX_BYTES', 10_485_760, 1024, 104_857_600),
    storageDriver: read.oneOf('STORAGE_DRIVER', STORAGE_DRIVERS, 'disk'),
  } satisfies AppConfig);

  if (config.petitions.agendaThreshold < config.petitions.responseThreshold)
    problems.push('PETITION_AGENDA_THRESHOLD: must not be below PETITION_RESPONSE_THRESHOLD');
  if (nodeEnv === 'production' && !config.authSecret) problems.push('AUTH_SECRET: required in production (at least 32 random characters)');
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.assign(config, overrides);
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  private fail<T>(name: string, expected: string, value: string, fallback: T): T {
    this.problems.push(`${name}: expected ${expected}, got "${value}"`);
    return fallback;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    return /^\d+$/.test(value) && n >= min && n <= max ? n : this.fail(name, `an integer from ${min} to ${max}`, value, fallback);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    return this.fail(name, 'true or false', value, fallback);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return (allowed as readonly string[]).includes(value) ? (value as T) : this.fail(name, `one of ${allowed.join(', ')}`, value, fallback);
  }

  pattern(name: string, fallback: string, re: RegExp, expected: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return re.test(value) ? value : this.fail(name, expected, value, fallback);
  }

  optionalPattern(name: string, re: RegExp, expected: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    return re.test(value) ? value : this.fail(name, expected, value, undefined);
  }

  /** A secret is never echoed back in a message. */
  secret(name: string, minLength: number): string | undefined {
    const value = this.raw(name);
    if (value !== undefined && value.length < minLength) {
      this.problems.push(`${name}: expected at least ${minLength} characters`);
      return undefined;
    }
    return value;
  }

  url(name: string, fallback: string, protocols: string[]): string {
    return this.optionalUrl(name, protocols) ?? fallback;
  }

  optionalUrl(name: string, protocols: string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      if (protocols.includes(new URL(value).protocol)) return value;
    } catch {
      // reported below
    }
    // Never echo a URL back: it may carry a password.
    this.problems.push(`${name}: expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    return undefined;
  }

  list(name: string): string[] {
    return (this.raw(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** An https tile URL template with {z}, {x} and {y} (and optionally {s} for subdomains). */
  tileUrl(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const ok = ['{z}', '{x}', '{y}'].every((p) => value.includes(p)) && /^https:\/\/[^/]+\//.test(value);
    if (!ok)
      this.problems.push(
        `${name}: expected an https tile URL template with {z}, {x} and {y}, such as https://tile.example.org/{z}/{x}/{y}.png`,
      );
    return ok ? value : undefined;
  }

  timeZone(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return value;
    } catch {
      return this.fail(name, 'an IANA time zone such as Asia/Jakarta', value, fallback);
    }
  }
}
