import { AppConfig } from '@walikota/api-platform';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One secret per configuration: the token signer and the CSRF tokens must agree (tests get a random one). */
const resolved = new WeakMap<AppConfig, string>();

/**
 * AUTH_SECRET when set (required in production). Otherwise a random secret kept in
 * DATA_DIR/auth-secret, so sign-ins survive a restart of `npm start`; tests get a fresh one.
 */
export function resolveAuthSecret(config: AppConfig): string {
  let secret = resolved.get(config);
  if (!secret) {
    secret = readOrCreateSecret(config);
    resolved.set(config, secret);
  }
  return secret;
}

function readOrCreateSecret(config: AppConfig): string {
  if (config.authSecret) return config.authSecret;
  if (config.nodeEnv === 'test') return randomBytes(32).toString('base64url');
  const file = path.join(config.dataDir, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
