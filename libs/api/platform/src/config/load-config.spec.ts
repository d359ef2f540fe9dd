import { ConfigError } from './app-config';
import { loadConfig } from './load-config';

describe(loadConfig.name, () => {
  it('gives working defaults for the embedded mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      embeddedDatabase: true,
      seedOnStart: true,
      seedDemoReports: true,
      migrateOnStart: true,
      openApiEnabled: true,
      municipalityCode: '33.74',
      timeZone: 'Asia/Jakarta',
      siteLogoPath: '/logo.png',
      corsOrigins: [],
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads a real database and Redis, and does not seed demo data there by default', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/walikota',
      REDIS_URL: 'redis://cache:6379',
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(40),
    });
    expect(config).toMatchObject({ embeddedDatabase: false, seedOnStart: false, openApiEnabled: false, redisUrl: 'redis://cache:6379' });
  });

  it('writes readable log lines in development and JSON elsewhere, unless LOG_FORMAT says otherwise', () => {
    expect(loadConfig({}).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'test' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) }).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40), LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT: expected one of json, pretty, got "xml"');
  });

  it('names every bad variable at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'abc',
        NODE_ENV: 'staging',
        CORS_ORIGINS: 'https://ok.go.id,not-an-origin',
        TIME_ZONE: 'Mars/Base',
        MUNICIPALITY_CODE: '3374',
        SITE_LOGO_PATH: 'https://elsewhere.example/logo.png',
        MAP_TILE_URL: 'http://tiles.example/{z}/{x}.png',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toEqual([
      'NODE_ENV: expected one of development, production, test, got "staging"',
      'PORT: expected an integer from 1 to 65535, got "abc"',
      'CORS_ORIGINS: "not-an-origin" is not an origin like https://example.go.id',
      'MUNICIPALITY_CODE: expected a regency/city code like 33.74, got "3374"',
      'TIME_ZONE: expected an IANA time zone such as Asia/Jakarta, got "Mars/Base"',
      'MAP_TILE_URL: expected an https tile URL template with {z}, {x} and {y}, such as https://tile.example.org/{z}/{x}/{y}.png',
      'SITE_LOGO_PATH: expected a path on this site such as /logo.svg, got "https://elsewhere.example/logo.png"',
    ]);
    expect(error?.message).toContain('Invalid configuration:\n  - NODE_ENV');
  });

  it('reads the town-hall meetings’ numbers', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).meetings).toEqual({ registrationsPerHour: 20, questionsPerHour: 10, streamHeartbeatMs: 15000 });
    expect(() => loadConfig({ NODE_ENV: 'test', MEETING_STREAM_HEARTBEAT_MS: '10' })).toThrow(/MEETING_STREAM_HEARTBEAT_MS/);
  });

  it('reads the forums’ numbers', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).forums).toEqual({
      postsPerHour: 30,
      newAccountPostsPerHour: 5,
      threadsPerDay: 10,
      postsPerIpPerHour: 300,
      newAccountDays: 7,
      newAccountHeldPosts: 3,
      flagsToHide: 3,
    });
    expect(loadConfig({ NODE_ENV: 'test', FORUM_FLAGS_TO_HIDE: '5', FORUM_NEW_ACCOUNT_DAYS: '0' }).forums).toMatchObject({ flagsToHide: 5, newAccountDays: 0 });
    expect(() => loadConfig({ NODE_ENV: 'test', FORUM_FLAGS_TO_HIDE: '0' })).toThrow(/FORUM_FLAGS_TO_HIDE/);
  });

  it('reads the petitions’ numbers and refuses an agenda threshold below the response threshold', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).petitions).toMatchObject({ sponsors: 5, openDays: 90, responseThreshold: 500, agendaThreshold: 2500 });
    expect(loadConfig({ NODE_ENV: 'test', PETITION_SPONSORS: '2', PETITION_RESPONSE_THRESHOLD: '3' }).petitions).toMatchObject({
      sponsors: 2,
      responseThreshold: 3,
    });
    expect(() => loadConfig({ NODE_ENV: 'test', PETITION_RESPONSE_THRESHOLD: '3000' })).toThrow(
      'PETITION_AGENDA_THRESHOLD: must not be below PETITION_RESPONSE_THRESHOLD',
    );
  });

  it('never echoes a database URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/x' })).toThrow(
      /DATABASE_URL: expected a URL starting with postgres:\/\/ or postgresql:\/\//,
    );
    try {
      loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/x' });
    } catch (e) {
      expect((e as Error).message).not.toContain('s3cret');
    }
  });

  it('reads the SMTP server and sender, without ever echoing the SMTP URL', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'Walikota <noreply@localhost>' });
    expect(
      loadConfig({
        SMTP_URL: 'smtps://mailer:s3cret@smtp.semarangkota.go.id:465',
        MAIL_FROM: 'Pemkot Semarang <noreply@semarangkota.go.id>',
      }),
    ).toMatchObject({
      smtpUrl: 'smtps://mailer:s3cret@smtp.semarangkota.go.id:465',
      mailFrom: 'Pemkot Semarang <noreply@semarangkota.go.id>',
    });
    let error: ConfigError | undefined;
    try {
      loadConfig({ SMTP_URL: 'http://mailer:s3cret@smtp.example.id', MAIL_FROM: 'Walikota <noreply@x.id>\r\nBcc: all@x.id' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems).toEqual([
      'SMTP_URL: expected a URL starting with smtp:// or smtps://',
      expect.stringMatching(/^MAIL_FROM: expected an address like Walikota <noreply@example.go.id>/),
    ]);
    expect(error?.message).not.toContain('s3cret');
  });

  it('reads the upload limit and the storage driver', () => {
    expect(loadConfig({})).toMatchObject({ uploadMaxBytes: 10_485_760, storageDriver: 'disk', reportsPerHour: 10 });
    expect(loadConfig({ REPORTS_PER_HOUR: '25' })).toMatchObject({ reportsPerHour: 25 });
    expect(() => loadConfig({ REPORTS_PER_HOUR: '0' })).toThrow(/REPORTS_PER_HOUR/);
    expect(loadConfig({ UPLOAD_MAX_BYTES: '5242880', STORAGE_DRIVER: 'disk' })).toMatchObject({ uploadMaxBytes: 5_242_880 });
    let error: ConfigError | undefined;
    try {
      loadConfig({ UPLOAD_MAX_BYTES: '10MB', STORAGE_DRIVER: 's3' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems).toEqual([
      'UPLOAD_MAX_BYTES: expected an integer from 1024 to 104857600, got "10MB"',
      'STORAGE_DRIVER: expected one of disk, got "s3"',
    ]);
  });

  it('lets tests override values after validation', () => {
    expect(loadConfig({}, { rateLimitMax: 3 }).rateLimitMax).toBe(3);
  });
});
