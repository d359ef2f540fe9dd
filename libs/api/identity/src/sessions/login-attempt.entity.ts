import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per e-mail address (hashed), whether or not an account exists, so that the
 * lock-out answers the same for both and reveals nothing.
 */
@Entity('login_attempt')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_login_attempt' }) emailHash!: string;
  @Column({ type: 'integer', default: 0 }) failures!: number;
  @Column({ type: 'timestamptz' }) windowStartedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
}
