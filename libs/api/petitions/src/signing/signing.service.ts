import { Injectable } from '@nestjs/common';
import { AccountsService } from '@walikota/api-identity';
import {
  AppConfig,
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  GroupBatcher,
  MicroCache,
  NotFoundDomainException,
  PerUserRateLimiter,
  preparedQuery,
  RequestMeta,
} from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import type { PetitionState } from '@walikota/shared-contracts';
import { DataSource } from 'typeorm';
import { SignatureResultDto, SignPetitionDto } from '../petition.dto';
import { takesSignatures } from '../petition-rules';
import { BlockedDomains } from './blocked-domains';

/** What a signing request needs of its petition, kept for a second per instance. */
interface SigningTarget {
  id: string;
  state: PetitionState;
  closesAt: Date | null;
  signatureCount: number;
}

interface SignInput {
  petitionId: string;
  userId: string;
  areaId: string | null;
  ip: string | null;
  emailDomain: string | null;
}

interface SignOutcome {
  inserted: boolean;
  signedAt: Date | null;
}

/**
 * Signing and withdrawing (docs/product.md, "Petitions"). The hot path of a viral
 * petition: no row is locked and no counter updated. A signature is `INSERT … ON CONFLICT
 * (petition_id, user_id) DO NOTHING`, written in group-committed batches (GroupBatcher), each
 * batch adding one row to `petition_count_delta` in the same statement; the counting job
 * (PetitionCounter) folds those into the public count within seconds.
 */
