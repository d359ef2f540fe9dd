import { LANGUAGES, ROLES, checkIn } from '@walikota/api-platform';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EMAIL_FREQUENCIES, EmailFrequency } from '@walikota/api-notifications';
import { AreaEntity, DepartmentEntity } from '@walikota/api-reference';

export const USER_STATUSES = ['active', 'suspended', 'deleted'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** An account. `user` is reserved in PostgreSQL, hence `app_user`. */
@Entity('app_user')
@Check('ck_app_user_status', checkIn('status', USER_STATUSES))
@Check('ck_app_user_language', checkIn('language', LANGUAGES))
@Check('ck_app_user_email_frequency', checkIn('email_frequency', EMAIL_FREQUENCIES))
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Stored lower-cased; null once the account is deleted (the address is personal data). */
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'timestamptz', nullable: true }) emailVerifiedAt!: Date | null;
  @Column({ type: 'varchar', length: 255, nullable: true, select: false }) passwordHash!: string | null;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) phone!: string | null;
  @Index('ix_app_user_home_area_id')
  @Column({ type: 'uuid', nullable: true })
  homeAreaId!: string | null;

  @ManyToOne(() => AreaEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'home_area_id', foreignKeyConstraintName: 'fk_app_user_home_area' })
  homeArea?: AreaEntity | null;

  @Column({ type: 'varchar', length: 2, default: 'id' }) language!: 'id' | 'en';
  @Column({ type: 'varchar', length: 10, default: 'immediate' }) emailFrequency!: EmailFrequency;
  @Column({ type: 'varchar', length: 10, default: 'active' }) status!: UserStatus;
  @Column({ type: 'text', nullable: true }) suspendedReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
  /** Shown to admins beside each account; written on each successful sign-in. */
  @Column({ type: 'timestamptz', nullable: true }) lastSignInAt!: Date | null;
}

@Entity('user_role')
@Check('ck_user_role_role', checkIn('role', ROLES))
export class UserRoleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_user_role' }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_user_role' }) role!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_role_user' })
  user?: UserEntity;
}

/** A moderator's or official's membership of a department (OPD). */
@Entity('department_member')
export class DepartmentMemberEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_department_member' }) userId!: string;

  @Index('ix_department_member_department_id')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_department_member' })
  departmentId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_department_member_user' })
  user?: UserEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_department_member_department' })
  department?: DepartmentEntity;
}
