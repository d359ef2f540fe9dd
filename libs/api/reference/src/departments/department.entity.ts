import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A regional government unit (Perangkat Daerah / OPD), or the mayor's office itself. */
@Entity('department')
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('uq_department_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) nameEn!: string | null;
  @Column({ type: 'varchar', length: 50 }) shortName!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
