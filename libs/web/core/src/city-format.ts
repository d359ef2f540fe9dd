import { Injectable, computed, inject } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { formatDate, formatDateTime, formatRupiah } from './format';
import { SiteStore } from './site.store';

/** Dates in the reader's language and the city's time zone; Rupiah in the reader's digits. */
@Injectable({ providedIn: 'root' })
export class CityFormat {
  private readonly i18n = inject(I18n);
  private readonly site = inject(SiteStore);
  private readonly timeZone = computed(() => this.site.site()?.timeZone ?? 'Asia/Jakarta');

  dateTime(value: string | Date): string {
    return formatDateTime(value, this.i18n.language(), this.timeZone());
  }

  date(value: string | Date): string {
    return formatDate(value, this.i18n.language(), this.timeZone());
  }

  rupiah(amount: number | bigint | string): string {
    return formatRupiah(amount, this.i18n.language());
  }
}
