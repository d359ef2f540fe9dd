import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { validationMessage } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import {
  Toasts,
  WkAlert,
  WkBadge,
  WkBreadcrumbs,
  WkButton,
  WkCard,
  WkCell,
  WkColumn,
  WkControl,
  WkDialog,
  WkDialogActions,
  WkEmptyState,
  WkErrorItem,
  WkErrorSummary,
  WkField,
  WkFieldset,
  WkFileUpload,
  WkFilterFold,
  WkPageHeader,
  WkSkeleton,
  WkSort,
  WkSpinner,
  WkTab,
  WkTable,
  WkTabs,
  WkTimeline,
  WkTimelineItem,
  WkTone,
} from '@walikota/web-ui';

interface Report {
  id: number;
  code: string;
  title: string;
  district: string;
  date: string;
  dateLabel: string;
  status: 'Diterima' | 'Diproses' | 'Selesai' | 'Ditolak';
  supporters: number;
}

const DISTRICTS = ['Semarang Tengah', 'Banyumanik', 'Tembalang', 'Gajahmungkur', 'Pedurungan', 'Ngaliyan', 'Candisari', 'Gayamsari'];
const TITLES = [
  'Jalan berlubang di depan pasar',
  'Lampu penerangan jalan mati',
  'Saluran air tersumbat sampah',
  'Pohon tumbang menutup trotoar',
  'Banjir rob setiap sore',
  'Halte bus rusak',
  'Sampah menumpuk di TPS',
  'Parkir liar di bahu jalan',
  'Taman kota kurang terawat',
  'Rambu lalu lintas hilang',
];
const STATUSES: Report['status'][] = ['Diterima', 'Diproses', 'Selesai', 'Ditolak'];
const STATUS_TONE: Record<Report['status'], WkTone> = { Diterima: 'info', Diproses: 'warning', Selesai: 'success', Ditolak: 'danger' };
const DATE_FORMAT = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Thirty in-memory reports: the table sorts and pages through these. */
const REPORTS: Report[] = Array.from({ length: 30 }, (_, i) => {
  const date = new Date(Date.UTC(2025, 0, 3) + ((i * 37) % 120) * 86_400_000);
  return {
    id: i + 1,
    code: `ASP-2025-${String(101 + i).padStart(4, '0')}`,
    title: TITLES[i % TITLES.length],
    district: DISTRICTS[(i * 3) % DISTRICTS.length],
    date: date.toISOString().slice(0, 10),
    dateLabel: DATE_FORMAT.format(date),
    status: STATUSES[(i * 7) % STATUSES.length],
    supporters: (i * 53) % 400,
  };
});
const PAGE = 8;

/**
 * The design system's showcase (`/komponen`): every component with realistic demo content.
 * Demo text is Indonesian on purpose; the components' own strings follow the chosen language.
 */
