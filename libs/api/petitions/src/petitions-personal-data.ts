import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@walikota/api-identity';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A user's petitions, sponsorships and signatures in their data export, and what account deletion
 * erases (docs/product.md, "Personal data"). Published petitions stay (public records, shown without
 * a name); the user's unpublished drafts go. Signatures stay so that every public count stays what
 * it was, but what they held besides the (now anonymous) account — the address and the e-mail
 * domain kept for abuse checks — is erased.
 */
@Injectable()
export class PetitionsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'petitions',
      export: (userId) => this.export(userId),
      erase: (userId, manager) => this.erase(userId, manager),
    });
  }

  private async export(userId: string): Promise<Record<string, unknown>> {
    const [created, sponsored, signed] = await Promise.all([
      this.dataSource.query(
        `SELECT code, state, title, background, details, scope, created_at AS "createdAt" FROM petition WHERE creator_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT p.code, s.created_at AS "createdAt" FROM petition_sponsor s JOIN petition p ON p.id = s.petition_id WHERE s.user_id = $1 ORDER BY s.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT p.code, s.created_at AS "signedAt", s.invalidated_at IS NOT NULL AS invalidated, host(s.ip) AS ip, s.email_domain AS "emailDomain"
           FROM petition_signature s JOIN petition p ON p.id = s.petition_id WHERE s.user_id = $1 ORDER BY s.created_at`,
        [userId],
      ),
    ]);
    return { created, sponsored, signed };
  }

  private async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM petition WHERE creator_id = $1 AND state = 'draft'`, [userId]);
    await manager.query(`UPDATE petition_signature SET ip = NULL, email_domain = NULL WHERE user_id = $1`, [userId]);
  }
}
