import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, DomainException, RequestMeta } from '@walikota/api-platform';
import { createSecretKey, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { hmac, randomToken, safeEqual, sha256 } from '../tokens';
import { resolveAuthSecret } from './auth-secret';
import { PrincipalCache } from './principal-cache';
import { RefreshTokenEntity } from './refresh-token.entity';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  familyId: string;
  userId: string;
  /** The session's CSRF token (cookie XSRF-TOKEN, echoed in X-XSRF-TOKEN). */
  csrfToken: string;
}

/**
 * A refresh token presented again this soon after its first use gets a fresh pair of the same
 * session instead of counting as theft: two tabs (or two requests of one page) refreshing at
 * once. Later reuse still revokes the whole session.
 */
export const REFRESH_REUSE_GRACE_MS = 30_000;

interface RefreshRow {
  id: string;
  user_id: string;
  family_id: string;
  usable: boolean;
  used: boolean;
  in_grace: boolean;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

/** Short-lived signed access tokens and rotating refresh tokens with reuse detection. */
@Injectable()
export class SessionsService {
  private readonly csrfKey: string;
  private readonly jwt: JwtService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly principals: PrincipalCache,
  ) {
    this.csrfKey = resolveAuthSecret(config);
    // Access tokens: HS256 under the auth secret, as before. Given the secret as a string,
    // jsonwebtoken made a key object of it on every sign and verify (a quarter of the CPU time of
    // an authenticated request); the key object is made once, here.
    this.jwt = new JwtService({
      secret: createSecretKey(Buffer.from(this.csrfKey, 'utf8')),
      signOptions: { algorithm: 'HS256' },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  start(userId: string, meta: RequestMeta, manager?: EntityManager): Promise<IssuedSession> {
    return this.issue(userId, randomUUID(), meta, manager ?? this.dataSource.manager);
  }

  /**
   * Exchanges a refresh token for a new pair. A token already exchanged is a stolen copy (or
   * the thief's is): the whole session family is revoked, unless it was first used less than
   * REFRESH_REUSE_GRACE_MS ago (concurrent refreshes), which gets another pair of the session.
   */
  async rotate(refreshToken: string | undefined, meta: RequestMeta): Promise<IssuedSession> {
    if (!refreshToken) throw new DomainException('session_expired', HttpStatus.UNAUTHORIZED);
    const outcome = await this.dataSource.transaction(async (manager) => {
      // The row lock makes a concurrent refresh of the same token wait and then see it used.
      const [current]: RefreshRow[] = await manager.query(
        `SELECT id, user_id, family_id,
                (revoked_at IS NULL AND expires_at > now()) AS usable,
                (used_at IS NOT NULL) AS used,
                (used_at > now() - $2 * interval '1 millisecond') AS in_grace
           FROM refresh_token WHERE token_hash = $1 FOR UPDATE`,
        [sha256(refreshToken), REFRESH_REUSE_GRACE_MS],
      );
      if (!current?.usable) return null;
      if (current.used && !current.in_grace) {
        await this.revokeFamily(current.family_id, manager);
        return 'reused' as const;
      }
      if (!current.used) await manager.update(RefreshTokenEntity, { id: current.id }, { usedAt: () => 'now()' });
      return this.issue(current.user_id, current.family_id, meta, manager);
    });
    if (outcome === null || outcome === 'reused') throw new DomainException('session_expired', HttpStatus.UNAUTHORIZED);
    return outcome;
  }

  /** Ends one session (logout, refresh-token reuse); every instance forgets it at once (after the commit, in a transaction). */
  async revokeFamily(familyId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.principals.sessionEnded(familyId, manager);
  }

  /** Ends every session of a user but `keepFamilyId` (password change or reset, suspension, deletion). */
  async revokeUser(userId: string, manager: EntityManager = this.dataSource.manager, keepFamilyId?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepFamilyId) query.andWhere('family_id <> :keepFamilyId', { keepFamilyId });
    await query.execute();
    await this.principals.userChanged(userId, manager);
  }

  /**
   * The user's roles, departments, status or language changed: every instance forgets its copy
   * of their sessions' principal (PrincipalCache), at once, or after the commit of `manager`'s
   * transaction when there is one.
   */
  principalChanged(userId: string, manager?: EntityManager): Promise<void> {
    return this.principals.userChanged(userId, manager);
  }

  verifyAccessToken(token: string): { userId: string; familyId: string } | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      return { userId: claims.sub, familyId: claims.sid };
    } catch {
      return null;
    }
  }

  /**
   * The CSRF token of a session: an HMAC of its id (stable across refreshes) under the auth
   * secret. An attacker can neither choose it nor carry one session's token to another.
   */
  csrfToken(familyId: string): string {
    return hmac(this.csrfKey, `csrf:${familyId}`);
  }

  isCsrfToken(familyId: string, token: string): boolean {
    return safeEqual(this.csrfToken(familyId), token);
  }

  private async issue(userId: string, familyId: string, meta: RequestMeta, manager: EntityManager): Promise<IssuedSession> {
    const refreshToken = randomToken();
    await manager.insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    const accessToken = this.jwt.sign({ sub: userId, sid: familyId } satisfies AccessClaims, {
      expiresIn: this.config.accessTokenTtlSeconds,
    });
    return { accessToken, refreshToken, familyId, userId, csrfToken: this.csrfToken(familyId) };
  }
}
