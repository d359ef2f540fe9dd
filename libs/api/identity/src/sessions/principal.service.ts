import { HttpStatus, Injectable } from '@nestjs/common';
import { ApiKeyScope, AuthUser, DomainException, GroupBatcher, preparedQuery } from '@walikota/api-platform';
import { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { sha256 } from '../tokens';
import { PrincipalCache, PrincipalRow } from './principal-cache';
import { SessionsService } from './sessions.service';

const PRINCIPAL_COLUMNS = `
  u.id, u.status, u.language, u.home_area_id, lower(split_part(u.email, '@', 2)) AS email_domain,
  ARRAY(SELECT r.role::text FROM user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles,
  ARRAY(SELECT m.department_id::text FROM department_member m WHERE m.user_id = u.id) AS department_ids`;

/** The sessions' principals, several at once: the live ones only (a revoked family has no row). */
const PRINCIPALS_OF_SESSIONS = `
  SELECT k.family_id::text AS family_id, ${PRINCIPAL_COLUMNS}
    FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, family_id)
    JOIN app_user u ON u.id = k.user_id
   WHERE EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = k.family_id AND t.revoked_at IS NULL)`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SessionKey {
  userId: string;
  familyId: string;
}

/**
 * Turns a credential into the caller: roles, departments and the account's status. For a
 * session they come from PrincipalCache (one query per session and instance every few seconds,
 * not one per request); every change to them is broadcast to all instances, so a role change,
 * suspension or logout still takes effect on the very next request. The sessions not in memory
 * are read together: those that arrive while a read is under way go in the next one (a crowd of
 * citizens signed in once each, signing a petition, costs a query per batch, not per request).
 * API keys are read fresh.
 */
@Injectable()
export class PrincipalService {
  private readonly loads = new GroupBatcher<SessionKey, PrincipalRow | undefined>((keys) => this.loadSessions(keys));

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly cache: PrincipalCache,
  ) {}

  async fromAccessToken(token: string): Promise<AuthUser | undefined> {
    const claims = this.sessions.verifyAccessToken(token);
    // Only this server signs access tokens; anything else in them would fail the whole batch.
    if (!claims || !UUID.test(claims.userId) || !UUID.test(claims.familyId)) return undefined;
    const row = await this.cache.get(claims.userId, claims.familyId, () => this.loads.add(claims));
    const user = this.toUser(row, 'session');
    return user && { ...user, sessionId: claims.familyId };
  }

  private async loadSessions(keys: SessionKey[]): Promise<(PrincipalRow | undefined)[]> {
    const rows = await preparedQuery<PrincipalRow & { family_id: string }>(
      this.dataSource,
      'identity_principals_of_sessions',
      PRINCIPALS_OF_SESSIONS,
      [keys.map((k) => k.userId), keys.map((k) => k.familyId)],
    );
    const found = new Map(rows.map(({ family_id, ...row }) => [`${row.id}|${family_id}`, row]));
    // UUIDs are compared as PostgreSQL writes them: lower case.
    return keys.map((k) => found.get(`${k.userId.toLowerCase()}|${k.familyId.toLowerCase()}`));
  }

  async fromApiKey(key: string): Promise<AuthUser | undefined> {
    const rows: (PrincipalRow & { key_id: string; scopes: ApiKeyScope[]; last_use_stale: boolean })[] = await this.dataSource.query(
      `SELECT ${PRINCIPAL_COLUMNS}, k.id AS key_id, k.scopes::text[] AS scopes,
              (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute') AS last_use_stale
         FROM api_key k JOIN app_user u ON u.id = k.user_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [sha256(key)],
    );
    const user = this.toUser(rows[0], 'api_key');
    if (!user) return undefined;
    // Last use is recorded to the minute: at most one write a minute per key, not one per request.
    if (rows[0].last_use_stale) {
      await this.dataSource.manager.update(ApiKeyEntity, { id: rows[0].key_id }, { lastUsedAt: () => 'now()' });
    }
    return { ...user, apiKeyId: rows[0].key_id, apiKeyScopes: rows[0].scopes };
  }

  private toUser(row: PrincipalRow | undefined, via: AuthUser['via']): AuthUser | undefined {
    if (!row || row.status === 'deleted') return undefined;
    if (row.status === 'suspended') throw new DomainException('account_suspended', HttpStatus.FORBIDDEN);
    // Copies: the row may be shared by every request of the session (PrincipalCache).
    return {
      id: row.id,
      roles: [...row.roles],
      departmentIds: [...row.department_ids],
      language: row.language,
      homeAreaId: row.home_area_id,
      emailDomain: row.email_domain || null,
      via,
    };
  }
}
