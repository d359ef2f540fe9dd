import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per e-mail address and client (both hashed), whether or not an account exists,
 * so that the delay answers the same for both and reveals nothing. Keyed by the pair: a stranger
 * guessing from elsewhere slows themselves down, not the account's owner.
 */
@Entity('login_attempt')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_login_attempt' }) emailHash!: string;
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_login_attempt' }) clientHash!: string;
  @Column({ type: 'integer', default: 0 }) failures!: number;
  @Column({ type: 'timestamptz' }) lastFailureAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
}