@Component({
  selector: 'app-design-system-page',
  imports: [
    ReactiveFormsModule,
    WkAlert,
    WkBadge,
    WkBreadcrumbs,
    WkButton,
    WkCard,
    WkCell,
    WkControl,
    WkDialog,
    WkDialogActions,
    WkEmptyState,
    WkErrorSummary,
    WkField,
    WkFieldset,
    WkFileUpload,
    WkFilterFold,
    WkPageHeader,
    WkSkeleton,
    WkSpinner,
    WkTab,
    WkTable,
    WkTabs,
    WkTimeline,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header
      heading="Komponen antarmuka"
      lead="Katalog komponen sistem desain Portal Warga: tombol, formulir, tabel, dialog, dan lainnya, dengan contoh isi yang realistis."
    >
      <wk-breadcrumbs [items]="crumbs" />
    </wk-page-header>

    <div class="wk-stack">
      <section aria-labelledby="ds-buttons">
        <h2 id="ds-buttons">Tombol</h2>
        <div class="wk-actions">
          <button wkButton type="button" [busy]="saving()" (click)="save()">Simpan perubahan</button>
          <button wkButton variant="secondary" type="button">Batal</button>
          <button wkButton variant="danger" type="button">Hapus laporan</button>
          <button wkButton variant="link" type="button">Lihat rincian</button>
          <a wkButton variant="secondary" href="#ds-form">Ke formulir</a>
          <button wkButton type="button" [disabled]="true">Tidak tersedia</button>
        </div>
      </section>

      <section aria-labelledby="ds-status">
        <h2 id="ds-status">Lencana dan pesan</h2>
        <div class="wk-cluster">
          <wk-badge>Draf</wk-badge>
          <wk-badge tone="info">Diterima</wk-badge>
          <wk-badge tone="warning">Diproses</wk-badge>
          <wk-badge tone="success">Selesai</wk-badge>
          <wk-badge tone="danger">Ditolak</wk-badge>
        </div>
        <div class="wk-stack ds-gap">
          <wk-alert heading="Jadwal pemeliharaan">Portal tidak dapat diakses pada Minggu, 12 Oktober pukul 00.00–02.00 WIB.</wk-alert>
          <wk-alert tone="success" heading="Laporan terkirim"
            >Nomor laporan Anda ASP-2025-0131. Simpan nomor ini untuk memantau penanganannya.</wk-alert
          >
          <wk-alert tone="warning">Email Anda belum diverifikasi. Periksa kotak masuk Anda.</wk-alert>
          <wk-alert tone="danger" heading="Gagal memuat data">Coba lagi beberapa saat lagi.</wk-alert>
        </div>
      </section>

      <section aria-labelledby="ds-cards">
        <h2 id="ds-cards">Kartu</h2>
        <ul class="wk-card-grid">
          <li>
            <wk-card heading="Aspirasi & Pengaduan" [headingLevel]="3" link="/aspirasi">
              <p>Laporkan masalah di lingkungan Anda dan pantau penanganannya.</p>
            </wk-card>
          </li>
          <li>
            <wk-card heading="Petisi" [headingLevel]="3" link="/petisi">
              <p>Galang dukungan warga untuk perubahan yang Anda perjuangkan.</p>
            </wk-card>
          </li>
          <li>
            <wk-card heading="Anggaran 2025" [headingLevel]="3">
              <p>Rp 4,8 triliun, 62% sudah terserap per September.</p>
              <wk-badge tone="success">Diperbarui</wk-badge>
            </wk-card>
          </li>
        </ul>
      </section>

      <section aria-labelledby="ds-form">
        <h2 id="ds-form" tabindex="-1">Formulir</h2>
        <wk-error-summary [errors]="errors()" />
        <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <wk-field label="Nama lengkap" hint="Sesuai KTP." [error]="errorFor('name')" [required]="true">
            <input wkControl id="ds-name" type="text" formControlName="name" autocomplete="name" />
          </wk-field>
          <wk-field label="Email" hint="Kami kirim nomor laporan ke alamat ini." [error]="errorFor('email')" [required]="true">
            <input wkControl id="ds-email" type="email" formControlName="email" autocomplete="email" spellcheck="false" />
          </wk-field>
          <wk-field label="Kecamatan" [error]="errorFor('district')" [required]="true">
            <select wkControl id="ds-district" formControlName="district">
              <option value="">Pilih kecamatan</option>
              @for (district of districts; track district) {
                <option [value]="district">{{ district }}</option>
              }
            </select>
          </wk-field>
          <wk-field
            label="Isi laporan"
            hint="Jelaskan masalah, lokasi tepat, dan sejak kapan."
            [error]="errorFor('body')"
            [required]="true"
            [counter]="true"
            [max]="2000"
          >
            <!-- No maxlength here: it would silently cut what is pasted past the limit. -->
            <textarea wkControl id="ds-body" formControlName="body" rows="5"></textarea>
          </wk-field>
          <wk-fieldset legend="Kategori" hint="Pilih satu." [error]="errorFor('category')" [required]="true">
            @for (category of categories; track category; let first = $first) {
              <label class="wk-check">
                <input type="radio" formControlName="category" [value]="category" [attr.id]="first ? 'ds-category' : null" />
                {{ category }}
              </label>
            }
          </wk-fieldset>
          <wk-fieldset legend="Pemberitahuan" [error]="errorFor('consent')">
            <label class="wk-check">
              <input type="checkbox" id="ds-consent" formControlName="consent" />
              Saya setuju data laporan ini ditampilkan secara publik tanpa nama saya.
            </label>
          </wk-fieldset>
          <div class="wk-actions">
            <button wkButton type="submit" [busy]="sending()">Kirim laporan</button>
            <button wkButton variant="secondary" type="button" (click)="resetForm()">Kosongkan</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="ds-upload">
        <h2 id="ds-upload">Unggah berkas</h2>
        <div class="wk-form">
          <wk-file-upload
            label="Lampiran"
            hint="Foto atau dokumen pendukung (JPG, PNG, PDF)."
            accept="image/jpeg,image/png,application/pdf"
            [multiple]="true"
            [maxFiles]="5"
            [maxBytes]="10485760"
            [progress]="progress()"
            (filesChange)="files.set($event)"
          />
          <div class="wk-actions">
            <button wkButton type="button" [busy]="progress() !== null" (click)="upload()">Unggah {{ files().length }} berkas</button>
          </div>
        </div>
      </section>

      <section aria-labelledby="ds-table">
        <h2 id="ds-table">Tabel</h2>
        <wk-table
          caption="Laporan warga terbaru"
          [columns]="columns"
          [rows]="visibleRows()"
          [sort]="sort()"
          (sortChange)="sortBy($event)"
          [loading]="loadingRows()"
          [hasMore]="visibleRows().length < REPORTS.length"
          (loadMore)="more()"
          trackBy="id"
        >
          <ng-template wkCell="status" let-row>
            <wk-badge [tone]="tone(row.status)">{{ row.status }}</wk-badge>
          </ng-template>
          <ng-template wkCell="title" let-row>
            <span class="ds-code">{{ row.code }}</span>
            {{ row.title }}
          </ng-template>
        </wk-table>
        <h3 class="ds-gap">Saringan tabel</h3>
        <p>Di layar ponsel, saringan selain pencarian terlipat di balik satu tombol.</p>
        <form class="ds-filters" role="search" aria-label="Saring laporan contoh" (submit)="$event.preventDefault()">
          <wk-field class="ds-filters__wide" label="Cari laporan">
            <input wkControl id="ds-filter-q" type="search" />
          </wk-field>
          <wk-filter-fold [count]="1">
            <wk-field label="Kecamatan">
              <select wkControl id="ds-filter-district">
                @for (district of districts; track district) {
                  <option>{{ district }}</option>
                }
              </select>
            </wk-field>
            <wk-field label="Dari tanggal">
              <input wkControl id="ds-filter-from" type="date" value="2026-11-01" />
            </wk-field>
          </wk-filter-fold>
        </form>
        <h3 class="ds-gap">Tabel kosong</h3>
        <wk-table caption="Laporan yang Anda ikuti" [columns]="columns" [rows]="[]" emptyText="Anda belum mengikuti laporan apa pun." />
      </section>

      <section aria-labelledby="ds-tabs">
        <h2 id="ds-tabs">Tab</h2>
        <wk-tabs label="Akun" [(selected)]="tab">
          <wk-tab label="Profil">
            <p>Siti Rahmawati, warga Kelurahan Jatingaleh sejak 2014.</p>
          </wk-tab>
          <wk-tab label="Keamanan">
            <p>Kata sandi terakhir diganti 3 bulan lalu. Verifikasi dua langkah aktif.</p>
          </wk-tab>
          <wk-tab label="Notifikasi">
            <p>Anda menerima email ketika status laporan yang Anda ikuti berubah.</p>
          </wk-tab>
        </wk-tabs>
      </section>

      <section aria-labelledby="ds-dialog">
        <h2 id="ds-dialog">Dialog</h2>
        <button wkButton variant="danger" type="button" (click)="dialogOpen.set(true)">Hapus akun</button>
        <wk-dialog [(open)]="dialogOpen" heading="Hapus akun?" (closed)="dialogClosed()">
          <p>Akun dan riwayat partisipasi Anda akan dihapus permanen. Laporan publik tetap tampil tanpa nama Anda.</p>
          <div wkDialogActions>
            <button wkButton variant="danger" type="button" (click)="confirmDelete()">Ya, hapus akun</button>
            <button wkButton variant="secondary" type="button" (click)="dialogOpen.set(false)">Batal</button>
          </div>
        </wk-dialog>
      </section>

      <section aria-labelledby="ds-toasts">
        <h2 id="ds-toasts">Pemberitahuan singkat</h2>
        <div class="wk-actions">
          <button wkButton variant="secondary" type="button" (click)="toasts.show('Profil Anda tersimpan.', 'success')">
            Tampilkan sukses
          </button>
          <button wkButton variant="secondary" type="button" (click)="toasts.show('Laporan ASP-2025-0131 kini diproses Dinas PU.')">
            Tampilkan info
          </button>
          <button wkButton variant="secondary" type="button" (click)="toasts.show('Gagal menyimpan. Periksa koneksi Anda.', 'error', 0)">
            Tampilkan galat
          </button>
        </div>
      </section>

      <section aria-labelledby="ds-timeline">
        <h2 id="ds-timeline">Linimasa</h2>
        <wk-timeline [items]="timeline" />
      </section>

      <section aria-labelledby="ds-empty">
        <h2 id="ds-empty">Status kosong dan memuat</h2>
        <wk-empty-state
          heading="Belum ada notifikasi"
          [headingLevel]="3"
          text="Kami akan memberi tahu Anda ketika laporan yang Anda ikuti diperbarui."
        >
          <a wkButton variant="secondary" href="#ds-table">Lihat laporan warga</a>
        </wk-empty-state>
        <div class="ds-gap">
          <wk-skeleton [lines]="3" label="Memuat daftar forum…" />
        </div>
        <wk-spinner label="Memuat peta…" [showLabel]="true" />
      </section>
    </div>
  `,
  styles: `
    .ds-gap {
      margin-top: var(--space-5);
    }
    .ds-filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      gap: var(--space-4);
      margin-bottom: var(--space-5);
    }
    .ds-filters__wide {
      grid-column: 1 / -1;
    }
    .ds-code {
      display: block;
      color: var(--color-muted);
      font-size: var(--font-size-sm);
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class DesignSystemPage {
  protected readonly toasts = inject(Toasts);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly REPORTS = REPORTS;
  protected readonly crumbs = [{ label: 'Beranda', link: '/' }, { label: 'Komponen antarmuka' }];
  protected readonly districts = DISTRICTS;
  protected readonly categories = ['Jalan dan jembatan', 'Kebersihan', 'Penerangan', 'Lainnya'];
  private readonly errorSummary = viewChild.required(WkErrorSummary);
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor() {
    this.destroyRef.onDestroy(() => this.timers.forEach((timer) => clearTimeout(timer)));
    // Inline errors follow the reader's corrections once the form has been submitted.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.formVersion.update((v) => v + 1));
  }

  // Buttons
  protected readonly saving = signal(false);
  protected save(): void {
    this.saving.set(true);
    this.later(1500, () => {
      this.saving.set(false);
      this.toasts.show('Perubahan tersimpan.', 'success');
    });
  }

  // Form
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    district: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(20), Validators.maxLength(2000)],
    }),
    category: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    consent: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
  });
  private readonly submitted = signal(false);
  private readonly formVersion = signal(0);
  protected readonly sending = signal(false);
  private readonly messages: Record<string, { id: string; message: (c: FormControl) => string }> = {
    name: { id: 'ds-name', message: () => 'Isi nama lengkap Anda.' },
    email: {
      id: 'ds-email',
      message: (c) =>
        c.hasError('required') ? 'Isi alamat email Anda.' : 'Tulis email dengan format yang benar, misalnya nama@contoh.id.',
    },
    district: { id: 'ds-district', message: () => 'Pilih kecamatan lokasi masalah.' },
    body: {
      id: 'ds-body',
      message: (c) =>
        c.hasError('required')
          ? 'Isi laporan tidak boleh kosong.'
          : c.hasError('maxlength')
            ? validationMessage(c.errors ?? {}, 'Isi laporan', this.i18n)
            : 'Isi laporan minimal 20 karakter.',
    },
    category: { id: 'ds-category', message: () => 'Pilih satu kategori.' },
    consent: { id: 'ds-consent', message: () => 'Centang persetujuan untuk melanjutkan.' },
  };
  protected readonly errors = computed<WkErrorItem[]>(() => {
    this.formVersion();
    if (!this.submitted()) return [];
    return Object.entries(this.messages)
      .filter(([key]) => this.form.get(key)?.invalid)
      .map(([key, entry]) => ({ fieldId: entry.id, message: entry.message(this.form.get(key) as FormControl) }));
  });

  protected errorFor(key: string): string | null {
    const id = this.messages[key].id;
    return this.errors().find((error) => error.fieldId === id)?.message ?? null;
  }

  protected submit(): void {
    this.submitted.set(true);
    this.formVersion.update((v) => v + 1);
    if (this.form.invalid) {
      // Already on screen from an earlier attempt: take the reader back to it.
      this.errorSummary().focus();
      return;
    }
    this.sending.set(true);
    this.later(1000, () => {
      this.sending.set(false);
      this.toasts.show('Laporan terkirim. Nomor laporan: ASP-2025-0131.', 'success');
      this.resetForm();
    });
  }

  protected resetForm(): void {
    this.form.reset();
    this.submitted.set(false);
  }

  // Upload
  protected readonly files = signal<File[]>([]);
  protected readonly progress = signal<number | null>(null);
  protected upload(): void {
    if (!this.files().length) {
      this.toasts.show('Pilih berkas terlebih dahulu.', 'info');
      return;
    }
    this.progress.set(0);
    const step = () =>
      this.later(250, () => {
        const next = Math.min(100, (this.progress() ?? 0) + 10);
        this.progress.set(next);
        if (next < 100) step();
        else
          this.later(600, () => {
            this.progress.set(null);
            this.toasts.show(`${this.files().length} berkas terunggah.`, 'success');
          });
      });
    step();
  }

  // Table
  protected readonly columns: WkColumn[] = [
    { key: 'title', label: 'Laporan', sortable: true },
    { key: 'district', label: 'Kecamatan', sortable: true },
    { key: 'dateLabel', label: 'Tanggal', sortable: true },
    { key: 'status', label: 'Status' },
    { key: 'supporters', label: 'Dukungan', sortable: true, align: 'end' },
  ];
  protected readonly sort = signal<WkSort | null>({ key: 'dateLabel', direction: 'desc' });
  private readonly shown = signal(PAGE);
  protected readonly loadingRows = signal(false);
  private readonly sortedRows = computed(() => {
    const sort = this.sort();
    if (!sort) return REPORTS;
    const key = (sort.key === 'dateLabel' ? 'date' : sort.key) as keyof Report;
    const factor = sort.direction === 'asc' ? 1 : -1;
    return [...REPORTS].sort((a, b) => {
      const x = a[key];
      const y = b[key];
      return factor * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'id'));
    });
  });
  protected readonly visibleRows = computed(() => this.sortedRows().slice(0, this.shown()));

  protected sortBy(sort: WkSort): void {
    this.sort.set(sort);
  }

  protected more(): void {
    this.loadingRows.set(true);
    this.later(400, () => {
      this.shown.update((n) => n + PAGE);
      this.loadingRows.set(false);
    });
  }

  protected tone(status: Report['status']): WkTone {
    return STATUS_TONE[status];
  }

  // Tabs and dialog
  protected readonly tab = signal(0);
  protected readonly dialogOpen = signal(false);
  private deleted = false;
  protected confirmDelete(): void {
    this.deleted = true;
    this.dialogOpen.set(false);
  }
  protected dialogClosed(): void {
    if (this.deleted) this.toasts.show('Contoh saja: akun tidak benar-benar dihapus.', 'info');
    this.deleted = false;
  }

  // Timeline
  protected readonly timeline: WkTimelineItem[] = [
    {
      id: '1',
      heading: 'Laporan diterima',
      meta: '3 Sep 2025, 08.12 · Siti Rahmawati',
      body: 'Jalan berlubang di Jl. Setiabudi depan Pasar Jatingaleh.',
      tone: 'info',
    },
    { id: '2', heading: 'Diteruskan ke Dinas Pekerjaan Umum', meta: '3 Sep 2025, 10.40 · Admin Kecamatan Banyumanik', tone: 'neutral' },
    {
      id: '3',
      heading: 'Sedang diperbaiki',
      meta: '5 Sep 2025, 07.30 · Dinas PU',
      body: 'Tim lapangan menambal lubang sepanjang 4 meter.',
      tone: 'warning',
    },
    {
      id: '4',
      heading: 'Selesai',
      meta: '6 Sep 2025, 15.05 · Dinas PU',
      body: 'Perbaikan selesai. Terima kasih atas laporan Anda.',
      tone: 'success',
    },
  ];

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }
}
