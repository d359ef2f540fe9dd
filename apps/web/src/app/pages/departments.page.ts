import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { API } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { PAGES_MESSAGES } from './pages.messages';
import { WkAlert, WkColumn, WkPageHeader, WkTable } from '@walikota/web-ui';

/** The public list of city departments (OPD). */
@Component({
  selector: 'app-departments-page',
  imports: [WkAlert, WkPageHeader, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('departments.title')" [lead]="i18n.t('departments.lead')" />
    @if (departments.error()) {
      <wk-alert tone="danger">{{ i18n.t('error.unexpected') }}</wk-alert>
    } @else {
      <wk-table
        [caption]="i18n.t('departments.caption')"
        [columns]="columns()"
        [rows]="rows()"
        [loading]="departments.isLoading()"
        [emptyText]="i18n.t('departments.empty')"
        trackBy="id"
      />
    }
  `,
})
export class DepartmentsPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  protected readonly departments = resource({ loader: () => this.api.listDepartments() });
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'shortName', label: this.i18n.t('departments.shortName') },
    { key: 'name', label: this.i18n.t('departments.name') },
    { key: 'code', label: this.i18n.t('departments.code') },
  ]);
  protected readonly rows = computed(() =>
    (this.departments.value() ?? []).map((d) => ({ ...d, name: this.i18n.language() === 'en' && d.nameEn ? d.nameEn : d.name })),
  );

  constructor() {
    // This page's strings travel with it (pages.messages.ts).
    this.i18n.register(PAGES_MESSAGES);
  }
}
