import { checkIn } from '@walikota/api-platform';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';

export const CATEGORY_MODULES = ['report', 'petition', 'forum', 'proposal'] as const;
export type CategoryModule = (typeof CATEGORY_MODULES)[number];

/** A category of one module; report categories route to the department that handles them. */
@Entity('category')
@Index('uq_category_module_code', ['module', 'code'], { unique: true })
@Check('ck_category_module', checkIn('module', CATEGORY_MODULES))
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'varchar', length: 20 }) module!: CategoryModule;
  @Column({ type: 'varchar', length: 60 }) code!: string;
  @Column({ type: 'varchar', length: 120 }) nameId!: string;
  @Column({ type: 'varchar', length: 120 }) nameEn!: string;

  @Index('ix_category_department_id')
  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_category_department' })
  department?: DepartmentEntity | null;

  @Column({ type: 'integer', default: 0 }) sortOrder!: number;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
