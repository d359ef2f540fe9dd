import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A public holiday (hari libur nasional or cuti bersama): not a working day for SLAs. */
@Entity('holiday')
export class HolidayEntity {
  /** The calendar date, `YYYY-MM-DD` (PostgreSQL `date`, read back as a string). */
  @PrimaryColumn({ type: 'date' }) date!: string;

  /** Its name in Indonesian, e.g. `Hari Kemerdekaan Republik Indonesia`. */
  @Column({ type: 'text' }) name!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/**
 * A year whose fixed national holidays the seed has written once. The seed never writes a year
 * again, so a fixed holiday an admin deleted (moved by decree, say) stays deleted.
 */
@Entity('holiday_seed_year')
export class HolidaySeedYearEntity {
  @PrimaryColumn({ type: 'int' }) year!: number;

  @CreateDateColumn({ type: 'timestamptz' }) seededAt!: Date;
}
