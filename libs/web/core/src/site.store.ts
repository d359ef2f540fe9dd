import { Injectable, inject, signal } from '@angular/core';
import type { SiteDto } from '@walikota/shared-contracts';
import { API } from './api';

/** Which city this deployment serves; loaded once at start-up. */
@Injectable({ providedIn: 'root' })
export class SiteStore {
  private readonly api = inject(API);
  readonly site = signal<SiteDto | null>(null);

  async load(): Promise<void> {
    try {
      this.site.set(await this.api.getSite());
    } catch {
      // The shell still works without the city's name (e.g. while the API restarts).
    }
  }
}
