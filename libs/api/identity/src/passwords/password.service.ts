import { Injectable, OnModuleInit } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { AppConfig } from '@walikota/api-platform';
import { loadMunicipality } from '@walikota/api-reference';
import { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as indonesianDictionary } from '@zxcvbn-ts/language-id';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score, 0–4: 3 means about 10^8 guesses or more, "safely unguessable" for a slow hash like argon2id. */
export const PASSWORD_MIN_SCORE = 3;

/** The portal's own words, which a guesser aiming at this city's accounts tries first. */
const PORTAL_WORDS = [
  'kota',
  'kabupaten',
  'walikota',
  'wali',
  'bupati',
  'pemkot',
  'pemkab',
  'pemerintah',
  'balaikota',
  'kantor',
  'portal',
  'warga',
  'aspirasi',
  'pengaduan',
  'laporan',
  'lapor',
  'kelurahan',
  'kecamatan',
  'desa',
  'rahasia',
  'katasandi',
  'sandi',
];
const CITY_DICTIONARY = 'walikota-city';
/** Only this much of a password is analysed: enough to judge it, and zxcvbn's time grows fast with length. */
const ANALYSED_LENGTH = 64;

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

/** One estimator per city: building its ranked dictionaries takes a moment. */
const estimators = new Map<string, Promise<ZxcvbnFactory>>();

/**
 * Hashing and the password policy: a length, and a strength estimate (zxcvbn-ts) that knows
 * common passwords, Indonesian words and names, the city's kecamatan and kelurahan, the portal's
 * own words and the user's name and e-mail address.
 */
@Injectable()
export class PasswordService implements OnModuleInit {
  private estimator?: ZxcvbnFactory;

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    this.estimator = await estimatorFor(this.config.municipalityCode);
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

  /**
   * The code of the first rule the password breaks (`validation.<code>`), or null: too short or
   * long; holding the owner's name or e-mail; or guessable (a common password, the city's names,
   * or patterns such as repeats, sequences and dates).
   */
  problem(password: string, owner: PasswordOwner = {}): string | null {
    if (password.length < PASSWORD_MIN_LENGTH) return 'password_too_short';
    if (password.length > PASSWORD_MAX_LENGTH) return 'password_too_long';
    const lower = password.toLowerCase();
    const personal = personalWords(owner);
    if (personal.own.some((word) => lower.includes(word))) return 'password_personal';
    const result = this.estimate(password, personal.inputs);
    if (result.score >= PASSWORD_MIN_SCORE) return null;
    const dictionaries = new Set(result.sequence.map((match) => ('dictionaryName' in match ? String(match.dictionaryName) : '')));
    if (dictionaries.has('userInputs')) return 'password_personal';
    if (dictionaries.has('passwords-common')) return 'password_common';
    if (dictionaries.has(CITY_DICTIONARY)) return 'password_local';
    return 'password_weak';
  }

  private estimate(password: string, userInputs: string[]): ZxcvbnResult {
    if (!this.estimator) throw new Error('PasswordService used before the module was initialised');
    return this.estimator.check(password.slice(0, ANALYSED_LENGTH), userInputs);
  }
}

function estimatorFor(municipalityCode: string): Promise<ZxcvbnFactory> {
  let estimator = estimators.get(municipalityCode);
  if (!estimator) {
    estimator = createEstimator(municipalityCode);
    estimators.set(municipalityCode, estimator);
    estimator.catch(() => estimators.delete(municipalityCode));
  }
  return estimator;
}

async function createEstimator(municipalityCode: string): Promise<ZxcvbnFactory> {
  return new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...indonesianDictionary, [CITY_DICTIONARY]: await cityWords(municipalityCode) },
    graphs: adjacencyGraphs,
    maxLength: ANALYSED_LENGTH,
    // Fewer l33t variants than the default: a crafted password cannot stall the event loop.
    l33tMaxSubstitutions: 20,
  });
}

/** The city's name, kecamatan and kelurahan/desa, whole and word by word, and the portal's words. */
async function cityWords(municipalityCode: string): Promise<string[]> {
  const municipality = await loadMunicipality(municipalityCode);
  const names = [municipality.name, ...municipality.districts.map((d) => d.name), ...municipality.villages.map((v) => v.name)];
  const words = new Set(PORTAL_WORDS);
  for (const name of names) {
    const parts = name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    for (const part of parts) if (part.length >= 3) words.add(part);
    if (parts.length > 1) words.add(parts.join(''));
  }
  return [...words];
}

/**
 * The owner's words: `own` (name words, the e-mail's local part and its pieces) may not appear in
 * the password at all; `inputs` (those and the whole address and its domain) tell zxcvbn what a
 * guesser who knows the owner would try first.
 */
function personalWords(owner: PasswordOwner): { own: string[]; inputs: string[] } {
  const email = owner.email?.toLowerCase() ?? '';
  const [local = '', domain = ''] = email.split('@');
  const own = [...(owner.name?.toLowerCase().split(/\s+/) ?? []), local, ...local.split(/[^\p{L}\p{N}]+/u)].filter((w) => w.length >= 4);
  const inputs = [...own, email, ...domain.split('.').slice(0, -1)].filter((w) => w.length >= 3);
  return { own: [...new Set(own)], inputs: [...new Set(inputs)] };
}
