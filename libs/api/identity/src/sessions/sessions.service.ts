import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, DomainException, RequestMeta } from '@walikota/api-platform';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { randomToken, sha256 } from '../tokens';
import { RefreshTokenEntity } from './refresh-token.entity';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  familyId: string;
  userId: string;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

/** Short-lived signed access tokens and rotating refresh tokens with reuse detection. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  start(userId: string, meta: RequestMeta, manager?: EntityManager): Promise<IssuedSession> {
    return this.issue(userId, randomUUID(), meta, manager ?? this.dataSource.manager);
  }

  /**
   * Exchanges a refresh token for a new pair. A token already exchanged once is a stolen
   * copy (or the thief's is): the whole session family is revoked.
   */
  async rotate(refreshToken: string | undefined, meta: RequestMeta): Promise<IssuedSession> {
    if (!refreshToken) throw new DomainException('session_expired', HttpStatus.UNAUTHORIZED);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: sha256(refreshToken) })
        .getOne();
      if (!current || current.revokedAt || current.expiresAt <= new Date()) return null;
      if (current.usedAt) {
        await this.revokeFamily(current.familyId, manager);
        return 'reused' as const;
      }
      await manager.update(RefreshTokenEntity, { id: current.id }, { usedAt: new Date() });
      return this.issue(current.userId, current.familyId, meta, manager);
    });
    if (outcome === null || outcome === 'reused') throw new DomainException('session_expired', HttpStatus.UNAUTHORIZED);
    return outcome;
  }

  async revokeFamily(familyId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
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
  }

  verifyAccessToken(token: string): { userId: string; familyId: string } | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      return { userId: claims.sub, familyId: claims.sid };
    } catch {
      return null;
    }
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
    return { accessToken, refreshToken, familyId, userId };
  }
}
