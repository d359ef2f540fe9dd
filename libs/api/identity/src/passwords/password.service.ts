import { Injectable, OnModuleInit } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** The 20,000 most common passwords (zxcvbn-ts, MIT; see data/common-passwords.LICENSE.txt). */
const COMMON_PASSWORDS_FILE = path.join(__dirname, '../../data/common-passwords.txt');

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashing and the password policy: length, not a common password, not the user's own name or e-mail. */
@Injectable()
export class PasswordService implements OnModuleInit {
  private common = new Set<string>();

  async onModuleInit(): Promise<void> {
    const text = await readFile(COMMON_PASSWORDS_FILE, 'utf8');
    this.common = new Set(text.split('\n').filter(Boolean));
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    if (!passwordHash) return false;
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** The code of the first rule the password breaks (`validation.<code>`), or null. */
  problem(password: string, personal: { email?: string | null; name?: string | null } = {}): string | null {
    if (password.length < PASSWORD_MIN_LENGTH) return 'password_too_short';
    if (password.length > PASSWORD_MAX_LENGTH) return 'password_too_long';
    const lower = password.toLowerCase();
    if (this.common.has(lower) || this.common.has(lower.replace(/\d+$/, ''))) return 'password_common';
    const words = [personal.email?.split('@')[0], ...(personal.name?.split(/\s+/) ?? [])].filter((w): w is string => !!w && w.length >= 4);
    if (words.some((w) => lower.includes(w.toLowerCase()))) return 'password_personal';
    return null;
  }
}
