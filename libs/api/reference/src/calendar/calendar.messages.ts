import { Catalog } from '@walikota/api-platform';

/** Messages of the working calendar (holidays). */
export const calendarMessages: Catalog = {
  id: {
    'error.holiday_not_found': 'Hari libur pada tanggal tersebut tidak ditemukan.',
    'field.date': 'Tanggal',
    'field.year': 'Tahun',
    'field.name': 'Nama',
  },
  en: {
    'error.holiday_not_found': 'There is no holiday on that date.',
    'field.date': 'Date',
    'field.year': 'Year',
    'field.name': 'Name',
  },
};
