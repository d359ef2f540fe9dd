import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBreadcrumb, WkBreadcrumbs, WkCell, WkColumn, WkPageHeader, WkTable } from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';

/** The departments (OPD), each with a link to its members in the user list. */
@Component({
  selector: 'wk-admin-departments-page',
  imports: [RouterLink, WkAlert, WkBreadcrumbs, WkCell, WkPageHeader, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.title.departments')" [lead]="i18n.t('admin.departments.lead')">
      <wk-breadcrumbs [items]="crumbs()" />
    </wk-page-header>
    @if (departments.problem(); as problem) {
      <wk-alert tone="danger">{{ loadError(problem) }}</wk-alert>
    } @else {
      <wk-table
        [caption]="i18n.t('admin.departments.caption')"
        [columns]="columns()"
        [rows]="rows()"
        [loading]="departments.loading()"
        [emptyText]="i18n.t('admin.departments.empty')"
        trackBy="id"
      >
        <ng-template wkCell="members" let-row>
          <a [routerLink]="usersLink" [queryParams]="{ departmentId: row.id }"
            >{{ i18n.t('admin.departments.members') }}<span class="wk-visually-hidden"> {{ row.shortName }}</span></a
          >
        </ng-template>
      </wk-table>
    }
  `,
})
export class DepartmentsPage {
  protected readonly i18n = inject(I18n);
  protected readonly departments = inject(DepartmentsStore);
  protected readonly usersLink = adminPath('pengguna');
  protected readonly crumbs = computed<WkBreadcrumb[]>(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.title.departments') },
  ]);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'code', label: this.i18n.t('admin.departments.code') },
    { key: 'name', label: this.i18n.t('admin.departments.name') },
    { key: 'shortName', label: this.i18n.t('admin.departments.shortName') },
    { key: 'members', label: this.i18n.t('admin.departments.members') },
  ]);
  protected readonly rows = computed(() => this.departments.items().map((d) => ({ ...d, name: this.departments.name(d) })));

  constructor() {
    void this.departments.load();
  }

  protected loadError(problem: ApiProblem): string {
    return loadErrorText(problem, this.i18n);
  }
}