@Injectable()
export class SigningService {
  private readonly targets = new MicroCache<SigningTarget | null>(1000, 2000);
  private readonly batcher: GroupBatcher<SignInput, SignOutcome>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly limiter: PerUserRateLimiter,
    private readonly blocked: BlockedDomains,
    private readonly reference: ReferenceService,
    private readonly accounts: AccountsService,
  ) {
    // One batch in flight per instance (GroupBatcher's default), as large as the load makes it.
    this.batcher = new GroupBatcher((items) => this.writeBatch(items));
  }

  async sign(
    user: AuthUser,
    meta: RequestMeta,
    code: string,
    dto: SignPetitionDto,
  ): Promise<{ created: boolean; result: SignatureResultDto }> {
    const target = await this.target(code);
    if (!target) throw new NotFoundDomainException();
    if (!takesSignatures(target.state, target.closesAt, new Date())) throw new ConflictDomainException('petition_not_open');
    if (user.emailDomain && (await this.blocked.has(user.emailDomain))) throw new ConflictDomainException('petition_domain_blocked');
    const limits = this.config.petitions;
    // Both counters in one round trip to the shared store. They stand in for the global
    // per-address limit, which the route skips (PETITION_SIGNS_PER_IP_PER_MINUTE is the stricter one).
    await this.limiter.consumeAll([
      { name: 'petition_sign', id: user.id, limit: limits.signsPerAccountPerHour, windowMs: 3_600_000 },
      { name: 'petition_sign_ip', id: meta.ip, limit: limits.signsPerIpPerMinute, windowMs: 60_000 },
    ]);

    let areaId = user.homeAreaId ?? null;
    if (!areaId) {
      // Asked once: the kelurahan given here is saved to the profile for the next petitions.
      if (!dto.areaId) throw new FieldDomainException('areaId', 'petition_area_required');
      const kelurahan = await this.reference.kelurahan(dto.areaId);
      if (!kelurahan) throw new FieldDomainException('areaId', 'petition_kelurahan_not_found');
      await this.accounts.updateProfile(user.id, { homeAreaId: kelurahan.id });
      areaId = kelurahan.id;
    }

    const outcome = await this.batcher.add({
      petitionId: target.id,
      userId: user.id,
      areaId,
      ip: meta.ip || null,
      emailDomain: user.emailDomain ?? null,
    });
    if (!outcome.signedAt) throw new ConflictDomainException('petition_not_open');
    return {
      created: outcome.inserted,
      result: {
        signed: true,
        alreadySigned: !outcome.inserted,
        signedAt: outcome.signedAt.toISOString(),
        signatureCount: target.signatureCount,
      },
    };
  }

  /** Withdraws the caller's signature while the petition is open; an invalidated one stays as it is. */
  async withdraw(user: AuthUser, code: string): Promise<SignatureResultDto> {
    const target = await this.target(code);
    if (!target) throw new NotFoundDomainException();
    if (!takesSignatures(target.state, target.closesAt, new Date())) throw new ConflictDomainException('petition_not_open');
    await this.limiter.consume('petition_sign', user.id, this.config.petitions.signsPerAccountPerHour, 3_600_000);
    // One statement: the row goes and the count's −1 is written, or neither.
    const rows: { petition_id: string }[] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM petition_signature s
          USING petition p
          WHERE s.petition_id = $1 AND s.user_id = $2 AND s.invalidated_at IS NULL
            AND p.id = s.petition_id AND p.state = 'open' AND p.closes_at > now()
         RETURNING s.petition_id)
       INSERT INTO petition_count_delta (petition_id, delta) SELECT petition_id, -1 FROM gone RETURNING petition_id`,
      [target.id, user.id],
    );
    if (rows.length === 0) throw new NotFoundDomainException('petition_signature_not_found');
    return { signed: false, alreadySigned: false, signedAt: null, signatureCount: target.signatureCount };
  }

  private target(code: string): Promise<SigningTarget | null> {
    return this.targets.get(code, async () => {
      const rows: { id: string; state: PetitionState; closes_at: Date | null; signature_count: number }[] = await this.dataSource.query(
        `SELECT id, state, closes_at, signature_count FROM petition WHERE code = $1`,
        [code],
      );
      const row = rows[0];
      return row ? { id: row.id, state: row.state, closesAt: row.closes_at, signatureCount: row.signature_count } : null;
    });
  }

  /**
   * One batch, one statement: the signatures of still-open petitions inserted (a repeat does
   * nothing), one count delta per petition for what was inserted. Items not inserted are then
   * told apart: signed before (their time) or the petition no longer open (no time).
   */
  private async writeBatch(items: SignInput[]): Promise<SignOutcome[]> {
    const inserted = await preparedQuery<{ petition_id: string; user_id: string; created_at: Date }>(
      this.dataSource,
      'petitions_sign_batch',
      `WITH input AS (
         SELECT DISTINCT ON (petition_id, user_id) *
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::inet[], $5::varchar[]) AS i(petition_id, user_id, area_id, ip, email_domain)),
       ins AS (
         INSERT INTO petition_signature (petition_id, user_id, area_id, ip, email_domain)
         SELECT i.petition_id, i.user_id, i.area_id, i.ip, i.email_domain
           FROM input i JOIN petition p ON p.id = i.petition_id AND p.state = 'open' AND p.closes_at > now()
         ON CONFLICT (petition_id, user_id) DO NOTHING
         RETURNING petition_id, user_id, created_at),
       delta AS (
         INSERT INTO petition_count_delta (petition_id, delta) SELECT petition_id, count(*) FROM ins GROUP BY petition_id)
       SELECT petition_id, user_id, created_at FROM ins`,
      [
        items.map((i) => i.petitionId),
        items.map((i) => i.userId),
        items.map((i) => i.areaId),
        items.map((i) => i.ip),
        items.map((i) => i.emailDomain),
      ],
    );
    const key = (petitionId: string, userId: string) => `${petitionId}|${userId}`;
    const fresh = new Map(inserted.map((r) => [key(r.petition_id, r.user_id), r.created_at]));
    // A user twice in one batch: the first is "inserted", the repeat "already signed".
    const told = new Set<string>();
    const outcomes: (SignOutcome | undefined)[] = items.map((i) => {
      const k = key(i.petitionId, i.userId);
      const at = fresh.get(k);
      if (!at || told.has(k)) return undefined;
      told.add(k);
      return { inserted: true, signedAt: at };
    });
    const rest = items.filter((_, n) => outcomes[n] === undefined);
    if (rest.length > 0) {
      const existing = await preparedQuery<{ petition_id: string; user_id: string; created_at: Date }>(
        this.dataSource,
        'petitions_signed_before',
        `SELECT s.petition_id, s.user_id, s.created_at FROM petition_signature s
           JOIN unnest($1::uuid[], $2::uuid[]) AS i(petition_id, user_id) ON s.petition_id = i.petition_id AND s.user_id = i.user_id`,
        [rest.map((i) => i.petitionId), rest.map((i) => i.userId)],
      );
      const before = new Map(existing.map((r) => [key(r.petition_id, r.user_id), r.created_at]));
      items.forEach((i, n) => {
        if (outcomes[n] === undefined) outcomes[n] = { inserted: false, signedAt: before.get(key(i.petitionId, i.userId)) ?? null };
      });
    }
    return outcomes as SignOutcome[];
  }
}
