import { Catalog } from '@walikota/api-platform';

export const uploadsMessages: Catalog = {
  id: {
    'validation.file_required': 'Pilih berkas untuk diunggah (kolom «file»).',
    'validation.file_only_one': 'Kirim tepat satu berkas pada kolom «file», tanpa kolom lain.',
    'validation.file_unreadable': 'Berkas tidak terkirim dengan benar. Coba unggah lagi.',
    'validation.file_empty': 'Berkas kosong.',
    'validation.file_too_large': 'Berkas terlalu besar. Ukuran paling besar {max}.',
    'validation.file_type_unsupported':
      'Isi berkas ini bukan foto JPEG, PNG atau WebP, dan bukan dokumen PDF. Hanya jenis itu yang dapat diunggah.',
    'validation.file_type_mismatch':
      'Isi berkas ({type}) tidak sesuai dengan nama atau jenis berkasnya. Simpan ulang berkas dengan ekstensi yang benar.',
    'validation.image_too_large': 'Gambar terlalu besar. Paling banyak {megapixels} megapiksel.',
    'validation.image_unreadable': 'Gambar tidak dapat dibaca; berkasnya mungkin rusak.',
    'validation.pdf_unreadable': 'Dokumen PDF tidak dapat dibaca; berkasnya mungkin rusak.',
    'validation.pdf_encrypted': 'Dokumen PDF ini dilindungi kata sandi. Simpan ulang tanpa kata sandi, lalu unggah lagi.',
    'validation.attachment_not_found': 'Lampiran tidak ditemukan atau sudah kedaluwarsa. Unggah ulang berkasnya.',
    'validation.attachment_already_used': 'Lampiran ini sudah dipakai. Unggah ulang berkasnya.',
    'field.file': 'Berkas',
    'field.attachmentIds': 'Lampiran',
  },
  en: {
    'validation.file_required': 'Choose a file to upload (field «file»).',
    'validation.file_only_one': 'Send exactly one file in field «file», and no other fields.',
    'validation.file_unreadable': 'The file did not arrive intact. Try uploading it again.',
    'validation.file_empty': 'The file is empty.',
    'validation.file_too_large': 'The file is too large. The largest size allowed is {max}.',
    'validation.file_type_unsupported':
      'The content of this file is not a JPEG, PNG or WebP photo, nor a PDF document. Only those can be uploaded.',
    'validation.file_type_mismatch':
      'The file’s content ({type}) does not match its name or declared type. Save the file again with the right extension.',
    'validation.image_too_large': 'The image is too large. It may have at most {megapixels} megapixels.',
    'validation.image_unreadable': 'The image cannot be read; the file may be damaged.',
    'validation.pdf_unreadable': 'The PDF document cannot be read; the file may be damaged.',
    'validation.pdf_encrypted': 'This PDF document is password-protected. Save it again without a password, then upload it.',
    'validation.attachment_not_found': 'The attachment was not found or has expired. Upload the file again.',
    'validation.attachment_already_used': 'This attachment is already in use. Upload the file again.',
    'field.file': 'File',
    'field.attachmentIds': 'Attachments',
  },
};
