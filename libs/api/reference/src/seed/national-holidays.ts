/**
 * The national holidays of Indonesia that fall on the same date every year. The movable ones
 * (Tahun Baru Imlek, Isra Mikraj, Nyepi, Idul Fitri, Wafat and Kenaikan Isa Almasih, Waisak,
 * Idul Adha, Tahun Baru Islam, Maulid Nabi) and cuti bersama are set each year by the SKB 3
 * Menteri; admins enter them — they are never guessed here.
 */
export const FIXED_NATIONAL_HOLIDAYS: { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: 'Tahun Baru Masehi' },
  { monthDay: '05-01', name: 'Hari Buruh Internasional' },
  { monthDay: '06-01', name: 'Hari Lahir Pancasila' },
  { monthDay: '08-17', name: 'Hari Kemerdekaan Republik Indonesia' },
  { monthDay: '12-25', name: 'Hari Raya Natal' },
];

/** The fixed national holidays of the given years, by date. */
export function fixedNationalHolidays(years: number[]): { date: string; name: string }[] {
  return years.flatMap((year) => FIXED_NATIONAL_HOLIDAYS.map(({ monthDay, name }) => ({ date: `${year}-${monthDay}`, name })));
}
