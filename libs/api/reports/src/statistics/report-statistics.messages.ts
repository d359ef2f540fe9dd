import { Catalog } from '@walikota/api-platform';

/** Messages of the statistics endpoint's own rules (field names come from the reports catalogue). */
export const reportStatisticsMessages: Catalog = {
  id: {
    'validation.isYearMonth': 'Kolom «{field}» harus berupa bulan dengan format TTTT-BB (misalnya 2026-02).',
    'validation.month_range_reversed': 'Bulan pada kolom «{field}» terbalik: bulan awal harus sebelum atau sama dengan bulan akhir.',
    'validation.month_range_too_long': 'Rentang bulan paling panjang {max} bulan; perpendek rentang pada kolom «{field}».',
  },
  en: {
    'validation.isYearMonth': 'Field «{field}» must be a month written YYYY-MM (for example 2026-02).',
    'validation.month_range_reversed': 'The months in «{field}» are reversed: the first month must not come after the last.',
    'validation.month_range_too_long': 'The range may span at most {max} months; shorten it in «{field}».',
  },
};
