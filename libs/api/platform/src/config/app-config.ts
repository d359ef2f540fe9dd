/**
 * The one typed configuration of the API. `loadConfig` is the only reader of the process
 * environment; everything else receives an `AppConfig`.
 */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** `json`: one JSON object a line (for log collectors); `pretty`: readable lines for a terminal. */
export type LogFormat = 'json' | 'pretty';
/** Where uploaded files live. Only `disk` for now; the FileStorage interface admits an S3-compatible driver. */
export type StorageDriver = 'disk';

export class AppConfig {
  nodeEnv!: NodeEnv;
  host!: string;
  port!: number;
  publicUrl!: string;
  /**
   * URLs per sitemap file: the sitemap protocol's limit, 50,000. Not read from the environment;
   * tests lower it to see the paging (libs/api/discovery).
   */
  sitemapPageSize!: number;
  /** Unset: an embedded PostgreSQL (PGlite) under `dataDir` is started. */
  databaseUrl?: string;
  /** True when DATABASE_URL was not given, even after the embedded server's URL is filled in. */
  embeddedDatabase!: boolean;
  /** A schema other than `public` (tests use one schema per test file). */
  databaseSchema?: string;
  databasePoolSize!: number;
  dataDir!: string;
  migrateOnStart!: boolean;
  seedOnStart!: boolean;
  /** With the demo accounts, also file a few demo reports (off in the browser tests). */
  seedDemoReports!: boolean;
  redisUrl?: string;
  /** Prefix of every Redis key, so several deployments (or test runs) can share one server. */
  redisKeyPrefix!: string;
  corsOrigins!: string[];
  bodyLimitBytes!: number;
  rateLimitTtlSeconds!: number;
  rateLimitMax!: number;
  /** Per-client limit per minute on sign-in, registration and password reset. */
  authRateLimitMax!: number;
  /** Reports one account may file per hour (the moderators' queue is not to be flooded). */
  reportsPerHour!: number;
  /** Petitions: thresholds, periods and limits (docs/product.md, "Petitions"). */
  petitions!: PetitionSettings;
  /** Forums: posting limits and moderation thresholds (docs/product.md, "Town-hall forums"). */
  forums!: ForumSettings;
  /** Town-hall meetings: limits and the live board (docs/product.md, "Town-hall meetings"). */
  meetings!: MeetingSettings;
  /**
   * How long a page of the public report list, as a visitor sees it, is served from memory
   * (milliseconds; 0: never). Visitors at a viral moment ask for the same first pages.
   */
  publicListCacheMs!: number;
  trustProxy!: boolean;
  openApiEnabled!: boolean;
  logLevel!: LogLevel;
  /** `pretty` by default in development, `json` otherwise. */
  logFormat!: LogFormat;
  /** Signs access tokens. Required in production; elsewhere kept in DATA_DIR/auth-secret. */
  authSecret?: string;
  accessTokenTtlSeconds!: number;
  refreshTokenTtlDays!: number;
  /** Cookies only over HTTPS (default: when PUBLIC_URL is https). */
  cookieSecure!: boolean;
  /**
   * SMTP server for outgoing e-mail (smtp:// or smtps://, may carry credentials). Unset: e-mails
   * stay in the outbox table, where admins read them (embedded mode).
   */
  smtpUrl?: string;
  /** The From header of every e-mail, e.g. `Walikota <noreply@semarangkota.go.id>`. */
  mailFrom!: string;
  municipalityCode!: string;
  timeZone!: string;
  webDistDir!: string;
  /**
   * Public pages rendered on the server for visitors (docs/architecture.md, "Server-side
   * rendering"); off: every page is rendered in the browser, as for signed-in users.
   */
  serverRendering!: boolean;
  /** A page that takes longer to render on the server is sent for the browser to render instead. */
  serverRenderTimeoutMs!: number;
  /** How long each API process reuses a page it rendered for visitors (0: never). */
  renderedPageCacheMs!: number;
  /**
   * Map tiles for the report map (`https://…/{z}/{x}/{y}.png`); unset: no external tiles, the
   * forms work with coordinates alone. Its origin is added to the CSP's img-src.
   */
  mapTileUrl?: string;
  /** The city's logo, a path served by this site (the strict CSP allows only same-origin images). */
  siteLogoPath!: string;
  /** The largest file a user may upload (attachments), in bytes. */
  uploadMaxBytes!: number;
  /** `disk`: files under DATA_DIR/uploads. */
  storageDriver!: StorageDriver;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Forums' numbers, each from its own environment variable (docs/operations.md, "Configuration"). */
export interface ForumSettings {
  /** Posts (threads and replies) one account may write per hour (FORUM_POSTS_PER_HOUR). */
  postsPerHour: number;
  /** The same for accounts younger than `newAccountDays` (FORUM_NEW_ACCOUNT_POSTS_PER_HOUR). */
  newAccountPostsPerHour: number;
  /** Threads one account may start per day (FORUM_THREADS_PER_DAY). */
  threadsPerDay: number;
  /** Posts from one address per hour; many citizens share a carrier's address (FORUM_POSTS_PER_IP_PER_HOUR). */
  postsPerIpPerHour: number;
  /** An account younger than this many days is "new" (FORUM_NEW_ACCOUNT_DAYS). */
  newAccountDays: number;
  /** A new account's first posts that wait for a moderator's approval (FORUM_NEW_ACCOUNT_HELD_POSTS). */
  newAccountHeldPosts: number;
  /** Distinct users' flags that hide an item until a moderator reviews it (FORUM_FLAGS_TO_HIDE). */
  flagsToHide: number;
}

/** Town-hall meetings' numbers, each from its own environment variable (docs/operations.md, "Configuration"). */
export interface MeetingSettings {
  /** Registrations (or cancellations) one account may make per hour (MEETING_REGISTRATIONS_PER_HOUR). */
  registrationsPerHour: number;
  /** Questions one account may ask per hour (MEETING_QUESTIONS_PER_HOUR). */
  questionsPerHour: number;
  /** How often the live question board sends a comment to keep proxies from closing it (MEETING_STREAM_HEARTBEAT_MS). */
  streamHeartbeatMs: number;
}

/** Petitions' numbers, each from its own environment variable (docs/operations.md, "Configuration"). */
export interface PetitionSettings {
  /** Distinct verified sponsors a draft needs before moderators see it (PETITION_SPONSORS). */
  sponsors: number;
  /** Days a published petition takes signatures (PETITION_OPEN_DAYS). */
  openDays: number;
  /** Signatures at which an official response is due (PETITION_RESPONSE_THRESHOLD). */
  responseThreshold: number;
  /** Signatures at which it goes on a town-hall agenda (PETITION_AGENDA_THRESHOLD). */
  agendaThreshold: number;
  /** Days after the response threshold before a missing response is overdue (PETITION_RESPONSE_DAYS). */
  responseDays: number;
  /** Working days moderators aim to decide in (PETITION_MODERATION_WORKING_DAYS). */
  moderationWorkingDays: number;
  /** How often each instance folds new signatures into the public counts (PETITION_COUNT_INTERVAL_MS). */
  countIntervalMs: number;
  /** Signatures one account may add (or withdraw) per hour (PETITION_SIGNS_PER_ACCOUNT_PER_HOUR). */
  signsPerAccountPerHour: number;
  /** Signatures from one address per minute; many citizens share a carrier's address (PETITION_SIGNS_PER_IP_PER_MINUTE). */
  signsPerIpPerMinute: number;
  /** Petitions one account may start per day (PETITIONS_PER_ACCOUNT_PER_DAY). */
  createsPerAccountPerDay: number;
  /** Petitions started from one address per hour (PETITIONS_PER_IP_PER_HOUR). */
  createsPerIpPerHour: number;
  /** Signatures in the last hour from one address or e-mail domain that moderators are shown (PETITION_UNUSUAL_SIGNING). */
  unusualSigning: number;
}
