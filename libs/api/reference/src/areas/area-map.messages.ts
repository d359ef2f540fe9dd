import { Catalog } from '@walikota/api-platform';

/** Messages of the map: a point outside the city, a city without polygons. */
export const areaMapMessages: Catalog = {
  id: {
    'validation.point_outside_city': 'Titik ini berada di luar wilayah {city}. Pilih titik di dalam kota.',
    'error.boundaries_unavailable': 'Batas wilayah kota ini belum tersedia.',
    'field.latitude': 'Garis lintang',
    'field.longitude': 'Garis bujur',
  },
  en: {
    'validation.point_outside_city': 'This point lies outside {city}. Choose a point inside the city.',
    'error.boundaries_unavailable': 'This city’s area boundaries are not available.',
    'field.latitude': 'Latitude',
    'field.longitude': 'Longitude',
  },
};
