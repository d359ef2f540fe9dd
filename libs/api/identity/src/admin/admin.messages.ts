import { Catalog } from '@walikota/api-platform';

/**
 * Messages of the admin's user and audit-log endpoints. Field names are global: `before` and
 * `action` say exactly what the notifications and reports modules say.
 */
export const adminMessages: Catalog = {
  id: {
    'error.email_already_verified': 'Alamat e-mail pengguna ini sudah terverifikasi.',
    'validation.reason_required_to_grant': 'Kolom «{field}» wajib diisi (3–500 karakter) saat menambahkan peran.',
    'validation.invalid_audit_cursor': 'Kolom «{field}» tidak valid; muat ulang log audit dari awal.',
    'field.before': 'Kursor halaman',
    'field.action': 'Tindakan',
    'field.targetType': 'Jenis sasaran',
    'field.targetId': 'ID sasaran',
    'field.actorId': 'Pelaku',
  },
  en: {
    'error.email_already_verified': 'This user’s e-mail address is already verified.',
    'validation.reason_required_to_grant': 'Field «{field}» is required (3–500 characters) when a role is added.',
    'validation.invalid_audit_cursor': 'Field «{field}» is not valid; reload the audit log from the start.',
    'field.before': 'Page cursor',
    'field.action': 'Action',
    'field.targetType': 'Target type',
    'field.targetId': 'Target ID',
    'field.actorId': 'Actor',
  },
};
