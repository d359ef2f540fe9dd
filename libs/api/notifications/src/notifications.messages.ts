import { Catalog } from '@walikota/api-platform';

export const notificationsMessages: Catalog = {
  id: {
    'error.notification_not_found': 'Pemberitahuan tidak ditemukan.',
    'field.before': 'Kursor halaman',
    'field.limit': 'Jumlah per halaman',
    'field.status': 'Status',
  },
  en: {
    'error.notification_not_found': 'Notification not found.',
    'field.before': 'Page cursor',
    'field.limit': 'Page size',
    'field.status': 'Status',
  },
};
