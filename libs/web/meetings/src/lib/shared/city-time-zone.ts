import { Signal, computed, inject } from '@angular/core';
import { SiteStore } from '@walikota/web-core';

/** The city's time zone (from the site settings), for the calendar and the time ranges. */
export function cityTimeZone(): Signal<string> {
  const site = inject(SiteStore);
  return computed(() => site.site()?.timeZone ?? 'Asia/Jakarta');
}
