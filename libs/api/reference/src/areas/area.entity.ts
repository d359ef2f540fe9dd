import { checkIn } from '@walikota/api-platform';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const AREA_LEVELS = ['kecamatan', 'kelurahan', 'desa'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** A kecamatan, or a kelurahan/desa within one, with its official Kemendagri code. */
@Entity('area')
@Check('ck_area_level', checkIn('level', AREA_LEVELS))
export class AreaEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** e.g. `33.74.01` (kecamatan) or `33.74.01.1001` (kelurahan). */
  @Index('uq_area_code', { unique: true })
  @Column({ type: 'varchar', length: 13 })
  code!: string;

  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 10 }) level!: AreaLevel;

  @Index('ix_area_parent_id')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_area_parent' })
  parent?: AreaEntity | null;
}
